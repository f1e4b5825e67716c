// `npm run eval`: scores Newsmark's engine and the baselines (compromise, chrono-node) with one
// scorer on
// * the development data's TUNING part (rules may be fitted to it; its errors are written out),
// * its TEST part (never tuned on; the targets apply here; its errors are not written),
// * the seed article (must stay exact),
// * the train check, a fixed sample of ../shared/data/train (never tuned on, errors never read),
// with the parts fixed in scripts/eval/splits/ (see the README there). Writes
// eval-report/summary.json and eval-report/errors.jsonl.
// `--tuning` scores only the parts rules may be fitted to. `--train-rest` scores the training
// records OUTSIDE the train check (tunable: other genres and conventions, so read their errors with
// judgement) and writes their errors to eval-report/errors-train.jsonl; with `--tuning` as well, both. It reports and exits 0 even when targets
// are missed; it fails only when it cannot run (missing data, a stale split file, a crash).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { devDataDir, findRepoRoot, loadDev, loadSeed, loadWire, type EvalDoc } from './eval/corpus';
import { addCounts, emptyCounts, scoreDocument, scores, type Counts } from './eval/score';
import { chronoBaseline, compromiseBaseline, newsmark, type System } from './eval/systems';
import {
  errorRecord,
  formatTable,
  TARGET_PART,
  TARGET_SYSTEM,
  TARGETS,
  type ErrorRecord,
  type Row,
} from './eval/report';
import {
  DEV_SPLIT_FILE,
  partsById,
  readDevSplit,
  readTrainCheck,
  TRAIN_CHECK_FILE,
} from './eval/split-files';
import { loadTrainRecords, trainDataDir, trainDoc, TRAIN_SETS } from './eval/train-corpus';
import { formatTrainCheck } from './eval/train-report';

const SYSTEMS: System[] = [newsmark, compromiseBaseline, chronoBaseline];

/** A document to score and the bucket its counts go to. */
interface Item {
  doc: EvalDoc;
  bucket: string;
}

/** The dev parts, each the sum of its buckets, printed in this order. */
const DEV_PARTS: { name: string; buckets: string[]; title: string }[] = [
  {
    name: 'tuning',
    buckets: ['tuning'],
    title: 'Dev TUNING part: rules may be fitted here; its errors are in eval-report/errors.jsonl',
  },
  {
    name: 'test',
    buckets: ['test/meantime', 'test/gum'],
    title: 'Dev TEST part: never tuned on, errors not written; the targets apply here',
  },
  { name: 'seed', buckets: ['seed'], title: 'Seed: seeds/*.gold.json, must stay exact' },
  {
    name: 'wire',
    buckets: ['wire', 'sports'],
    title:
      'Own wire set: test/fixtures/wire, written here, tuned on; its errors are in eval-report/errors.jsonl',
  },
];
/** What a dev bucket's documents are, for the headings. */
const SOURCE_NAMES: Record<string, string> = {
  tuning: 'MEANTIME article',
  'test/meantime': 'MEANTIME article',
  'test/gum': 'GUM article',
  seed: 'seed article',
  wire: 'wire story',
  sports: 'sports wire story',
};
/** Where the errors file's records come from: never a part that is not tuned on. */
const ERROR_BUCKETS = new Set(['tuning', 'seed', 'wire', 'sports']);
/** The bucket of a training set's records outside the train check (`--train-rest`). */
const REST_PREFIX = 'rest/';
const restBucket = (set: string): string => `${REST_PREFIX}${set}`;
const isRest = (bucket: string): boolean => bucket.startsWith(REST_PREFIX);

