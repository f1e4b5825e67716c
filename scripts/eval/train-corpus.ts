// Loads ../shared/data/train (format in its README.md: one JSON record per line, five sets) for
// the train check of `npm run eval`. Its conventions are not the development data's, so:
// * a set is scored only on the types it annotates (uner-en and wikigold have no dates);
// * `other` spans (nationalities, works, events, durations, numbers…) are not ours: a prediction
//   on one is neither right nor wrong, so each becomes an optional span of every scored type
//   (the scorer ignores a prediction that matches or overlaps only optional spans).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checked, type EvalDoc } from './corpus';
import type { GoldSpan } from './score';

export interface TrainSet {
  name: string;
  types: readonly string[];
}

const NAMES = ['person', 'organization', 'place'] as const;
const WITH_DATES = [...NAMES, 'date'] as const;

export const TRAIN_SETS: readonly TrainSet[] = [
  { name: 'redocred', types: WITH_DATES },
  { name: 'gum-nonnews', types: WITH_DATES },
  { name: 'uner-en', types: NAMES },
  { name: 're3d', types: WITH_DATES },
  { name: 'wikigold', types: NAMES },
];

export interface TrainRecord {
  set: string;
  id: string;
  /** The unit sampled together: a UD document for uner-en's sentences, else the record itself. */
  group: string;
  text: string;
  entities: GoldSpan[];
}

/** `../shared/data/train` from the repository root, unless NEWSMARK_TRAIN_DATA points elsewhere. */
export function trainDataDir(root: string): string {
  return process.env.NEWSMARK_TRAIN_DATA ?? resolve(root, '../shared/data/train');
}

export function loadTrainRecords(root: string): TrainRecord[] {
  const dir = trainDataDir(root);
  const out: TrainRecord[] = [];
  for (const { name } of TRAIN_SETS) {
    const sub = join(dir, name);
    if (!existsSync(sub) || !statSync(sub).isDirectory())
      throw new Error(`the training data is missing: ${sub} does not exist (or set NEWSMARK_TRAIN_DATA)`);
    const files = readdirSync(sub)
      .filter((f) => f.endsWith('.jsonl'))
      .sort();
    if (files.length === 0) throw new Error(`the training data is missing: no *.jsonl in ${sub}`);
    for (const file of files)
      for (const line of readFileSync(join(sub, file), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const raw = JSON.parse(line) as { id: string; doc?: string; text: string; entities: GoldSpan[] };
        const group = name === 'uner-en' && raw.doc ? `${raw.id.split('-')[1]}:${raw.doc}` : raw.id;
        out.push({ set: name, id: raw.id, group, text: raw.text, entities: raw.entities });
      }
  }
  return out;
}

/** A record as an evaluation document: its set's types scored, `other` spans optional for each. */
export function trainDoc(record: TrainRecord, path = record.set): EvalDoc {
  const set = TRAIN_SETS.find((s) => s.name === record.set);
  if (!set) throw new Error(`unknown training set ${record.set}`);
  const gold = record.entities.flatMap((e): GoldSpan[] =>
    e.type === 'other'
      ? set.types.map((type) => ({ start: e.start, end: e.end, type, text: e.text, optional: true }))
      : [{ ...e }],
  );
  return checked(
    { id: record.id, corpus: record.set, text: record.text, split: null, gold, types: set.types },
    path,
  );
}
