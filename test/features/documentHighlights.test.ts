// Document highlights over the real engine's analysis, against the seed's gold annotation and a
// small text whose dates are worked out by hand.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DocumentHighlightKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from '../../server/src/engine/pipeline';
import { documentHighlightsAt } from '../../server/src/features/documentHighlights';
import { readGold } from '../helpers/gold';

const SEED = readFileSync('seeds/000_b25a24690d4f76d1.txt', 'utf8');
const GOLD = readGold('seeds/000_b25a24690d4f76d1.gold.json');
const { Write, Text } = DocumentHighlightKind;

function highlights(doc: TextDocument, offset: number, text: string): [string, number][] | null {
  const found = documentHighlightsAt(doc, new Analyzer().analyze(text), offset);
  if (found === null) return null;
  return found.map((h) => [text.slice(doc.offsetAt(h.range.start), doc.offsetAt(h.range.end)), h.kind ?? 0]);
}

describe('features/documentHighlights', () => {
  const seedDoc = TextDocument.create('file:///seed.txt', 'plaintext', 1, SEED);

  it('on "Zhaksylykov": every gold mention of the person, the first (introduction) as Write', () => {
    const gold = GOLD.mentions
      .filter((m) => m.entity === 'P-zhaksylykov' && m.type === 'person')
      .sort((a, b) => a.start - b.start);
    const found = documentHighlightsAt(seedDoc, new Analyzer().analyze(SEED), gold[1].start + 1);
    assert.ok(found);
    assert.deepEqual(
      found.map((h) => [seedDoc.offsetAt(h.range.start), seedDoc.offsetAt(h.range.end), h.kind]),
      gold.map((m, i) => [m.start, m.end, i === 0 ? Write : Text]),
    );
  });

  it('on the seed’s "Nov. 7": that date, the only mention of its value in the gold', () => {
    const gold = GOLD.mentions.filter((m) => m.type === 'date' && m.value === '2023-11-07');
    assert.equal(gold.length, 1);
    assert.deepEqual(highlights(seedDoc, gold[0].start + 2, SEED), [['Nov. 7', Write]]);
  });

  it('on a date: the mentions with the same value, however written', () => {
    const text =
      'date 2023-11-08\n\nThe talks in Ankara began on Nov. 7 and ended on Nov. 9.\n\n' +
      'Officials said yesterday that the Nov. 7 session was closed.\n';
    const doc = TextDocument.create('file:///dates.txt', 'plaintext', 1, text);
    assert.deepEqual(highlights(doc, text.lastIndexOf('Nov. 7') + 1, text), [
      ['Nov. 7', Write],
      ['yesterday', Text],
      ['Nov. 7', Text],
    ]);
    assert.deepEqual(highlights(doc, text.indexOf('Nov. 9') + 5, text), [['Nov. 9', Write]]);
  });

  it('off any mention: null', () => {
    assert.equal(highlights(seedDoc, SEED.indexOf('have solidified') + 2, SEED), null);
    const empty = TextDocument.create('file:///empty.txt', 'plaintext', 1, '');
    assert.equal(highlights(empty, 0, ''), null);
  });
});
