// Writes the word-list data files (titles.json, organization-words.json, organization-cues.json,
// place-words.json, person-cues.json, sport-cues.json, date-cues.json, non-names.json) from the
// lists of the same names in ./source, hand-written by the project from general English usage and
// news style guides; no list was copied.
import { entriesOf, readSourceLists, sortNames, writeJson } from './data-files.mjs';

const sorted = (lists, name) => sortNames(entriesOf(lists, name));

/** A list the engine looks words up in by their lower-case key: written in lower case. */
function lowerCase(lists, name) {
  const list = sorted(lists, name);
  for (const word of list)
    if (word !== word.toLowerCase()) throw new Error(`[${name}] ${word}: not lower case`);
  return list;
}

/** Lower-case letters only: joined into a pattern (surname endings, state heads) or matched as written. */
function letters(lists, name) {
  const list = lowerCase(lists, name);
  for (const word of list) if (!/^\p{Ll}+$/u.test(word)) throw new Error(`[${name}] ${word}: letters only`);
  return list;
}

/** How the engine files a company suffix or legal form: lower case, without a final full stop. */
const suffixKey = (form) => form.toLowerCase().replace(/\.$/, '');

/** The legal forms, each `{ form, endsName? }`; no other suffix list may hold one. */
function legalForms(orgWords) {
  const rows = orgWords.legalForms;
  for (const [form, mark = '', ...rest] of rows)
    if ((mark !== '' && mark !== 'ends name') || rest.length > 0)
      throw new Error(`[legalForms] ${form}: the only mark is "ends name"`);
  const keys = new Set(rows.map(([form]) => suffixKey(form)));
  for (const suffix of entriesOf(orgWords, 'companySuffixes'))
    if (keys.has(suffixKey(suffix)))
      throw new Error(`${suffix} is a legal form: list it in [legalForms] only`);
  const marked = new Map(rows.map(([form, mark]) => [form, mark === 'ends name']));
  // "Inc" and "Inc." are one legal form to the engine: both end a name or neither does.
  const endsByKey = new Map();
  for (const [form, ends] of marked) {
    const key = suffixKey(form);
    if (endsByKey.has(key) && endsByKey.get(key) !== ends)
      throw new Error(`[legalForms] ${form}: mark every spelling of ${key} alike`);
    endsByKey.set(key, ends);
  }
  return sortNames(marked.keys()).map((form) => (marked.get(form) ? { form, endsName: true } : { form }));
}

/**
 * Each data file and its lists, by how the engine reads each: `written` as news writes it, `keys`
 * by the lower-case key (so written in lower case), `letters` joined into a pattern (lower-case
 * letters only), `legal forms` as legalForms() says, `pairs` as a form and what it stands for.
 */
const FILES = {
  titles: {
    offices: 'written',
    compoundOffices: 'written',
    modifiers: 'written',
    honorifics: 'written',
    positions: 'keys',
    abbreviations: 'pairs',
  },
  'organization-words': {
    heads: 'written',
    headsFirst: 'written',
    companySuffixes: 'written',
    legalForms: 'legal forms',
    governmentUnits: 'keys',
    placeComplementHeads: 'keys',
    stateHeads: 'letters',
    webDomains: 'letters',
  },
  'organization-cues': {
    nounsBefore: 'keys',
    participlesBefore: 'keys',
    phrasesAfter: 'keys',
    officesAfter: 'keys',
    possessedNouns: 'keys',
    publicationNouns: 'written',
    modifiedNouns: 'keys',
  },
  'place-words': { facilityHeads: 'written', geoHeads: 'written', areaNouns: 'keys' },
  'person-cues': { speechVerbs: 'keys', surnameEndings: 'letters' },
  'sport-cues': {
    squadNouns: 'keys',
    playerRoles: 'keys',
    resultVerbs: 'keys',
    matchWords: 'keys',
    sports: 'keys',
    competitionHeads: 'keys',
    scorerLabels: 'keys',
    teamNounsBefore: 'keys',
  },
  'date-cues': {
    futureWords: 'keys',
    futureBeforeTo: 'keys',
    pastWords: 'keys',
    notPastEd: 'keys',
    yearNouns: 'keys',
    notYearBefore: 'keys',
    notYearAfter: 'keys',
    matchWords: 'keys',
  },
  'non-names': { words: 'written', acronyms: 'written', groups: 'written', eventHeads: 'keys' },
};

/** Two cells a row, the first as written and unique: `[form, what it stands for]`, sorted by form. */
function pairs(lists, name) {
  const rows = lists[name];
  if (!rows) throw new Error(`no list [${name}]`);
  for (const row of rows)
    if (row.length !== 2) throw new Error(`[${name}] ${row.join(' | ')}: two cells expected`);
  const byForm = new Map(rows.map(([form, full]) => [form, full]));
  return sortNames(byForm.keys()).map((form) => [form, byForm.get(form)]);
}

const READ = { written: sorted, keys: lowerCase, letters, 'legal forms': legalForms, pairs };
const summary = [];
for (const [file, kinds] of Object.entries(FILES)) {
  const source = readSourceLists(`${file}.txt`);
  // A list written in the source but not named here would never reach the engine.
  for (const name of Object.keys(source))
    if (!(name in kinds)) throw new Error(`${file}.txt: [${name}] is no list of ${file}.json`);
  const data = Object.fromEntries(
    Object.entries(kinds).map(([name, kind]) => [name, READ[kind](source, name)]),
  );
  writeJson(`${file}.json`, data);
  summary.push(
    `${file}.json: ${Object.entries(data)
      .map(([name, list]) => `${list.length} ${name}`)
      .join(', ')}`,
  );
}
console.log(summary.join('; '));
