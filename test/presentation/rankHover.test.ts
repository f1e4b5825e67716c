// What the hover tells about a rank: whose table its row is. A rank is read in the table of its
// holder's country where the article gives one; where that country has no table, the card says so
// and gives the NATO code only as comparable, so that no reader takes another army's row as official.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from '../../server/src/engine/pipeline';
import { hoverAt } from '../../server/src/features/hover';

/** The hover card's lines over the first occurrence of `rank` in `text`. */
function rankCard(text: string, rank: string): string[] {
  const analysis = new Analyzer().analyze(text, { articleDate: '2025-05-14' });
  const doc = TextDocument.create('file:///rank.news', 'news', 1, text);
  const hover = hoverAt(doc, analysis, text.indexOf(rank));
  assert.ok(hover, `no hover over ${rank}`);
  return (hover.contents as { value: string }).value.split('  \n');
}

describe('presentation: a rank’s card', () => {
  it('a country with a table: its row, its NATO code as the table gives it', () => {
    const card = rankCard('Lt Gen Harjeet Mann of the Indian Army opened the bridge.', 'Lt Gen');
    assert.ok(card.includes('**Tradition:** India'), card.join('\n'));
    assert.ok(card.includes('**Holder’s country:** India'), card.join('\n'));
    assert.ok(card.includes('**NATO code:** comparable to OF-8'), card.join('\n'));
  });

  it('a country with no table: says so, and the code is only comparable', () => {
    const card = rankCard('Ghanaian Major General Kofi Mensah led the mission.', 'Major General');
    assert.ok(
      card.includes('**Tradition:** none for Ghana here; the US rank shown to compare'),
      card.join('\n'),
    );
    assert.ok(card.includes('**NATO code:** comparable to OF-7'), card.join('\n'));
    assert.ok(!card.some((l) => l.includes('official')), card.join('\n'));
  });

  it('a country read in the dateline says where it was read', () => {
    const card = rankCard('PESHAWAR, May 14 (APP) - Maj Gen Adil Rehman met elders on Wednesday.', 'Maj Gen');
    assert.ok(card.includes('**Holder’s country:** Pakistan (from the dateline)'), card.join('\n'));
  });

  it('no country in the article: the row is a default, and says so', () => {
    const card = rankCard('Colonel Bruno Keller retired on Tuesday.', 'Colonel');
    assert.ok(card.includes('**Tradition:** US (the holder’s country is not given)'), card.join('\n'));
    assert.ok(card.includes('**NATO code:** OF-5 (official in the US table)'), card.join('\n'));
  });
});
