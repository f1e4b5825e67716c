// Writes server/data/organizations.json from scripts/data/source/organizations.txt, compiled by the
// project: international bodies (after the CIA World Factbook Appendix B, public domain), national
// agencies, news agencies and broadcasters, defence companies and large companies (names as published
// in the Fortune Global 500, 2024 edition, and similar rankings). Names are facts; no text is copied.
// Prints the surface forms that are also ordinary words or personal names: the recognizer must see
// them capitalised (or as an all-capital acronym) and in context before it takes them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, writeJson } from './write-json.mjs';

const read = (name) => JSON.parse(readFileSync(join(dataDir, name), 'utf8'));
const common = new Set(read('common-words.json').words);
const people = new Set(
  [...read('given-names.json').names, ...read('surnames.json').names].map((n) => n.toLowerCase()),
);
const countries = new Set(read('countries.json').countries.map((c) => c.iso2));

const rows = [];
const byName = new Map();
for (const line of readFileSync(new URL('./source/organizations.txt', import.meta.url), 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [name, acronym, aliasText, country, parent] = line.split('|').map((s) => s.trim());
  if (byName.has(name)) throw new Error(`organizations.txt: ${name} is listed twice`);
  if (country && !countries.has(country))
    throw new Error(`organizations.txt: ${name} has unknown country ${country}`);
  const row = { name };
  if (acronym) row.acronym = acronym;
  const aliases = (aliasText ? aliasText.split(';') : []).map((s) => s.trim()).filter((a) => a && a !== name);
  if (aliases.length) row.aliases = aliases;
  if (country) row.country = country;
  if (parent) row.parent = parent;
  rows.push(row);
  byName.set(name, row);
}
for (const row of rows) {
  if (row.parent && !byName.has(row.parent))
    throw new Error(`organizations.txt: parent ${row.parent} of ${row.name} is not listed`);
}
// One surface form must name one organization: the loader would silently keep whichever came first.
const owner = new Map();
for (const row of rows) {
  for (const form of [row.name, row.acronym, ...(row.aliases ?? [])]) {
    if (!form) continue;
    const key = form.toLowerCase().replace(/[’‘]/g, "'");
    const other = owner.get(key);
    if (other && other !== row.name)
      throw new Error(`organizations.txt: "${form}" names both ${other} and ${row.name}`);
    owner.set(key, row.name);
  }
}
rows.sort((a, b) => a.name.localeCompare(b.name, 'en'));
writeJson('organizations.json', { organizations: rows });

const risky = new Set();
for (const row of rows) {
  for (const form of [row.name, row.acronym, ...(row.aliases ?? [])]) {
    if (!form || /\s/.test(form)) continue;
    const key = form.toLowerCase();
    if (common.has(key) || people.has(key)) risky.add(form);
  }
}
console.log(`organizations.json: ${rows.length} organizations`);
console.log(`single words that are also common words or personal names: ${[...risky].sort().join(', ')}`);
