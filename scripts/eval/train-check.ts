// The train check: a fixed sample of ../shared/data/train that `npm run eval` scores as a second
// never-tuned test. Its figures are read, its errors never (no errors file is written for it), and
// a learned component must not train on it.
//
// The rule, per set: order the set's sampling units (a record, or for uner-en's sentences their UD
// document) by the SHA-1 of `newsmark-train-check <set> <unit>`, and take units in that order
// while the sample holds fewer than MENTIONS_PER_SET gold mentions of the set's scored types,
// stopping before a unit that would take the sample past MAX_SHARE of the set's records. So each set
// gives about the same number of mentions (balanced across sets), and no set loses more than a
// quarter of its records to the check.
import { createHash } from 'node:crypto';
import { cmp } from './split';

export const MENTIONS_PER_SET = 600;
export const MAX_SHARE = 0.25;

export interface SampleUnit {
  set: string;
  id: string;
  group: string;
  /** Gold mentions of the set's scored types (not `other`). */
  mentions: number;
}

export interface SetSample {
  records: number;
  mentions: number;
  ids: string[];
}

export const shaRank = (set: string, group: string): string =>
  createHash('sha1').update(`newsmark-train-check ${set} ${group}`).digest('hex');

export function sampleTrainCheck(
  units: readonly SampleUnit[],
  options: { mentionsPerSet?: number; maxShare?: number; rank?: (set: string, group: string) => string } = {},
): Record<string, SetSample> {
  const { mentionsPerSet = MENTIONS_PER_SET, maxShare = MAX_SHARE, rank = shaRank } = options;
  const out: Record<string, SetSample> = {};
  for (const set of [...new Set(units.map((u) => u.set))]) {
    const records = units.filter((u) => u.set === set);
    const byGroup = new Map<string, SampleUnit[]>();
    for (const r of records) byGroup.set(r.group, [...(byGroup.get(r.group) ?? []), r]);
    const order = [...byGroup.keys()]
      .map((group) => ({ group, key: rank(set, group) }))
      .sort((a, b) => cmp(a.key, b.key) || cmp(a.group, b.group));
    const sample: SetSample = { records: 0, mentions: 0, ids: [] };
    for (const { group } of order) {
      if (sample.mentions >= mentionsPerSet) break;
      const members = byGroup.get(group)!;
      if (sample.records + members.length > maxShare * records.length) break;
      sample.records += members.length;
      sample.mentions += members.reduce((n, m) => n + m.mentions, 0);
      sample.ids.push(...members.map((m) => m.id));
    }
    sample.ids.sort(cmp);
    out[set] = sample;
  }
  return out;
}
