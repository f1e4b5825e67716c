// The committed split files (scripts/eval/splits/*.json): made from the data by the rules of
// split.ts and train-check.ts, read by `npm run eval`, and re-made by the tests to show that the
// committed files are still what the rules give.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { devDataDir, loadDev, type EvalDoc } from './corpus';
import { buildDevSplit, cmp, TOPIC_WIDE, type Cluster, type Part } from './split';
import { MEANTIME_STORIES } from './stories';
import { MAX_SHARE, MENTIONS_PER_SET, sampleTrainCheck, type SetSample } from './train-check';
import { loadTrainRecords, TRAIN_SETS, type TrainRecord } from './train-corpus';

export const DEV_SPLIT_FILE = 'scripts/eval/splits/dev-split.json';
export const TRAIN_CHECK_FILE = 'scripts/eval/splits/train-check.json';

export interface PartCounts {
  /** Per source (gum, meantime/<topic>). */
  documents: Record<string, number>;
  /** Gold mentions per type. */
  mentions: Record<string, number>;
}

export interface DevSplitFile {
  about: string[];
  counts: Record<Part, PartCounts>;
  tuning: string[];
  test: string[];
  clusters: Cluster[];
  namesOnBothSides: string[];
}

export interface TrainCheckFile {
  about: string[];
  mentionsPerSet: number;
  maxShare: number;
  sets: Record<string, SetSample>;
}

/** MEANTIME's topic per document: the upstream folder (`corpus_apple/…` → apple), from attribution.tsv. */
export function meantimeTopics(root: string): Map<string, string> {
  const lines = readFileSync(join(devDataDir(root), 'attribution.tsv'), 'utf8')
    .trim()
    .split('\n');
  const header = lines[0].split('\t');
  const [id, source, file] = ['id', 'source', 'upstream_file'].map((c) => header.indexOf(c));
  const topics = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const cells = line.split('\t');
    if (cells[source] === 'meantime')
      topics.set(cells[id], cells[file].split('/')[0].replace(/^corpus_/, ''));
  }
  return topics;
}

export function makeDevSplit(root: string, docs: readonly EvalDoc[] = loadDev(root)): DevSplitFile {
  const topics = meantimeTopics(root);
  const split = buildDevSplit(
    docs.map((d) => {
      if (d.corpus !== 'meantime' && d.corpus !== 'gum') throw new Error(`${d.id} is not dev data`);
      const topic = d.corpus === 'meantime' ? topics.get(d.id) : null;
      if (topic === undefined) throw new Error(`${d.id}: no topic in attribution.tsv`);
      return { id: d.id, corpus: d.corpus, topic, gold: d.gold };
    }),
    MEANTIME_STORIES,
  );
  const counts = (ids: readonly string[]): PartCounts => {
    const inPart = new Set(ids);
    const documents: Record<string, number> = {};
    const mentions: Record<string, number> = {};
    for (const d of docs.filter((x) => inPart.has(x.id))) {
      const source = d.corpus === 'meantime' ? `meantime/${topics.get(d.id)}` : d.corpus;
      documents[source] = (documents[source] ?? 0) + 1;
      for (const g of d.gold) mentions[g.type] = (mentions[g.type] ?? 0) + 1;
    }
    return { documents: sorted(documents), mentions: sorted(mentions) };
  };
  return {
    about: [
      'The development data (../shared/data/dev) split into a TUNING part and a TEST part; see README.md here.',
      'Made by scripts/eval/make-splits.ts from scripts/eval/split.ts and stories.ts; do not edit by hand.',
      'All GUM news documents are test. MEANTIME goes by story, a whole story to one side, about half of',
      `each topic per side; persons named in 2 to ${TOPIC_WIDE - 1} articles of a topic join their stories.`,
    ],
    counts: { tuning: counts(split.tuning), test: counts(split.test) },
    tuning: split.tuning,
    test: split.test,
    clusters: split.clusters,
    namesOnBothSides: split.namesOnBothSides,
  };
}

const sorted = (o: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => cmp(a, b)));

export function makeTrainCheck(
  root: string,
  records: readonly TrainRecord[] = loadTrainRecords(root),
): TrainCheckFile {
  const typesOf = new Map(TRAIN_SETS.map((s) => [s.name, new Set(s.types)]));
  const units = records.map((r) => ({
    set: r.set,
    id: r.id,
    group: r.group,
    mentions: r.entities.filter((e) => typesOf.get(r.set)?.has(e.type)).length,
  }));
  return {
    about: [
      'A fixed sample of ../shared/data/train that npm run eval scores as a second never-tuned check.',
      'Read its figures, never its errors; do not train on these records. Rule: scripts/eval/train-check.ts.',
    ],
    mentionsPerSet: MENTIONS_PER_SET,
    maxShare: MAX_SHARE,
    sets: sampleTrainCheck(units),
  };
}

export function readDevSplit(root: string): DevSplitFile {
  return JSON.parse(readFileSync(join(root, DEV_SPLIT_FILE), 'utf8')) as DevSplitFile;
}

/** Each listed document's part. */
export function partsById(split: Pick<DevSplitFile, 'tuning' | 'test'>): Map<string, Part> {
  return new Map([
    ...split.tuning.map((id) => [id, 'tuning'] as const),
    ...split.test.map((id) => [id, 'test'] as const),
  ]);
}

export function readTrainCheck(root: string): TrainCheckFile {
  return JSON.parse(readFileSync(join(root, TRAIN_CHECK_FILE), 'utf8')) as TrainCheckFile;
}
