// How the development data is split into a TUNING part (rules may be fitted to it, its errors are
// read) and a TEST part (only its figures are read). Pure functions of the documents' ids, topics
// and gold names, so the split can be re-made and compared with the committed file
// (scripts/eval/splits/dev-split.json, written by scripts/eval/make-splits.ts).
//
// * Every GUM document goes to the test part: they are GUM news documents, which the project
//   never tunes on.
// * MEANTIME is split by story: the hand-made stories of scripts/eval/stories.ts, joined further
//   when two articles of a topic name the same person (unless the person is in TOPIC_WIDE or more
//   articles of the topic, like "Steve Jobs": such a name is the topic's, not a story's). A story
//   goes whole to one side. Within each topic the stories are dealt out, largest first, to the
//   side holding fewer of that topic's articles (then fewer gold mentions), so each topic is about
//   half on each side.
import type { Story } from './stories';

export type Part = 'tuning' | 'test';

export interface SplitInput {
  id: string;
  corpus: 'meantime' | 'gum';
  /** MEANTIME's topic (airbus, apple, gm, stock); null for GUM. */
  topic: string | null;
  gold: readonly { type: string; text?: string }[];
}

export interface Cluster {
  name: string;
  topic: string;
  part: Part;
  docs: string[];
  /** Person names that joined articles not already in one story. */
  linkedBy: string[];
}

export interface DevSplit {
  tuning: string[];
  test: string[];
  clusters: Cluster[];
  /** Person and organization names gold in MEANTIME articles on both sides (topic-wide names). */
  namesOnBothSides: string[];
}

/** A person named in this many articles of a topic belongs to the topic, and links no story. */
export const TOPIC_WIDE = 5;

const articleNumber = (id: string): number | null => {
  const m = /^meantime_(\d+)_/.exec(id);
  return m ? Number(m[1]) : null;
};

/** Union-find over document indices, with the smallest index as each set's representative. */
class Groups {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  join(a: number, b: number): boolean {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return false;
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
    return true;
  }
}

export function buildDevSplit(docs: readonly SplitInput[], stories: readonly Story[]): DevSplit {
  const meantime = [...docs].filter((d) => d.corpus === 'meantime').sort((a, b) => cmp(a.id, b.id));
  const groups = new Groups(meantime.length);
  const storyOf = joinStories(meantime, stories, groups);
  const linkedBy = joinByPersons(meantime, groups);

  const members = new Map<number, number[]>();
  meantime.forEach((_, i) => members.set(groups.find(i), [...(members.get(groups.find(i)) ?? []), i]));
  const clusters: Cluster[] = [...members].map(([root, idx]) => {
    const names = [...new Set(idx.map((i) => storyOf.get(i)).filter((s): s is string => !!s))].sort(cmp);
    const topic = meantime[root].topic ?? '';
    return {
      name: names.length > 0 ? names.join(' + ') : `${topic}/${meantime[root].id}`,
      topic,
      part: 'test',
      docs: idx.map((i) => meantime[i].id),
      linkedBy: [...(linkedBy.get(root) ?? [])].sort(cmp),
    };
  });
  dealOut(clusters, new Map(meantime.map((d) => [d.id, d.gold.length])));
  clusters.sort((a, b) => cmp(a.name, b.name));

  const partOf = new Map(clusters.flatMap((c) => c.docs.map((id) => [id, c.part] as const)));
  const tuning = meantime.filter((d) => partOf.get(d.id) === 'tuning');
  const test = docs.filter((d) => d.corpus === 'gum' || partOf.get(d.id) === 'test');
  return {
    tuning: tuning.map((d) => d.id).sort(cmp),
    test: test.map((d) => d.id).sort(cmp),
    clusters,
    namesOnBothSides: sharedNames(
      tuning,
      meantime.filter((d) => partOf.get(d.id) === 'test'),
    ),
  };
}

/** Joins each story's articles; returns each article's story. */
function joinStories(
  meantime: readonly SplitInput[],
  stories: readonly Story[],
  groups: Groups,
): Map<number, string> {
  const index = new Map(meantime.map((d, i) => [articleNumber(d.id), i]));
  const storyOf = new Map<number, string>();
  for (const story of stories) {
    const members = story.articles.map((n) => {
      const i = index.get(n);
      if (i === undefined) throw new Error(`story ${story.name}: no MEANTIME article ${n}`);
      if (storyOf.has(i)) throw new Error(`article ${n} is in ${storyOf.get(i)} and ${story.name}`);
      if (`${meantime[i].topic}/` !== story.name.slice(0, story.name.indexOf('/') + 1))
        throw new Error(`story ${story.name}: article ${n} is in topic ${meantime[i].topic}`);
      storyOf.set(i, story.name);
      return i;
    });
    for (const i of members) groups.join(members[0], i);
  }
  return storyOf;
}

/** Joins the articles of a topic that name the same person, unless the person is topic-wide; returns the names that joined, by group. */
function joinByPersons(meantime: readonly SplitInput[], groups: Groups): Map<number, Set<string>> {
  const byTopicName = new Map<string, number[]>();
  meantime.forEach((d, i) => {
    for (const name of new Set(d.gold.filter((g) => g.type === 'person').map((g) => g.text ?? ''))) {
      const key = `${d.topic}\u0000${name}`;
      byTopicName.set(key, [...(byTopicName.get(key) ?? []), i]);
    }
  });
  const links: [number, string][] = [];
  for (const [key, members] of [...byTopicName].sort(([a], [b]) => cmp(a, b))) {
    if (members.length < 2 || members.length >= TOPIC_WIDE) continue;
    for (const i of members.slice(1))
      if (groups.join(members[0], i)) links.push([i, key.slice(key.indexOf('\u0000') + 1)]);
  }
  const linkedBy = new Map<number, Set<string>>();
  for (const [i, name] of links) {
    const root = groups.find(i);
    linkedBy.set(root, new Set([...(linkedBy.get(root) ?? []), name]));
  }
  return linkedBy;
}

/** Sets each cluster's part: per topic, largest first, to the side with fewer articles (then mentions, then tuning). */
function dealOut(clusters: Cluster[], goldCount: ReadonlyMap<string, number>): void {
  const mentionsOf = (c: Cluster): number => c.docs.reduce((n, id) => n + (goldCount.get(id) ?? 0), 0);
  for (const topic of [...new Set(clusters.map((c) => c.topic))].sort(cmp)) {
    const held = { tuning: { docs: 0, mentions: 0 }, test: { docs: 0, mentions: 0 } };
    const ordered = clusters
      .filter((c) => c.topic === topic)
      .sort((a, b) => b.docs.length - a.docs.length || mentionsOf(b) - mentionsOf(a) || cmp(a.name, b.name));
    for (const c of ordered) {
      const { tuning, test } = held;
      const fewer = tuning.docs !== test.docs ? tuning.docs < test.docs : tuning.mentions <= test.mentions;
      c.part = fewer ? 'tuning' : 'test';
      held[c.part].docs += c.docs.length;
      held[c.part].mentions += mentionsOf(c);
    }
  }
}

function sharedNames(a: readonly SplitInput[], b: readonly SplitInput[]): string[] {
  const names = (docs: readonly SplitInput[]): Set<string> =>
    new Set(
      docs.flatMap((d) =>
        d.gold.filter((g) => g.type === 'person' || g.type === 'organization').map((g) => g.text ?? ''),
      ),
    );
  const inB = names(b);
  return [...names(a)].filter((n) => inB.has(n)).sort(cmp);
}

/** Code-unit order, the same on every machine (localeCompare is not). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
