// The development split: the rule on a hand-made set of documents (expected sides worked out by
// hand), then the committed files against the real data (../shared/data/dev and /train, which
// `npm run eval` reads too): re-made equal, every document once, GUM on the test side, stories whole.
import { strict as assert } from 'node:assert';
import { findRepoRoot, loadDev } from '../../scripts/eval/corpus';
import { buildDevSplit, type SplitInput } from '../../scripts/eval/split';
import {
  makeDevSplit,
  makeTrainCheck,
  meantimeTopics,
  partsById,
  readDevSplit,
  readTrainCheck,
} from '../../scripts/eval/split-files';
import { MEANTIME_STORIES } from '../../scripts/eval/stories';
import { loadTrainRecords } from '../../scripts/eval/train-corpus';

const person = (text: string) => ({ type: 'person', text });
const org = (text: string) => ({ type: 'organization', text });

describe('dev split rule', () => {
  // Topic x: articles 1-3 are one story; 4 and 5 share a person named in only two articles;
  // "Bob Roe" is in five articles, so he is the topic's and links nothing; 6 stands alone.
  const docs: SplitInput[] = [
    { id: 'meantime_1_a', corpus: 'meantime', topic: 'x', gold: [person('Bob Roe'), org('Acme')] },
    { id: 'meantime_2_b', corpus: 'meantime', topic: 'x', gold: [person('Bob Roe')] },
    { id: 'meantime_3_c', corpus: 'meantime', topic: 'x', gold: [person('Bob Roe')] },
    { id: 'meantime_4_d', corpus: 'meantime', topic: 'x', gold: [person('Bob Roe'), person('Ann Lee')] },
    { id: 'meantime_5_e', corpus: 'meantime', topic: 'x', gold: [person('Bob Roe'), person('Ann Lee')] },
    { id: 'meantime_6_f', corpus: 'meantime', topic: 'x', gold: [org('Acme')] },
    { id: 'GUM_news_one', corpus: 'gum', topic: null, gold: [person('Ann Lee')] },
    { id: 'GUM_news_two', corpus: 'gum', topic: null, gold: [] },
  ];
  const stories = [{ name: 'x/s', about: 'one story', articles: [1, 2, 3] }];

  it('keeps a story and a shared person together, deals the largest first, puts GUM on the test side', () => {
    const split = buildDevSplit(docs, stories);
    // The story (3) goes to tuning (both sides empty); 4+5 to test (0 < 3); 6 to test (2 < 3).
    assert.deepEqual(split.tuning, ['meantime_1_a', 'meantime_2_b', 'meantime_3_c']);
    assert.deepEqual(split.test, [
      'GUM_news_one',
      'GUM_news_two',
      'meantime_4_d',
      'meantime_5_e',
      'meantime_6_f',
    ]);
    assert.deepEqual(
      split.clusters.map((c) => [c.name, c.part, c.docs.length, c.linkedBy]),
      [
        ['x/meantime_4_d', 'test', 2, ['Ann Lee']],
        ['x/meantime_6_f', 'test', 1, []],
        ['x/s', 'tuning', 3, []],
      ],
    );
    // Ann Lee is in GUM too, but only MEANTIME names are compared across sides.
    assert.deepEqual(split.namesOnBothSides, ['Acme', 'Bob Roe']);
  });

  it('fails on a story naming an article that is missing or in another topic', () => {
    assert.throws(
      () => buildDevSplit(docs, [{ name: 'x/s', about: '', articles: [1, 9] }]),
      /no MEANTIME article 9/,
    );
    assert.throws(() => buildDevSplit(docs, [{ name: 'y/s', about: '', articles: [1] }]), /in topic x/);
    assert.throws(
      () =>
        buildDevSplit(docs, [
          { name: 'x/s', about: '', articles: [1] },
          { name: 'x/t', about: '', articles: [1] },
        ]),
      /article 1 is in x\/s and x\/t/,
    );
  });
});

describe('committed dev split and train check', () => {
  const root = findRepoRoot(__dirname);
  const dev = loadDev(root);
  const split = readDevSplit(root);

  it('the dev split file is what the rule makes from the data today', () => {
    assert.deepEqual(makeDevSplit(root, dev), split);
  });

  it('covers every development document exactly once, every GUM document on the test side', () => {
    const listed = [...split.tuning, ...split.test].sort();
    assert.deepEqual(listed, dev.map((d) => d.id).sort());
    assert.equal(new Set(listed).size, listed.length);
    const test = new Set(split.test);
    const gum = dev.filter((d) => d.corpus === 'gum');
    assert.equal(gum.length, 24);
    for (const d of gum) assert.ok(test.has(d.id), `${d.id} must be on the test side`);
  });

  it('keeps each story and each cluster on one side, and each topic about half on each', () => {
    const partOf = partsById(split);
    const byNumber = new Map(dev.map((d) => [/^meantime_(\d+)_/.exec(d.id)?.[1], d.id]));
    for (const story of MEANTIME_STORIES) {
      const parts = new Set(story.articles.map((n) => partOf.get(byNumber.get(String(n)) ?? '')));
      assert.equal(parts.size, 1, `${story.name} is on both sides`);
    }
    for (const cluster of split.clusters)
      for (const id of cluster.docs) assert.equal(partOf.get(id), cluster.part, `${cluster.name}: ${id}`);
    const topics = meantimeTopics(root);
    for (const topic of ['airbus', 'apple', 'gm', 'stock']) {
      const inTopic = dev.filter((d) => topics.get(d.id) === topic);
      const tuning = inTopic.filter((d) => partOf.get(d.id) === 'tuning').length;
      assert.equal(inTopic.length, 30, topic);
      assert.ok(tuning >= 12 && tuning <= 18, `${topic}: ${tuning} of 30 on the tuning side`);
    }
  });

  it('the train check file is what its rule makes; at most a quarter of a set, whole UD documents', () => {
    const records = loadTrainRecords(root);
    const check = readTrainCheck(root);
    assert.deepEqual(makeTrainCheck(root, records), check);
    assert.deepEqual(Object.keys(check.sets), ['redocred', 'gum-nonnews', 'uner-en', 're3d', 'wikigold']);
    const sampled = new Set(Object.values(check.sets).flatMap((s) => s.ids));
    for (const [set, sample] of Object.entries(check.sets)) {
      const inSet = records.filter((r) => r.set === set);
      assert.ok(
        sample.ids.length > 0 && sample.ids.length <= inSet.length / 4,
        `${set}: ${sample.ids.length}`,
      );
      assert.ok(sample.mentions >= 300, `${set}: only ${sample.mentions} mentions`);
    }
    const groups = new Map<string, Set<boolean>>();
    for (const r of records.filter((x) => x.set === 'uner-en'))
      groups.set(r.group, (groups.get(r.group) ?? new Set()).add(sampled.has(r.id)));
    for (const [group, states] of groups) assert.equal(states.size, 1, `UD document ${group} is split`);
  });
});