function loadItems(root: string): Item[] {
  const partOf = partsById(readDevSplit(root));
  const dev = loadDev(root);
  const unsplit = dev.filter((d) => !partOf.has(d.id)).map((d) => d.id);
  if (unsplit.length > 0 || partOf.size !== dev.length)
    throw new Error(
      `${DEV_SPLIT_FILE} does not match the development data (${unsplit.length} documents in no part, ` +
        `${partOf.size} listed for ${dev.length} found): re-make it with scripts/eval/make-splits.ts`,
    );
  const sample = new Set(Object.values(readTrainCheck(root).sets).flatMap((s) => s.ids));
  const records = loadTrainRecords(root);
  const train = records.filter((r) => sample.has(r.id));
  if (train.length !== sample.size)
    throw new Error(
      `${TRAIN_CHECK_FILE}: ${sample.size - train.length} records not found in the training data`,
    );
  return [
    ...dev.map((doc) => ({ doc, bucket: partOf.get(doc.id) === 'tuning' ? 'tuning' : `test/${doc.corpus}` })),
    ...loadSeed(root).map((doc) => ({ doc, bucket: 'seed' })),
    ...loadWire(root).map((doc) => ({ doc, bucket: doc.corpus })),
    ...train.map((r) => ({ doc: trainDoc(r), bucket: r.set })),
    ...records.filter((r) => !sample.has(r.id)).map((r) => ({ doc: trainDoc(r), bucket: restBucket(r.set) })),
  ];
}

/** The buckets a rule may be fitted to: `npm run eval -- --tuning` scores only these (and only Newsmark). */
const TUNABLE_BUCKETS = new Set(['tuning', 'seed', 'wire', 'sports']);

