// Writes scripts/eval/splits/dev-split.json and train-check.json from the data and the rules, and
// prints what each part holds. Run from the repository:
//   npx esbuild scripts/eval/make-splits.ts --bundle --platform=node --outfile=/tmp/make-splits.js \
//     --log-level=warning && node /tmp/make-splits.js && npx prettier --write scripts/eval/splits
// The test test/eval/split.test.ts re-makes both in memory and fails if the committed files differ.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from './corpus';
import { DEV_SPLIT_FILE, makeDevSplit, makeTrainCheck, TRAIN_CHECK_FILE } from './split-files';

const root = findRepoRoot(process.cwd());
const dev = makeDevSplit(root);
writeFileSync(join(root, DEV_SPLIT_FILE), JSON.stringify(dev, null, 2) + '\n');
console.log(`${DEV_SPLIT_FILE}: tuning ${dev.tuning.length} documents, test ${dev.test.length}`);
for (const part of ['tuning', 'test'] as const) console.log(`  ${part}: ${JSON.stringify(dev.counts[part])}`);
for (const c of dev.clusters.filter((x) => x.docs.length > 1))
  console.log(
    `  ${c.part.padEnd(6)} ${String(c.docs.length).padStart(2)}  ${c.name}${c.linkedBy.length ? `  (linked by ${c.linkedBy.join(', ')})` : ''}`,
  );
console.log(`  names on both sides: ${dev.namesOnBothSides.join(', ')}`);

const train = makeTrainCheck(root);
writeFileSync(join(root, TRAIN_CHECK_FILE), JSON.stringify(train, null, 2) + '\n');
console.log(`${TRAIN_CHECK_FILE}:`);
for (const [set, s] of Object.entries(train.sets))
  console.log(`  ${set.padEnd(12)} ${String(s.records).padStart(4)} records, ${s.mentions} mentions`);
