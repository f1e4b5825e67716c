// Writes titles.json, organization-words.json and non-names.json from the word lists in ./source
// (titles.txt, organization-words.txt, non-names.txt), hand-written by the project from general
// English usage and news style guides; no list was copied.
import { entriesOf, readSourceLists, sortNames, writeJson } from './data-files.mjs';

const titles = readSourceLists('titles.txt');
const orgWords = readSourceLists('organization-words.txt');
const nonNames = readSourceLists('non-names.txt');
const sorted = (lists, name) => sortNames(entriesOf(lists, name));

const titleData = {
  offices: sorted(titles, 'offices'),
  compoundOffices: sorted(titles, 'compoundOffices'),
  modifiers: sorted(titles, 'modifiers'),
  honorifics: sorted(titles, 'honorifics'),
};
const orgData = {
  heads: sorted(orgWords, 'heads'),
  companySuffixes: sorted(orgWords, 'companySuffixes'),
};
const nonNameData = {
  words: sorted(nonNames, 'words'),
  acronyms: sorted(nonNames, 'acronyms'),
  groups: sorted(nonNames, 'groups'),
};
writeJson('titles.json', titleData);
writeJson('organization-words.json', orgData);
writeJson('non-names.json', nonNameData);

const counts = (data) =>
  Object.entries(data)
    .map(([name, list]) => `${list.length} ${name}`)
    .join(', ');
console.log(
  `titles.json: ${counts(titleData)}; organization-words.json: ${counts(orgData)}; non-names.json: ${counts(nonNameData)}`,
);
