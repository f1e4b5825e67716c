// The Outline built once per document version: asked twice, the server answers from its cache;
// after an edit (a new version and a new analysis) it builds the Outline of the new text.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from '../../server/src/engine/analyze';
import { cachedDocumentSymbols, documentSymbols } from '../../server/src/features/documentSymbols';

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
