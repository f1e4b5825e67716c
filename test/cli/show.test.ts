// `newsmark show`'s summary: one line per person, organization and place with the facts the
// hover also tells (presentation/entityFacts.ts), and the dates with their values.
import assert from 'node:assert/strict';
import { renderSummary } from '../../server/src/cli/show';
import { oneOfEachType } from '../presentation/oneOfEachType';
import { Analyzer } from '../../server/src/engine/pipeline';

describe('cli/show summary', () => {
  it('lists people, organizations, places and dates, each entity with its facts on one line', () => {
    assert.equal(
      renderSummary(oneOfEachType(), false),
      [
        'People (1)',
        '  Olzhas Khusainov — rank: Colonel (OF-5); title: head; organization: Ministry of Defense; country: Kazakhstan',
        'Organizations (1)',
        '  Ministry of Defense — acronym: MoD; country: Kazakhstan',
        'Places (2)',
        '  Kazakhstan — country',
        '  Astana — city; country: Kazakhstan',
        'Dates (1)',
        '  2023-11-07 → 2023-11-07 (explicit)',
      ].join('\n'),
    );
  });

  it('colours each name by its type and each heading bold', () => {
    const coloured = renderSummary(oneOfEachType(), true);
    assert.ok(coloured.startsWith('\u001b[1mPeople (1)\u001b[0m\n'));
    assert.ok(coloured.includes('  \u001b[1;36mOlzhas Khusainov\u001b[0m — rank: Colonel (OF-5)'));
    assert.ok(coloured.includes('  \u001b[1;32mAstana\u001b[0m — city'));
  });

  it('lists no place the article does not name: a country known of an organization stays its fact', () => {
    const summary = renderSummary(new Analyzer().analyze('Reuters reported the fire in Lagos.'), false);
    assert.match(summary, /Reuters — country: United Kingdom/);
    assert.match(summary, /Places \(1\)\n {2}Lagos — city; country: Nigeria\nDates/);
  });
});
