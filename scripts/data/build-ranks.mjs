// Writes server/data/ranks.json from the rank tables in source/ranks.txt, compiled by the project
// from published rank tables (the `source` of each table says which). Spelling variants that news
// uses for the same rank (dotless British abbreviations, hyphenated forms, "Lieut.") are derived by
// rule, so a table lists each rank's distinct written forms once. Which tradition a country's forces
// follow is read from source/rank-traditions.txt.
import { readSourceLists, readSourceRows, writeJson } from './data-files.mjs';

// Each table: [tradition | branch | NATO basis | source], then rows rank | NATO code | other forms.
// [left out] holds the written forms never matched; [branch words], the words naming each branch.
const { 'left out': leftOut, 'branch words': branchRows, ...tables } = readSourceLists('ranks.txt');
const groups = Object.entries(tables).map(([header, rows]) => {
  const [tradition, branch, basis, source, ...extra] = header.split('|').map((cell) => cell.trim());
  if (!source || extra.length > 0)
    throw new Error(`ranks.txt: [${header}] is not [tradition | branch | basis | source]`);
  return { tradition, branch, basis: basis || undefined, source, rows };
});
const unsafe = new Set(leftOut.map(([form]) => form));

// Only a pair of rank words is hyphenated ("Lieutenant-General", "Lt-Col"), never "Major-of Police".
const hyphenSeconds =
  /^(General|Gen\.?|Colonel|Col\.?|Commander|Cdr\.?|Cmdr\.?|Admiral|Adm\.?|Major|Corporal|Cpl\.?|Sergeant|Bombardier|Marshal|Lieutenant|Lt\.?)$/;
const hyphenPrefixes = new Set([
  'Lieutenant',
  'Major',
  'Brigadier',
  'Colonel',
  'Vice',
  'Rear',
  'Sergeant',
  'Lance',
  'Sub',
]);

/** Every spelling of one written form: dotless, hyphenated after a prefix, "Lieut." for "Lt.". */
function variants(form) {
  const out = new Set([form]);
  if (form.includes('.')) out.add(form.replace(/\./g, '').replace(/\s+/g, ' ').trim());
  for (const f of [...out]) {
    const words = f.split(' ');
    const hyphenable = words.length >= 2 && hyphenSeconds.test(words[1]);
    if (hyphenable && hyphenPrefixes.has(words[0])) out.add(`${words[0]}-${words.slice(1).join(' ')}`);
    if (hyphenable && /^(Lt|Maj|Brig|Col)\.?$/.test(words[0])) {
      out.add(`${words[0]}-${words.slice(1).join(' ')}`);
    }
    if (/^Lt\.? /.test(f)) out.add(f.replace(/^Lt(\.?) /, 'Lieut$1 '));
    if (f.startsWith('Lieutenant ')) out.add(f.replace('Lieutenant ', 'Lieut. '));
    if (f.includes('-')) out.add(f.replace(/-/g, ' '));
  }
  return [...out].filter((v) => v.length > 1 && !unsafe.has(v));
}

/** Is `short` ("Lt.", "Gen", "Sgt") an abbreviation of `full`: its first letter, then letters of it in order? */
function abbreviates(short, full) {
  const letters = short.replace(/\.$/, '').toLowerCase();
  const word = full.toLowerCase();
  if (letters.length === 0 || letters.length >= word.length || letters[0] !== word[0]) return false;
  let k = 0;
  for (const c of word) if (c === letters[k]) k++;
  return k === letters.length;
}

/**
 * News mixes a rank's abbreviated and full words ("Lt. General", "Maj General", "Lt Colonel"): for
 * an abbreviated form word for word as long as the rank's name, every mix of the two.
 */
function mixedForms(name, form) {
  const full = name.split(' ');
  const short = form.split(' ');
  if (short.length !== full.length || short.length < 2) return [];
  if (!short.every((w, k) => w === full[k] || abbreviates(w, full[k]))) return [];
  let mixes = [[]];
  for (let k = 0; k < full.length; k++) {
    const choices = short[k] === full[k] ? [full[k]] : [full[k], short[k]];
    mixes = mixes.flatMap((m) => choices.map((c) => [...m, c]));
  }
  return mixes.map((m) => m.join(' '));
}

const ranks = [];
for (const g of groups) {
  for (const [name, nato, ...forms] of g.rows) {
    const written = [name, ...forms, ...forms.flatMap((f) => mixedForms(name, f))];
    const all = new Set(written.flatMap(variants));
    const row = { name, forms: [...all].sort(), branch: g.branch, tradition: g.tradition };
    if (nato) {
      row.nato = nato;
      row.natoBasis = g.basis;
    }
    row.source = g.source;
    ranks.push(row);
  }
}
// Country (ISO alpha-2) → tradition, checked against the tables above.
const traditions = new Set(groups.map((g) => g.tradition));
const traditionByCountry = {};
// Countries that borrow another country's table: its NATO codes are only comparable for them.
const borrowing = [];
for (const [tradition, codes, mark = '', ...rest] of readSourceRows('rank-traditions.txt')) {
  if (!traditions.has(tradition)) throw new Error(`rank-traditions.txt: no rank table for ${tradition}`);
  if ((mark !== '' && mark !== 'comparable') || rest.length > 0)
    throw new Error(`rank-traditions.txt: ${tradition} | ${codes}: the only mark is "comparable"`);
  for (const code of codes.split(',').map((c) => c.trim())) {
    if (!/^[A-Z]{2}$/.test(code)) throw new Error(`rank-traditions.txt: ${code} is not an ISO alpha-2 code`);
    if (code in traditionByCountry) throw new Error(`rank-traditions.txt: ${code} is listed twice`);
    traditionByCountry[code] = tradition;
    if (mark === 'comparable') borrowing.push(code);
  }
}
const sortedTraditions = Object.fromEntries(
  Object.entries(traditionByCountry).sort(([a], [b]) => (a < b ? -1 : 1)),
);
// Branch word → branch, checked against the branches the tables use.
const branches = new Set(groups.map((g) => g.branch));
const branchWords = {};
for (const [branch, ...words] of branchRows) {
  if (!branches.has(branch)) throw new Error(`ranks.txt: [branch words] ${branch} is no table's branch`);
  for (const word of words) branchWords[word] = branch;
}
const sortedBranchWords = Object.fromEntries(
  Object.entries(branchWords).sort(([a], [b]) => (a < b ? -1 : 1)),
);
writeJson('ranks.json', {
  ranks,
  traditionByCountry: sortedTraditions,
  borrowedTraditions: borrowing.sort(),
  branchWords: sortedBranchWords,
});
console.log(
  `ranks.json: ${ranks.length} rows, ${Object.keys(sortedTraditions).length} countries' traditions`,
);
