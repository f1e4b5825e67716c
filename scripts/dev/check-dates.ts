// Quick check of the date recognizer against the development data: per-corpus precision, recall
// and F1 of exact date spans, value accuracy on the exact matches, and the misses to study.
// Run from inside the repository (the data is read by scripts/eval/corpus.ts, from
// ../shared/data/dev or the folder named by NEWSMARK_DEV_DATA):
//   npm run check-dates -- [--misses] [--from-text]
// (scripts/build.mjs bundles it into dist/dev/check-dates.js.)
import { join } from 'node:path';
import { Analyzer } from '../../server/src/engine/pipeline';
import { findRepoRoot, loadDev } from '../eval/corpus';
import { partsById, readDevSplit } from '../eval/split-files';

const showMisses = process.argv.includes('--misses');
// --from-text: give no article date, so the engine must read it from the text (the date line).
const fromText = process.argv.includes('--from-text');

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  valued: number;
  valueRight: number;
}
const tallies = new Map<string, Tally>();
const cases: string[] = [];
const analyzer = new Analyzer();

const tallyOf = (name: string): Tally => {
  let t = tallies.get(name);
  if (!t) tallies.set(name, (t = { tp: 0, fp: 0, fn: 0, valued: 0, valueRight: 0 }));
  return t;
};

// The bundle may live anywhere (/tmp), so the repository, its dev data and the engine's data
// folder are looked for from the working folder.
const root = findRepoRoot(process.cwd());
process.env.NEWSMARK_DATA ??= join(root, 'server', 'data');
// Scores are reported per part of the development split; cases are listed for the tuning part only,
// so that nobody tunes on the test part by reading its errors (scripts/eval/splits/README.md).
const partOf = partsById(readDevSplit(root));
for (const doc of loadDev(root)) {
  const corpus = doc.corpus;
  const part = partOf.get(doc.id) ?? 'unsplit';
  const t = tallyOf(`${corpus}/${part}`);
  const lines = part === 'tuning' ? cases : [];
  const gold = doc.gold.filter((e) => e.type === 'date');
  const found = analyzer
    .analyze(doc.text, fromText ? {} : { articleDate: doc.articleDate })
    .mentions.filter((m) => m.type === 'date');
  const key = (s: number, e: number): string => `${s}:${e}`;
  const goldByKey = new Map(gold.map((g) => [key(g.start, g.end), g]));
  const foundKeys = new Set(found.map((f) => key(f.start, f.end)));
  for (const f of found) {
    const g = goldByKey.get(key(f.start, f.end));
    if (!g) {
      t.fp++;
      lines.push(`${corpus}\tFP\t${doc.id}\t${doc.articleDate}\t${JSON.stringify(f.text)}\t${f.value}`);
      continue;
    }
    t.tp++;
    if (g.value !== undefined) {
      t.valued++;
      if (g.value === f.value) t.valueRight++;
      else
        lines.push(
          `${corpus}\tVAL\t${doc.id}\t${doc.articleDate}\t${JSON.stringify(f.text)}\tgold ${g.value}\tgot ${f.value}`,
        );
    }
  }
  for (const g of gold) {
    if (foundKeys.has(key(g.start, g.end))) continue;
    t.fn++;
    const ctx = doc.text.slice(Math.max(0, g.start - 30), g.end + 20).replace(/\n/g, '⏎');
    lines.push(
      `${corpus}\tFN\t${doc.id}\t${doc.articleDate}\t${JSON.stringify(g.text)}\t${g.value}\t…${ctx}…`,
    );
  }
}

const all: Tally = { tp: 0, fp: 0, fn: 0, valued: 0, valueRight: 0 };
for (const [corpus, t] of [...[...tallies].sort(), ['all', all] as [string, Tally]]) {
  if (corpus !== 'all') for (const k of Object.keys(all) as (keyof Tally)[]) all[k] += t[k];
  const p = t.tp / Math.max(1, t.tp + t.fp);
  const r = t.tp / Math.max(1, t.tp + t.fn);
  const f = (2 * p * r) / Math.max(1e-9, p + r);
  console.log(
    `${corpus.padEnd(9)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  ` +
      `(tp ${t.tp}, fp ${t.fp}, fn ${t.fn})  value ${(t.valueRight / Math.max(1, t.valued)).toFixed(3)} (${t.valueRight}/${t.valued})`,
  );
}
if (showMisses) console.log(cases.join('\n'));
