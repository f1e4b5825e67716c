// The Wikidata item of a country the gazetteer knows, by name: the name to its ISO code through
// the engine's country table, the code to its item through server/data/country-wikidata.json (built from
// @rapideditor/country-coder by scripts/data/build-country-wikidata.mjs). Only countries: no
// offline table maintained by others gives items for cities, people or organizations.
import { loadLexicon } from '../engine/data/lexicon';
import { normalizeKey } from '../engine/text/keys';
import table from '../../data/country-wikidata.json';

const ITEMS: Readonly<Record<string, string | undefined>> = table.items;

/** "Q232" for "Kazakhstan" (or "Republic of Kazakhstan", any name the gazetteer has); undefined when unknown. */
export function wikidataOfCountry(name: string): string | undefined {
  const row = loadLexicon().countryNames.get(normalizeKey(name));
  return row === undefined ? undefined : ITEMS[row.iso2];
}

/** The item's URI, as `sameAs` links to it. */
export function wikidataUri(qid: string): string {
  return `https://www.wikidata.org/entity/${qid}`;
}
