// Hover, Outline, folding and diagnostics over the real engine's analysis of the seed and of
// small documents, checked against the gold annotation's facts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from '../../server/src/engine/pipeline';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { foldingRanges } from '../../server/src/features/foldingRanges';
import { hoverAt } from '../../server/src/features/hover';

const SEED = readFileSync('seeds/000_b25a24690d4f76d1.txt', 'utf8');

describe('features/providers on the real engine', () => {
  const analyzer = new Analyzer();
  const doc = TextDocument.create('file:///seed.txt', 'plaintext', 1, SEED);
  const analysis = analyzer.analyze(SEED);

  it('hover over the header date: markdown card with value and weekday, range = the mention', () => {
    const hover = hoverAt(doc, analysis, 8);
    assert.ok(hover);
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /\*\*Date\*\*/);
    assert.match(value, /Wednesday/);
    assert.deepEqual(hover.range, { start: { line: 0, character: 6 }, end: { line: 0, character: 16 } });
  });

  it('hover over the dateline names it a place', () => {
    const hover = hoverAt(doc, analysis, 19);
    assert.ok(hover);
    assert.match((hover.contents as { value: string }).value, /\*\*Place\*\*/);
  });

  it('Outline: Article first with the date and dateline, then groups with distinct kinds', () => {
    const symbols = documentSymbols(doc, analysis);
    assert.equal(symbols[0].name, 'Article');
    assert.equal(symbols[0].detail, '2023-11-08 · ASTANA');
    const kinds = symbols.slice(1).map((s) => s.kind);
    assert.equal(new Set(kinds).size, kinds.length);
  });

  it('Outline: an entity mentioned 150 times shows its next two mentions and sums up the other 147', () => {
    const text = Array.from({ length: 150 }, (_, i) => `Delegates met in Ankara on day ${i + 1}.`).join(
      '\n\n',
    );
    const big = TextDocument.create('file:///many.txt', 'plaintext', 1, text);
    const symbols = documentSymbols(big, new Analyzer().analyze(text));
    const places = symbols.find((s) => s.name === 'Places');
    const ankara = places?.children?.find((s) => s.name === 'Ankara');
    assert.ok(ankara, JSON.stringify(places));
    assert.equal(ankara.detail, 'city · 150×');
    // The row itself selects the first mention (line 0); paragraphs are two lines apart.
    assert.equal(ankara.selectionRange.start.line, 0);
    assert.deepEqual(
      ankara.children?.map((c) => [c.name, c.detail, c.range.start.line]),
      [
        ['Ankara', 'line 3', 2],
        ['Ankara', 'line 5', 4],
        ['… 147 more mentions', 'from line 7', 6],
      ],
    );
  });

  it('Outline: an entity mentioned once is a single row, its count left out', () => {
    const symbols = documentSymbols(doc, analysis);
    const people = symbols.find((s) => s.name === 'People');
    const khusainov = people?.children?.find((s) => s.name === 'Olzhas Khusainov');
    assert.ok(khusainov, JSON.stringify(people?.children?.map((c) => c.name)));
    // Rank and office as the gold annotates them ("Colonel", "head"); mentioned once in the gold.
    assert.equal(khusainov.detail, 'Colonel · head');
    assert.equal(khusainov.children, undefined);
    const at = SEED.indexOf('Olzhas Khusainov');
    assert.deepEqual(khusainov.selectionRange, {
      start: doc.positionAt(at),
      end: doc.positionAt(at + 'Olzhas Khusainov'.length),
    });
    assert.deepEqual(khusainov.range, khusainov.selectionRange);
  });

  it('Outline: three later mentions are all shown rather than two and "… 1 more"', () => {
    const text = ['Ankara', 'Ankara again', 'Ankara once more', 'Ankara at last'].join(' met.\n\n') + '.';
    const four = TextDocument.create('file:///four.txt', 'plaintext', 1, text);
    const places = documentSymbols(four, new Analyzer().analyze(text)).find((s) => s.name === 'Places');
    const ankara = places?.children?.find((s) => s.name === 'Ankara');
    assert.ok(ankara, JSON.stringify(places));
    assert.deepEqual(
      ankara.children?.map((c) => c.detail),
      ['line 3', 'line 5', 'line 7'],
    );
  });

  it('folding: one range per multi-line paragraph, none for one-line paragraphs', () => {
    const text = 'a\nb\n\nc\n\nd\ne\nf';
    const ranges = foldingRanges(TextDocument.create('u', 'news', 1, text));
    assert.deepEqual(ranges, [
      { startLine: 0, endLine: 1 },
      { startLine: 5, endLine: 7 },
    ]);
    assert.deepEqual(foldingRanges(doc), []);
  });

  it('diagnostics: a malformed header date becomes a warning over the date', () => {
    const text = 'date 2023-02-30\nBody.';
    const d = toDiagnostics(TextDocument.create('u', 'news', 1, text), analyzer.analyze(text).problems);
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 2);
    assert.equal(d[0].source, 'newsmark');
    assert.deepEqual(d[0].range, { start: { line: 0, character: 5 }, end: { line: 0, character: 15 } });
  });

  it('diagnostics: offsets beyond the text are clamped, severities mapped', () => {
    const d = toDiagnostics(TextDocument.create('u', 'news', 1, 'abc'), [
      { start: 2, end: 99, severity: 'error', message: 'm', code: 'c' },
      { start: 0, end: 0, severity: 'info', message: 'm', code: 'c' },
    ]);
    assert.deepEqual(
      d.map((x) => [x.severity, x.range.end.character]),
      [
        [1, 3],
        [3, 0],
      ],
    );
  });
});
