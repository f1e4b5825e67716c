// Writes server/data/country-wikidata.json: the Wikidata item of each country by its ISO
// 3166-1 alpha-2 code, from @rapideditor/country-coder (ISC, maintained by the iD and Rapid map
// editors, offline). The JSON-LD and brat exports give a country's `sameAs` from it. Run again
// after upgrading the package; test/export/countryWikidata.test.ts fails while the two differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { borders } from '@rapideditor/country-coder';

const packageFile = new URL('../../node_modules/@rapideditor/country-coder/package.json', import.meta.url);
const { version } = JSON.parse(readFileSync(packageFile, 'utf8'));
// The levels that are a country or territory with its own ISO code (not the EU, the UN, a region).
const LEVELS = new Set(['country', 'territory', 'subterritory']);

const items = {};
for (const { properties: p } of borders.features) {
  if (p.iso1A2 && p.wikidata && LEVELS.has(p.level)) items[p.iso1A2] = p.wikidata;
}
const sorted = Object.fromEntries(Object.entries(items).sort(([a], [b]) => a.localeCompare(b)));
const out = new URL('../../server/data/country-wikidata.json', import.meta.url);
writeFileSync(
  out,
  `${JSON.stringify({ source: `@rapideditor/country-coder ${version}`, items: sorted }, null, 1)}\n`,
);
console.log(`country-wikidata.json: ${Object.keys(sorted).length} countries`);