function main(): void {
  const root = findRepoRoot();
  // While a rule is being written, only the parts it may be fitted to are looked at; the parts
  // never tuned on are scored when the work is done (the plain `npm run eval`).
  const tuningOnly = process.argv.includes('--tuning');
  const trainRest = process.argv.includes('--train-rest');
  const items = loadItems(root).filter((i) =>
    tuningOnly || trainRest
      ? (tuningOnly && TUNABLE_BUCKETS.has(i.bucket)) || (trainRest && isRest(i.bucket))
      : !isRest(i.bucket),
  );
  const systems = tuningOnly || trainRest ? [newsmark] : SYSTEMS;
  const chars = items.reduce((n, i) => n + i.doc.text.length, 0);
  const countOf = (bucket: string): number => items.filter((i) => i.bucket === bucket).length;
  const documentsOf = (bucket: string): string =>
    `${countOf(bucket)} ${SOURCE_NAMES[bucket]}${countOf(bucket) === 1 ? '' : 's'}`.replace(
      / storys$/,
      ' stories',
    );
  console.log(`Newsmark eval: ${items.length} documents (${chars.toLocaleString('en')} characters)`);
  console.log(`  dev data: ${devDataDir(root)}, split by ${DEV_SPLIT_FILE}`);
  console.log(`  train check: ${trainDataDir(root)}, sample in ${TRAIN_CHECK_FILE}\n`);

  // counts[system][bucket][type]
  const counts = new Map<string, Map<string, Map<string, Counts>>>();
  const errors: ErrorRecord[] = [];
  const trainErrors: ErrorRecord[] = [];
  const throughput: { system: string; chars: number; seconds: number; charsPerSecond: number }[] = [];

  for (const system of systems) {
    const first = items[0].doc;
    system.predict({ ...first, text: first.text.slice(0, 200) }); // load data files before timing
    const byBucket = new Map<string, Map<string, Counts>>();
    counts.set(system.name, byBucket);
    let seconds = 0;
    for (const { doc, bucket } of items) {
      const started = performance.now();
      const predicted = system.predict(doc);
      seconds += (performance.now() - started) / 1000;
      const types = doc.types.filter((t) => system.types.includes(t));
      const result = scoreDocument(doc.gold, predicted, types);
      const perType = byBucket.get(bucket) ?? new Map<string, Counts>();
      byBucket.set(bucket, perType);
      for (const [type, c] of Object.entries(result.byType)) addCounts(getOrAdd(perType, type), c);
      const into = ERROR_BUCKETS.has(bucket) ? errors : isRest(bucket) ? trainErrors : null;
      if (!into) continue;
      const base = { system: system.name, corpus: doc.corpus, doc: doc.id, text: doc.text };
      for (const g of result.misses) into.push(errorRecord(base, 'miss', g, { gold: g.value }));
      for (const p of result.falseHits) into.push(errorRecord(base, 'false-hit', p, { pred: p.value }));
      for (const w of result.wrongValues)
        into.push(
          errorRecord(base, 'wrong-value', w.gold, { gold: w.gold.value, pred: w.pred.value ?? '(none)' }),
        );
    }
    throughput.push({ system: system.name, chars, seconds, charsPerSecond: chars / seconds });
  }
  const sum = (system: string, buckets: readonly string[]): Map<string, Counts> => {
    const perType = new Map<string, Counts>();
    for (const bucket of buckets)
      for (const [type, c] of counts.get(system)?.get(bucket) ?? []) addCounts(getOrAdd(perType, type), c);
    return perType;
  };

  const rows: Row[] = [];
  for (const part of DEV_PARTS) {
    if (part.buckets.every((b) => countOf(b) === 0)) continue;
    const partRows = systems.flatMap((system) => rowsOf(part.name, system, sum(system.name, part.buckets)));
    const docs = part.buckets.map(documentsOf);
    console.log(`== ${part.title} (${docs.join(' + ')})\n`);
    console.log(formatTable(partRows) + '\n');
    rows.push(...partRows);
    if (part.buckets.length < 2) continue;
    // The part's sources apart, for Newsmark: their conventions differ (see the dev README).
    for (const bucket of part.buckets) {
      const sourceRows = rowsOf(bucket, newsmark, sum(newsmark.name, [bucket]));
      const f1s = sourceRows.map((r) => `${r.type} ${scores(r.counts).f1.toFixed(3)}`);
      console.log(`  newsmark on the ${documentsOf(bucket)}, exact F1: ${f1s.join(', ')}`);
      rows.push(...sourceRows);
    }
    console.log('');
  }
  const trainRows = TRAIN_SETS.flatMap((set) =>
    systems.flatMap((system) => rowsOf(set.name, system, sum(system.name, [set.name]))),
  );
  const overall = systems.flatMap((system) =>
    rowsOf(
      'train-check',
      system,
      sum(
        system.name,
        TRAIN_SETS.map((s) => s.name),
      ),
    ),
  );
  if (!tuningOnly && !trainRest) {
    console.log(
      `== Train check: a fixed sample of ${trainDataDir(root)}, never tuned on, errors never read\n` +
        '   (exact F1 / relaxed F1, relaxed = same type and overlapping spans; its span conventions differ)\n',
    );
    const trainRecords = TRAIN_SETS.reduce((n, s) => n + countOf(s.name), 0);
    const recordsOf = (part: string): number => (part === 'train-check' ? trainRecords : countOf(part));
    console.log(formatTrainCheck([...trainRows, ...overall], recordsOf) + '\n');
    rows.push(...trainRows, ...overall);
  } else
    console.log(
      `(${trainRest ? '--train-rest' : '--tuning'}: the dev TEST part and the train check were not scored)\n`,
    );
  if (trainRest) {
    const restSets = TRAIN_SETS.filter((s) => countOf(restBucket(s.name)) > 0);
    const restRows = restSets.flatMap((set) =>
      rowsOf(set.name, newsmark, sum(newsmark.name, [restBucket(set.name)])),
    );
    const restAll = rowsOf(
      'train-rest',
      newsmark,
      sum(
        newsmark.name,
        restSets.map((s) => restBucket(s.name)),
      ),
    );
    console.log(
      `== Train rest: the records of ${trainDataDir(root)} outside the train check; tunable, errors in\n` +
        '   eval-report/errors-train.jsonl (exact F1 / relaxed F1; its span conventions differ)\n',
    );
    const recordsOf = (part: string): number =>
      part === 'train-rest'
        ? restSets.reduce((n, s) => n + countOf(restBucket(s.name)), 0)
        : countOf(restBucket(part));
    console.log(formatTrainCheck([...restRows, ...restAll], recordsOf) + '\n');
    rows.push(...[...restRows, ...restAll].map((r) => ({ ...r, part: `rest/${r.part}` })));
  }

  console.log(
    'Exact = same span and type; F1~ovl = same type, spans overlap; val.acc = share of exactly matched' +
      '\ngold dates (with a value) whose TimeML value is equal. "all" rows are micro-averages. compromise is' +
      '\nscored on person/organization/place, chrono-node on date.\n',
  );
  console.log('Throughput (same run, one core, all documents):');
  for (const t of throughput)
    console.log(
      `  ${t.system.padEnd(12)} ${Math.round(t.charsPerSecond).toLocaleString('en').padStart(12)} chars/s` +
        `  (${t.seconds.toFixed(2)} s for ${t.chars.toLocaleString('en')} chars)`,
    );
  if (compromiseBaseline.offsetMismatches > 0)
    console.log(
      `  note: ${compromiseBaseline.offsetMismatches} compromise matches had offsets not matching their text`,
    );

  const outDir = join(root, 'eval-report');
  mkdirSync(outDir, { recursive: true });
  const about = {
    about:
      'Errors of the dev TUNING part, the seed and the own wire set only. The dev TEST part and the train check are never ' +
      'listed, so that nobody tunes on them by reading their errors.',
  };
  const tunedScored = items.some((i) => ERROR_BUCKETS.has(i.bucket));
  // `--train-rest` alone leaves the tuning part's errors file as the last run wrote it.
  if (tunedScored)
    writeFileSync(
      join(outDir, 'errors.jsonl'),
      [about, ...errors].map((e) => JSON.stringify(e)).join('\n') + '\n',
    );
  const summary = {
    generated: new Date().toISOString(),
    documents: countBy(items.map((i) => i.bucket)),
    characters: chars,
    targets: { part: TARGET_PART, system: TARGET_SYSTEM, targets: TARGETS },
    rows: rows.map((r) => ({
      part: r.part,
      system: r.system,
      type: r.type,
      ...r.counts,
      ...nullNaN(scores(r.counts)),
    })),
    throughput,
  };
  writeFileSync(join(outDir, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
  if (trainRest) {
    const aboutTrain = {
      about:
        'Errors on the training records outside the train check (never the check itself). Their span ' +
        "conventions are not the development data's: read them with judgement; `other` spans are optional.",
    };
    writeFileSync(
      join(outDir, 'errors-train.jsonl'),
      [aboutTrain, ...trainErrors].map((e) => JSON.stringify(e)).join('\n') + '\n',
    );
    console.log(`Wrote eval-report/errors-train.jsonl (${trainErrors.length} errors).`);
  }
  if (tunedScored)
    console.log(
      `\nWrote eval-report/summary.json and eval-report/errors.jsonl (${errors.length} errors, ` +
        'of the tuning part and the seed only).',
    );
}

/** A system's rows for one part: one per type it is scored on there, then their micro-average. */
function rowsOf(part: string, system: System, perType: Map<string, Counts>): Row[] {
  const types = system.types.filter((t) => perType.has(t));
  const rows = types.map((type) => ({ part, system: system.name, type, counts: perType.get(type)! }));
  if (types.length > 1)
    rows.push({
      part,
      system: system.name,
      type: 'all',
      counts: types.reduce((total, t) => addCounts(total, perType.get(t)!), emptyCounts()),
    });
  return rows;
}

function getOrAdd(map: Map<string, Counts>, type: string): Counts {
  let c = map.get(type);
  if (!c) map.set(type, (c = emptyCounts()));
  return c;
}

function countBy(items: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[item] = (out[item] ?? 0) + 1;
  return out;
}

/** JSON has no NaN: an undefined accuracy is written as null. */
function nullNaN<T extends object>(o: T): { [K in keyof T]: T[K] | null } {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Number.isNaN(v) ? null : v])) as {
    [K in keyof T]: T[K] | null;
  };
}

try {
  main();
} catch (err) {
  console.error(`npm run eval: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
