// Writes the word-list data files (titles.json, organization-words.json, organization-cues.json,
// place-words.json, person-cues.json, sport-cues.json, date-cues.json, non-names.json) from the
// lists of the same names in ./source, hand-written by
// the project from general English usage and news style guides; no list was copied.
import { entriesOf, readSourceLists, sortNames, writeJson } from './data-files.mjs';

const titles = readSourceLists('titles.txt');
const orgWords = readSourceLists('organization-words.txt');
const orgCues = readSourceLists('organization-cues.txt');
const placeWords = readSourceLists('place-words.txt');
const personCues = readSourceLists('person-cues.txt');
const sportCues = readSourceLists('sport-cues.txt');
const dateCues = readSourceLists('date-cues.txt');
const nonNames = readSourceLists('non-names.txt');
const sorted = (lists, name) => sortNames(entriesOf(lists, name));

/** A list the engine looks words up in by their lower-case key: written in lower case. */
function lowerCase(lists, name) {
  const list = sorted(lists, name);
  for (const word of list)
    if (word !== word.toLowerCase()) throw new Error(`[${name}] ${word}: not lower case`);
  return list;
}

/** A list the engine makes a pattern of (a surname's ending): lower-case letters only. */
function letters(lists, name) {
  const list = lowerCase(lists, name);
  for (const word of list) if (!/^\p{Ll}+$/u.test(word)) throw new Error(`[${name}] ${word}: letters only`);
  return list;
}

/** How the engine files a company suffix or legal form: lower case, without a final full stop. */
const suffixKey = (form) => form.toLowerCase().replace(/\.$/, '');

/** The legal forms, each `{ form, endsName? }`; no other suffix list may hold one. */
function legalForms() {
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

const titleData = {
  offices: sorted(titles, 'offices'),
  compoundOffices: sorted(titles, 'compoundOffices'),
  modifiers: sorted(titles, 'modifiers'),
  honorifics: sorted(titles, 'honorifics'),
};
const orgData = {
  heads: sorted(orgWords, 'heads'),
  companySuffixes: sorted(orgWords, 'companySuffixes'),
  legalForms: legalForms(),
  governmentUnits: lowerCase(orgWords, 'governmentUnits'),
  placeComplementHeads: lowerCase(orgWords, 'placeComplementHeads'),
  stateHeads: letters(orgWords, 'stateHeads'),
  webDomains: letters(orgWords, 'webDomains'),
};
const orgCueData = {
  nounsBefore: lowerCase(orgCues, 'nounsBefore'),
  possessedNouns: lowerCase(orgCues, 'possessedNouns'),
  publicationNouns: sorted(orgCues, 'publicationNouns'),
  modifiedNouns: lowerCase(orgCues, 'modifiedNouns'),
};
const placeWordData = {
  facilityHeads: sorted(placeWords, 'facilityHeads'),
  geoHeads: sorted(placeWords, 'geoHeads'),
};
const personCueData = {
  speechVerbs: lowerCase(personCues, 'speechVerbs'),
  surnameEndings: letters(personCues, 'surnameEndings'),
};
const sportCueData = {
  squadNouns: lowerCase(sportCues, 'squadNouns'),
  resultVerbs: lowerCase(sportCues, 'resultVerbs'),
};
const dateCueData = Object.fromEntries(
  [
    'futureWords',
    'futureBeforeTo',
    'pastWords',
    'notPastEd',
    'yearNouns',
    'notYearBefore',
    'notYearAfter',
  ].map((name) => [name, lowerCase(dateCues, name)]),
);
const nonNameData = {
  words: sorted(nonNames, 'words'),
  acronyms: sorted(nonNames, 'acronyms'),
  groups: sorted(nonNames, 'groups'),
};
writeJson('titles.json', titleData);
writeJson('organization-words.json', orgData);
writeJson('organization-cues.json', orgCueData);
writeJson('place-words.json', placeWordData);
writeJson('person-cues.json', personCueData);
writeJson('sport-cues.json', sportCueData);
writeJson('date-cues.json', dateCueData);
writeJson('non-names.json', nonNameData);

const counts = (data) =>
  Object.entries(data)
    .map(([name, list]) => `${list.length} ${name}`)
    .join(', ');
console.log(
  `titles.json: ${counts(titleData)}; organization-words.json: ${counts(orgData)}; ` +
    `organization-cues.json: ${counts(orgCueData)}; place-words.json: ${counts(placeWordData)}; ` +
    `person-cues.json: ${counts(personCueData)}; sport-cues.json: ${counts(sportCueData)}; ` +
    `date-cues.json: ${counts(dateCueData)}; non-names.json: ${counts(nonNameData)}`,
);
