// People, organizations, places and nationalities in sentences written for these tests, with the
// spans a reader would mark, following the seed's conventions (titles and ranks outside names,
// a place inside an organization's name part of it, demonyms linked to their country).
import * as assert from 'node:assert/strict';
import { Analyzer } from '../../server/src/engine/pipeline';
import type { LexiconEntry } from '../../server/src/engine/model/types';

const analyzer = new Analyzer();
const marked = (text: string): string[] =>
  analyzer
    .analyze(text, { articleDate: '2023-11-08' })
    .mentions.filter((m) => m.type !== 'date')
    .map((m) => `${m.type}:${m.text}`);

describe('engine: names', () => {
  const cases: [string, string[]][] = [
    [
      'Russian President Vladimir Putin met Kazakh President Kassym-Jomart Tokayev in Moscow.',
      [
        'nationality:Russian',
        'title:President',
        'person:Vladimir Putin',
        'nationality:Kazakh',
        'title:President',
        'person:Kassym-Jomart Tokayev',
        'place:Moscow',
      ],
    ],
    [
      'Lt. Gen. Mark Smith, commander of the U.S. Army Europe, said NATO would stay.',
      [
        'rank:Lt. Gen.',
        'person:Mark Smith',
        'title:commander',
        'organization:U.S. Army Europe',
        'organization:NATO',
      ],
    ],
    ['Kazakhstan and Türkiye signed the plan.', ['place:Kazakhstan', 'place:Türkiye']],
    [
      'Officials from the Ministry of Foreign Affairs of Kazakhstan arrived.',
      ['organization:Ministry of Foreign Affairs', 'place:Kazakhstan'],
    ],
    ['Shares of General Motors fell.', ['organization:General Motors']],
    [
      'Mr. Ahmed Hassan told reporters that Hassan had left Cairo.',
      ['person:Ahmed Hassan', 'person:Hassan', 'place:Cairo'],
    ],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(marked(text), expected));
  }

  it('reads countries in a match report as teams, and places elsewhere as places', () => {
    const a = analyzer.analyze(
      'Belgium defeated Panama 3 – 0 in Sochi. Belgium had more of the ball, and Panama coach Hernan Gomez was calm.',
    );
    assert.deepEqual(
      a.mentions.filter((m) => m.type !== 'date').map((m) => `${m.type}:${m.text}`),
      [
        'organization:Belgium',
        'organization:Panama',
        'place:Sochi',
        'organization:Belgium',
        'organization:Panama',
        'title:coach',
        'person:Hernan Gomez',
      ],
    );
    const b = analyzer.analyze('The summit in Belgium ended. Delegates flew from Panama.');
    assert.deepEqual(
      b.mentions.map((m) => `${m.type}:${m.text}`),
      ['place:Belgium', 'place:Panama'],
    );
  });

  it('links a bare surname to the full name used earlier', () => {
    const a = analyzer.analyze('Colonel Olzhas Khusainov spoke first. Later, Khusainov left.');
    const people = a.entities.filter((e) => e.type === 'person');
    assert.equal(people.length, 1);
    assert.equal(people[0].name, 'Olzhas Khusainov');
    assert.equal(people[0].mentions.length, 2);
    assert.equal(people[0].rank, 'Colonel');
  });

  it('links a demonym to its country', () => {
    const a = analyzer.analyze('The Kazakh delegation visited Astana.');
    const kazakh = a.mentions.find((m) => m.text === 'Kazakh');
    assert.equal(kazakh?.type, 'nationality');
    const country = a.entities.find((e) => e.id === kazakh?.entity);
    assert.equal(country?.name, 'Kazakhstan');
    const astana = a.entities.find((e) => e.name === 'Astana');
    assert.equal(astana?.country, country?.id);
  });

  it('skips broken user entries with a warning on every analysis, keeping the good ones', () => {
    const fresh = new Analyzer();
    const lexicon = [
      { name: 'Anitkabyr', type: 'place' },
      { name: '', type: 'place' },
      { name: 'Acme', type: 'spaceship' },
    ] as unknown as LexiconEntry[];
    for (let round = 0; round < 2; round++) {
      const a = fresh.analyze('They met at Anitkabyr and Acme.', { lexicon });
      const warning = a.problems.find((p) => p.code === 'lexicon-entry');
      assert.ok(warning, `round ${round}: a warning`);
      assert.match(warning.message, /^2 user lexicon entries were ignored/);
      assert.ok(a.mentions.some((m) => m.type === 'place' && m.text === 'Anitkabyr'));
      assert.ok(!a.mentions.some((m) => (m.type as string) === 'spaceship'));
    }
  });

  it('takes user entries over its own reading, and drops "not an entity" entries', () => {
    const fresh = new Analyzer();
    const text = 'Delegates laid a wreath at the Anitkabyr complex, then met Acme Widgets.';
    const a = fresh.analyze(text, {
      lexicon: [
        { name: 'Anitkabyr', type: 'place', country: 'Türkiye' },
        { name: 'Acme Widgets', type: 'none' },
      ],
    });
    const found = a.mentions.map((m) => `${m.type}:${m.text}`);
    assert.ok(found.includes('place:Anitkabyr'), JSON.stringify(found));
    assert.ok(!found.some((f) => f.includes('Acme')), JSON.stringify(found));
  });
});
