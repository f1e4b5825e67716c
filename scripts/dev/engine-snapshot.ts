// Writes everything the engine outputs for the seed and the development articles to one JSON
// file, so a change meant to change no output can be checked to change none:
//   npm run snapshot -- /tmp/before.json   (then, after the change)   npm run snapshot -- /tmp/after.json
//   cmp /tmp/before.json /tmp/after.json
// (scripts/build.mjs bundles it into dist/dev/snapshot.js; a relative path is taken from the folder
// npm was run in.)
// Each article is analysed with its date and without one (relative dates take another path), and
// all of them together as one document (blocks, linking and entities across articles).
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Analyzer } from '../../server/src/engine/pipeline';
import { findRepoRoot, loadDev, loadSeed } from '../eval/corpus';

function main(): void {
  const out = process.argv[2];
  if (!out) throw new Error('usage: npm run snapshot -- <output.json>');
  // Run from the repository (the bundle may live anywhere, e.g. /tmp).
  const root = findRepoRoot(process.cwd());
  process.env.NEWSMARK_DATA ??= join(root, 'server', 'data');
  const docs = [...loadSeed(root), ...loadDev(root)];
  // A fresh analyzer per run, so no block comes from a cache filled by another run.
  const run = (text: string, articleDate?: string): unknown =>
    new Analyzer().analyze(text, articleDate === undefined ? {} : { articleDate });
  const snapshot: Record<string, unknown> = {};
  for (const d of docs) {
    snapshot[`${d.id} dated`] = run(d.text, d.articleDate);
    snapshot[`${d.id} undated`] = run(d.text);
  }
  snapshot['all as one document'] = run(docs.map((d) => d.text).join('\n\n'));
  // npm runs scripts in the repository's root; INIT_CWD is where it was called from.
  writeFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), out), JSON.stringify(snapshot, null, 1));
  console.log(`${docs.length} documents → ${out}`);
}

main();
