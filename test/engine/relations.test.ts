// Every relation rule (server/src/engine/document/relations/rules.ts) fires on its own example
// sentence, and the sentence yields the fact the table says: a rule with no working example fails
// here by name.
import * as assert from 'node:assert/strict';
import { Analyzer } from '../../server/src/engine/pipeline';
import {
  RELATION_RULES,
  type RelationRule,
  type RelationRuleId,
} from '../../server/src/engine/document/relations/rules';
import type { Analysis, Entity } from '../../server/src/engine/model/types';

const RULES = Object.entries(RELATION_RULES) as [RelationRuleId, RelationRule][];

/** The value of `field` on `e`: a pointed-to entity's name for the id fields. */
function fieldValue(
  analysis: Analysis,
  e: Entity,
  field: RelationRule['example']['field'],
): string | undefined {
  const nameOf = (id: string | undefined): string | undefined =>
    analysis.entities.find((x) => x.id === id)?.name;
  switch (field) {
    case 'country':
    case 'organization':
    case 'parent':
    case 'holder':
      return nameOf(e[field]);
    case 'rank':
    case 'title':
      return e[field];
    case 'rankInfo.tradition':
      return e.rankInfo?.tradition;
  }
}

describe('engine: relation rules', () => {
  it('the table has rules, each explained in one line', () => {
    assert.ok(RULES.length >= 10, `only ${RULES.length} rules`);
    for (const [id, rule] of RULES) assert.match(rule.explains, /^[^\n]{10,120}$/, id);
  });

  for (const [id, rule] of RULES) {
    const { sentence, entity, field, value } = rule.example;
    it(`${id}: "${sentence}" gives ${entity[1]} ${field} ${value}`, () => {
      const fired = new Set<RelationRuleId>();
      const analyzer = new Analyzer({ relationFired: (r) => fired.add(r) });
      const analysis = analyzer.analyze(sentence, { articleDate: '2024-03-05' });
      assert.ok(fired.has(id), `${id} did not fire; fired: ${[...fired].join(', ')}`);
      const e = analysis.entities.find((x) => x.type === entity[0] && x.name === entity[1]);
      assert.ok(e, `no ${entity[0]} entity named ${entity[1]}`);
      assert.equal(fieldValue(analysis, e, field), value);
    });
  }

  it('a sentence with no relation fires no rule', () => {
    const fired: RelationRuleId[] = [];
    new Analyzer({ relationFired: (r) => fired.push(r) }).analyze('Ruslan Zhaksylykov spoke in Paris.');
    assert.deepEqual(fired, []);
  });
});
