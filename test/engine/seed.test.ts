// The seed article against its hand-made gold annotation: every required mention with its exact
// span and type, nothing spurious of the gold's types, and the relations the gold's entities record.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/engine/pipeline';
import type { Analysis, Entity } from '../../server/src/engine/model/types';
import { readGold, type GoldMention } from '../helpers/gold';
import { findRepoRoot, SEED_TYPES } from '../../scripts/eval/corpus';

const SEEDS = join(findRepoRoot(__dirname), 'seeds');
const GOLD_TYPES = new Set<string>(SEED_TYPES);

const GOLD_FILES = readdirSync(SEEDS).filter((f) => f.endsWith('.gold.json'));
// No seed must fail loudly, not pass with no test.
if (GOLD_FILES.length === 0) throw new Error(`no seeds/*.gold.json in ${SEEDS}`);

for (const file of GOLD_FILES) {
  const gold = readGold(join(SEEDS, file));
  const text = readFileSync(join(SEEDS, file.replace('.gold.json', '.txt')), 'utf8');

  describe(`seed ${file}`, () => {
    let analysis: Analysis;
    before(() => {
      analysis = analyze(text);
    });
    const entityAt = (g: GoldMention): Entity | undefined => {
      const m = analysis.mentions.find((x) => x.start === g.start && x.end === g.end);
      return m?.entity ? analysis.entities.find((e) => e.id === m.entity) : undefined;
    };
    const nameOf = (id: string | undefined): string | undefined =>
      id === undefined ? undefined : analysis.entities.find((e) => e.id === id)?.name;
    const goldName = (id: string | undefined): string | undefined =>
      id === undefined ? undefined : gold.entities.find((e) => e.id === id)?.name;

    it('reads the article date and dateline', () => {
      assert.equal(analysis.meta.date, gold.articleDate);
      assert.equal(analysis.meta.dateline?.text, gold.dateline);
    });

    for (const g of gold.mentions.filter((m) => !m.optional)) {
      it(`finds ${g.type} "${g.text}" at ${g.start}–${g.end}${g.value ? ` = ${g.value}` : ''}`, () => {
        const found = analysis.mentions.filter((m) => m.start < g.end && m.end > g.start);
        const exact = found.find((m) => m.start === g.start && m.end === g.end && m.type === g.type);
        assert.ok(
          exact,
          `found instead: ${JSON.stringify(found.map((m) => [m.text, m.type, m.start, m.end]))}`,
        );
        assert.equal(text.slice(exact.start, exact.end), g.text);
        if (g.value !== undefined) assert.equal(exact.value, g.value);
      });
    }

    it('marks nothing the gold does not have', () => {
      const spurious = analysis.mentions.filter(
        (m) =>
          GOLD_TYPES.has(m.type) &&
          !gold.mentions.some((g) => g.start === m.start && g.end === m.end && g.type === m.type) &&
          !gold.mentions.some((g) => g.optional && g.start < m.end && g.end > m.start),
      );
      assert.deepEqual(
        spurious.map((m) => `${m.type} "${m.text}" ${m.start}–${m.end}`),
        [],
      );
    });

    it('links the mentions of each gold entity into one entity', () => {
      for (const ge of gold.entities) {
        const ids = new Set(
          gold.mentions
            .filter((g) => g.entity === ge.id && !g.optional && g.type === ge.type)
            .map((g) => entityAt(g)?.id),
        );
        if (ids.size === 0) continue;
        assert.equal(ids.size, 1, `${ge.name}: mentions split over ${[...ids].join(', ')}`);
        assert.ok(![...ids].includes(undefined), `${ge.name}: a mention has no entity`);
      }
    });

    for (const ge of gold.entities.filter(
      (e) => e.type === 'person' || e.type === 'organization' || e.type === 'place',
    )) {
      it(`relations of ${ge.type} ${ge.name}`, () => {
        const first = gold.mentions.find((g) => g.entity === ge.id && g.type === ge.type && !g.optional);
        assert.ok(first, 'the gold names a mention');
        const e = entityAt(first);
        assert.ok(e, `no entity at ${first.start}`);
        assert.equal(e.name, ge.name);
        if (ge.rank) assert.equal(e.rank, ge.rank);
        if (ge.title) assert.equal(e.title, ge.title);
        if (ge.organization) assert.equal(nameOf(e.organization), goldName(ge.organization));
        if (ge.parent) assert.equal(nameOf(e.parent), goldName(ge.parent));
        if (ge.country) assert.equal(nameOf(e.country), goldName(ge.country));
        for (const alias of ge.aliases ?? []) {
          if (text.includes(alias) && gold.mentions.some((g) => g.text === alias))
            assert.ok(
              e.aliases.includes(alias) || e.name === alias,
              `alias ${alias} in ${JSON.stringify(e.aliases)}`,
            );
        }
      });
    }
  });
}
