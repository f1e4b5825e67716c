// The open documents: one analysis per version, states for non-articles and large documents,
// windows of large documents in document offsets, failures caught, and what each kind of request
// gets from a large document (analysisFor's needs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ResponseError } from 'vscode-languageserver/node';
import { OpenDocuments, statusOf, windowBounds } from '../../server/src/documents';
import { parseSettings } from '../../server/src/settings';
import { hoverAt } from '../../server/src/features/hover';
import { WINDOW_PROBLEM, type StatusParams } from '../../server/src/protocol';

const SEED = readFileSync('seeds/000_b25a24690d4f76d1.txt', 'utf8');

/** Documents over the given open texts; what they log and the statuses they send are recorded. */
function openDocuments(...docs: TextDocument[]) {
  const logged: string[] = [];
  const sent: StatusParams[] = [];
  const texts = new Map(docs.map((d) => [d.uri, d]));
  const documents = new OpenDocuments(texts, { error: (m) => logged.push(m), status: (s) => sent.push(s) });
  return { documents, logged, sent };
}

describe('documents', () => {
  it('analyses a version once, however many providers ask, and again for a new version', () => {
    const { documents: cache } = openDocuments();
    const v1 = TextDocument.create('file:///a.txt', 'plaintext', 1, SEED);
    const first = cache.get(v1);
    assert.equal(cache.get(v1), first);
    assert.equal(cache.get(v1), first);
    assert.equal(cache.analyses, 1);
    assert.equal(first.state, 'ok');
    assert.equal(statusOf(first).articleDate, '2023-11-08');
    const v2 = TextDocument.update(
      v1,
      [
        {
          text: 'More text.\n\n',
          range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
        },
      ],
      2,
    );
    assert.equal(cache.peek(v2), undefined);
    assert.notEqual(cache.get(v2), first);
    assert.equal(cache.analyses, 2);
  });

  it('keeps its analyses when the settings stay the same, and drops them when they change', () => {
    const { documents: cache } = openDocuments();
    const doc = TextDocument.create('file:///a.txt', 'plaintext', 1, SEED);
    const first = cache.get(doc);
    assert.equal(cache.setSettings(parseSettings({}).settings), false);
    assert.equal(cache.get(doc), first);
    assert.equal(cache.analyses, 1);
    assert.equal(cache.setSettings(parseSettings({ articleDate: '2024-05-06' }).settings), true);
    assert.equal(statusOf(cache.get(doc)).articleDate, '2024-05-06');
    assert.equal(cache.analyses, 2);
  });

  it('marks a non-article plain-text file off without analysing it', () => {
    const { documents: cache } = openDocuments();
    const entry = cache.get(TextDocument.create('file:///notes.txt', 'plaintext', 1, 'Buy milk.'));
    assert.equal(entry.state, 'off');
    assert.equal(entry.analysis, undefined);
    assert.equal(cache.analyses, 0);
  });

  it('marks a document above maxDocumentSize large, and analyses windows in document offsets', () => {
    const { documents: cache } = openDocuments();
    cache.setSettings(parseSettings({ maxDocumentSize: 1000 }).settings);
    const text = `${SEED}\n\n${SEED}`;
    const doc = TextDocument.create('file:///big.news', 'news', 1, text);
    const entry = cache.get(doc);
    assert.equal(entry.state, 'large');
    assert.match(entry.message, /maxDocumentSize 1,000/);
    const at = text.indexOf('Olzhas Khusainov', SEED.length);
    const window = cache.window(doc, at, at + 20);
    assert.ok(window);
    assert.equal(window.meta.date, '2023-11-08');
    const person = window.mentions.find((m) => m.start === at);
    assert.equal(person?.type, 'person');
    for (const m of window.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  });

  it('says in a window analysis that it covers only part of the document; its hovers count "in this part"', () => {
    const { documents: cache } = openDocuments();
    cache.setSettings(parseSettings({ maxDocumentSize: 1000 }).settings);
    const text = `${SEED}\n\n${SEED}`;
    const doc = TextDocument.create('file:///big.news', 'news', 1, text);
    cache.get(doc);
    const at = text.indexOf('Olzhas Khusainov', SEED.length);
    const window = cache.window(doc, at, at + 20);
    assert.ok(window);
    assert.equal(window.problems.length, 1);
    const [problem] = window.problems;
    assert.equal(problem.code, WINDOW_PROBLEM);
    assert.ok(problem.start <= at && at + 20 <= problem.end, `${problem.start}–${problem.end}`);
    assert.ok(problem.end - problem.start < text.length);
    assert.match(problem.message, new RegExp(`of ${text.length.toLocaleString('en-US')} were analysed`));
    assert.match(problem.message, /newsmark\.maxDocumentSize \(1,000\)/);
    const hover = hoverAt(doc, window, at + 2);
    const value = (hover?.contents as { value: string } | undefined)?.value ?? '';
    assert.match(value, /mentions? in this part of the document/);
    assert.doesNotMatch(value, /in this article/);
    // A whole document's analysis has no such problem, and its hovers count in the article.
    const whole = openDocuments().documents.get(TextDocument.create('file:///a.txt', 'plaintext', 1, SEED));
    assert.ok(whole.analysis);
    assert.ok(!whole.analysis.problems.some((p) => p.code === WINDOW_PROBLEM));
    const seedAt = SEED.indexOf('Olzhas Khusainov');
    const seedHover = hoverAt(
      TextDocument.create('file:///a.txt', 'plaintext', 1, SEED),
      whole.analysis,
      seedAt + 2,
    );
    assert.match((seedHover?.contents as { value: string }).value, /mentions? in this article/);
  });

  it('turns an exception into an error state and a log line, not a crash', () => {
    const { documents: cache, logged } = openDocuments();
    const real = TextDocument.create('file:///x.news', 'news', 1, '');
    // The real document underneath (uri, version, …), with a getText that fails.
    const broken = Object.assign(Object.create(real) as TextDocument, {
      getText: (): string => {
        throw new Error('disk gone');
      },
    });
    const entry = cache.get(broken);
    assert.equal(entry.state, 'error');
    assert.match(entry.message, /disk gone/);
    assert.equal(entry.uri, 'file:///x.news');
    assert.equal(logged.length, 1);
  });

  describe('analysisFor: what a request gets', () => {
    const big = `${SEED}\n\n${SEED}`;
    const settings = parseSettings({ maxDocumentSize: 1000 }).settings;

    it('gives nothing for a document that is not open', () => {
      const { documents, sent } = openDocuments();
      assert.equal(documents.analysisFor('file:///closed.news', 'whole-or-window'), undefined);
      assert.deepEqual(sent, []);
    });

    it('gives the whole analysis to every need when the document is analysed, and sends its status once', () => {
      const doc = TextDocument.create('file:///a.news', 'news', 1, SEED);
      const { documents, sent } = openDocuments(doc);
      const whole = documents.analysisFor(doc.uri, 'whole');
      assert.ok(whole?.analysis);
      for (const need of ['whole-or-window', 'whole-or-refuse'] as const)
        assert.equal(documents.analysisFor(doc.uri, need)?.analysis, whole.analysis);
      assert.equal(documents.analyses, 1);
      assert.equal(sent.length, 1);
      assert.equal(sent[0].state, 'ok');
      assert.equal(sent[0].articleDate, '2023-11-08');
      // A closed and reopened document tells its status again.
      documents.forget(doc.uri);
      documents.analysisFor(doc.uri, 'whole');
      assert.equal(sent.length, 2);
    });

    it('gives nothing, and refuses nothing, for a document that is off', () => {
      const doc = TextDocument.create('file:///notes.txt', 'plaintext', 1, 'Buy milk.');
      const { documents, sent } = openDocuments(doc);
      for (const need of ['whole', 'whole-or-window', 'whole-or-refuse'] as const) {
        const found = documents.analysisFor(doc.uri, need);
        assert.equal(found?.entry.state, 'off');
        assert.equal(found?.analysis, undefined);
      }
      assert.deepEqual(
        sent.map((s) => s.state),
        ['off'],
      );
    });

    it('for a large document: nothing for "whole", a refusal for "whole-or-refuse", a window for "whole-or-window"', () => {
      const doc = TextDocument.create('file:///big.news', 'news', 1, big);
      const { documents, sent } = openDocuments(doc);
      documents.setSettings(settings);
      const whole = documents.analysisFor(doc.uri, 'whole');
      assert.equal(whole?.entry.state, 'large');
      assert.equal(whole?.analysis, undefined);
      assert.throws(
        () => documents.analysisFor(doc.uri, 'whole-or-refuse'),
        (error: unknown) =>
          error instanceof ResponseError && error.code === -32802 && error.message === whole.entry.message,
      );
      const at = big.indexOf('Olzhas Khusainov', SEED.length);
      const position = doc.positionAt(at);
      const around = documents.analysisFor(doc.uri, 'whole-or-window', { start: position, end: position });
      const person = around?.analysis?.mentions.find((m) => m.start === at);
      assert.equal(person?.type, 'person');
      assert.equal(person?.text, 'Olzhas Khusainov');
      // No range: the document's start, as far as a window reaches.
      const start = documents.analysisFor(doc.uri, 'whole-or-window')?.analysis;
      assert.equal(start?.problems[0].code, WINDOW_PROBLEM);
      assert.equal(start?.problems[0].start, 0);
      assert.equal(start?.mentions[0].text, '2023-11-08');
      assert.deepEqual(
        sent.map((s) => s.state),
        ['large'],
      );
    });
  });

  it('windowBounds: reaches for the nearest paragraph break, else line break, and stops at the limit', () => {
    //            0123 4 567 8 901 2 3456
    const text = 'aaa\n\nbbb\nccc\n\nddd';
    assert.deepEqual(windowBounds(text, 6, 7, 100), { from: 5, to: 12 });
    const lines = `${'x'.repeat(3000)}\n${'y'.repeat(3000)}`;
    assert.deepEqual(windowBounds(lines, 3005, 3005, 10_000), { from: 3001, to: 5005 });
    assert.deepEqual(windowBounds(lines, 3005, 3005, 100), { from: 3001, to: 3101 });
  });
});
