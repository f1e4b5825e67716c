// The Outline built once per document version: asked twice, the server answers from its cache;
// after an edit (a new version and a new analysis) it builds the Outline of the new text. And the
// Outline of a long file: entity rows alone, above MENTION_ROWS_UP_TO entities and dates.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from '../../server/src/engine/pipeline';
import {
  cachedDocumentSymbols,
  documentSymbols,
  MENTION_ROWS_UP_TO,
} from '../../server/src/features/documentSymbols';

describe('features/documentSymbols cache', () => {
  const analyzer = new Analyzer();
  const text = 'date 2023-11-08\n\nDelegates met in Ankara.\n';

  it('answers the same version from the cache, equal to a fresh build', () => {
    const doc = TextDocument.create('file:///a.txt', 'plaintext', 1, text);
    const analysis = analyzer.analyze(text);
    const first = cachedDocumentSymbols(doc, analysis);
    assert.equal(cachedDocumentSymbols(doc, analysis), first);
    assert.deepEqual(first, documentSymbols(doc, analysis));
  });

  it('builds again for a new version, and for another document with the same analysis', () => {
    const v1 = TextDocument.create('file:///b.txt', 'plaintext', 1, text);
    const analysis = analyzer.analyze(text);
    const first = cachedDocumentSymbols(v1, analysis);
    const edited = `${text}\nThey flew on to Berlin.\n`;
    const v2 = TextDocument.update(v1, [{ text: edited }], 2);
    const second = cachedDocumentSymbols(v2, analyzer.analyze(edited));
    assert.notEqual(second, first);
    const places = second.find((s) => s.name === 'Places');
    assert.deepEqual(
      places?.children?.map((c) => c.name),
      ['Ankara', 'Berlin'],
    );
    // Same text under another URI: not the first document's symbols.
    const other = TextDocument.create('file:///c.txt', 'plaintext', 1, text);
    assert.notEqual(cachedDocumentSymbols(other, analysis), first);
  });
});

describe('features/documentSymbols in a long file', () => {
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July'];
  // 310 different dates (one a year from 1701), and Ankara in six of the paragraphs.
  const paragraphs = Array.from({ length: 310 }, (_, i) => {
    const place = i % 60 === 0 ? ' in Ankara' : '';
    return `The council met${place} on ${MONTHS[i % 7]} ${1 + (i % 28)}, ${1701 + i}.`;
  });
  const text = `date 2023-11-08\n\n${paragraphs.join('\n\n')}\n`;
  const doc = TextDocument.create('file:///long.txt', 'plaintext', 1, text);
  const symbols = documentSymbols(doc, new Analyzer().analyze(text));

  it('lists every date and entity, each a single row leading to its first mention', () => {
    assert.ok(310 > MENTION_ROWS_UP_TO);
    const dates = symbols.find((s) => s.name === 'Dates');
    // The header date (2023-11-08) and the 310 dates of the paragraphs.
    assert.equal(dates?.children?.length, 311);
    assert.equal(dates?.children?.[0].name, '1701-01-01');
    const ankara = symbols.find((s) => s.name === 'Places')?.children?.find((c) => c.name === 'Ankara');
    assert.ok(ankara);
    assert.equal(ankara.detail, 'city · 6×');
    assert.equal(ankara.children, undefined);
    const at = text.indexOf('Ankara');
    assert.deepEqual(ankara.selectionRange, {
      start: doc.positionAt(at),
      end: doc.positionAt(at + 'Ankara'.length),
    });
    for (const group of symbols)
      for (const row of group.children ?? []) assert.equal(row.children, undefined);
  });
});
