// The Analyzer re-recognises only the paragraphs an edit changed and reads the others from its
// cache, moved to where they now are. Whatever the edits, its result must be exactly what a fresh
// analyzer finds in the same text: these tests edit real articles and compare the two. Then what
// the pipeline itself says: the lexicon warning's list of types, the entity ids' prefixes.
import * as assert from 'node:assert/strict';
import { Analyzer } from '../../server/src/engine/pipeline';
import { MENTION_TYPES, TYPE_FACTS, type AnalyzeOptions } from '../../server/src/engine/model/types';
import { findRepoRoot, loadDev, loadSeed } from '../../scripts/eval/corpus';

const root = findRepoRoot(__dirname);

/** The seed and the first development articles as one dated document (about 40 KB). */
function archive(): string {
  const docs = [...loadSeed(root), ...loadDev(root).slice(0, 25)];
  const bodies = docs.map((d) => d.text.replace(/^\s*date \S+\s*/, ''));
  return `date 2023-11-08\n\n${bodies.join('\n\n')}`;
}

function assertSameAsFresh(
  analyzer: Analyzer,
  text: string,
  label: string,
  options: AnalyzeOptions = {},
): void {
  const incremental = analyzer.analyze(text, options);
  const fresh = new Analyzer().analyze(text, options);
  assert.ok(fresh.mentions.length > 100, `${label}: the document has mentions`);
  // JSON text: the same properties in the same order, as a client receives them.
  assert.equal(JSON.stringify(incremental), JSON.stringify(fresh), label);
}

describe('engine: incremental analysis', function () {
  this.timeout(20000);

  it('gives what a fresh analysis gives after typing, adding, removing and joining paragraphs', () => {
    const analyzer = new Analyzer();
    let text = archive();
    analyzer.analyze(text);
    const middle = text.indexOf('\n\n', text.length >> 1);
    const edits: [string, (t: string) => string][] = [
      ['a character typed mid-paragraph', (t) => `${t.slice(0, middle - 20)}x${t.slice(middle - 20)}`],
      [
        'a paragraph added near the top (every block below moves)',
        (t) =>
          `${t.slice(0, 17)}General John Smith of the Ministry of Defense visited Ankara.\n\n${t.slice(17)}`,
      ],
      [
        'a name typed at the end of a paragraph',
        (t) => `${t.slice(0, middle)} Zhaksylykov said.${t.slice(middle)}`,
      ],
      ['a paragraph removed', (t) => t.slice(0, 200) + t.slice(t.indexOf('\n\n', 400))],
      ['two paragraphs joined', (t) => t.slice(0, middle) + ' ' + t.slice(middle + 2)],
      // The header's paragraph moves too: the metadata found over the whole text (header date,
      // dateline) meets cached candidates that must be read at their new place.
      ['blanks before the header', (t) => `  ${t}`],
      ['paragraphs repeated at the end', (t) => `${t}\n\n${t.slice(100, 5000)}`],
    ];
    for (const [label, edit] of edits) {
      text = edit(text);
      assertSameAsFresh(analyzer, text, label);
    }
    // Nothing recognised again for an unchanged document.
    analyzer.analyze(text);
    assert.equal(analyzer.lastRecognized, 0);
  });

  it('recognises again what depends on the article date or the user lexicon when they change', () => {
    const analyzer = new Analyzer();
    let text = archive();
    analyzer.analyze(text);
    text = text.replace('date 2023-11-08', 'date 2024-02-29');
    assertSameAsFresh(analyzer, text, 'another header date');
    text = text.replace('date 2024-02-29\n', '');
    assertSameAsFresh(analyzer, text, 'no header date');
    assertSameAsFresh(analyzer, text, 'a date given as an option', { articleDate: '2021-05-06' });
    const lexicon: AnalyzeOptions['lexicon'] = [{ name: 'Ministry of Defense', type: 'none' }];
    assertSameAsFresh(analyzer, text, 'a user lexicon entry', { lexicon });
    assertSameAsFresh(analyzer, text, 'the entry removed again');
  });
});

describe('engine: pipeline', () => {
  it('tells a user with a broken lexicon entry every type an entry may have', () => {
    const lexicon = [{ name: 'Acme', type: 'spaceship' }] as unknown as AnalyzeOptions['lexicon'];
    const warning = new Analyzer()
      .analyze('Acme met.', { lexicon })
      .problems.find((p) => p.code === 'lexicon-entry');
    assert.ok(warning, 'a warning');
    const listed = /\(([^)]*) or none\)/.exec(warning.message)?.[1].split(', ');
    assert.deepEqual(listed, [...MENTION_TYPES]);
  });

  it('gives every entity an id that starts with its type’s prefix', () => {
    const analysis = new Analyzer().analyze(
      'Kazakh Colonel General Ruslan Zhaksylykov, the head of the Ministry of Defense, met on Monday in Astana.',
      { articleDate: '2024-03-05' },
    );
    const types = new Set(analysis.entities.map((e) => e.type));
    assert.deepEqual([...types].sort(), ['date', 'organization', 'person', 'place', 'rank', 'title']);
    for (const e of analysis.entities) assert.ok(e.id.startsWith(`${TYPE_FACTS[e.type].idPrefix}-`), e.id);
  });
});
