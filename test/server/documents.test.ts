// The per-version analysis cache: one analysis per version, states for non-articles and large
// documents, windows of large documents in document offsets, and failures caught.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, statusOf } from '../../server/src/documents';
import { parseSettings } from '../../server/src/settings';
import { hoverAt } from '../../server/src/features/hover';
import { WINDOW_PROBLEM } from '../../server/src/protocol';

const SEED = readFileSync('seeds/000_b25a24690d4f76d1.txt', 'utf8');

describe('documents', () => {
  it('analyses a version once, however many providers ask, and again for a new version', () => {
    const cache = new AnalysisCache(() => undefined);
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
    const cache = new AnalysisCache(() => undefined);
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
    const cache = new AnalysisCache(() => undefined);
    const entry = cache.get(TextDocument.create('file:///notes.txt', 'plaintext', 1, 'Buy milk.'));
    assert.equal(entry.state, 'off');
    assert.equal(entry.analysis, undefined);
    assert.equal(cache.analyses, 0);
  });

  it('marks a document above maxDocumentSize large, and analyses windows in document offsets', () => {
    const cache = new AnalysisCache(() => undefined);
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
    const cache = new AnalysisCache(() => undefined);
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
    const whole = new AnalysisCache(() => undefined).get(
      TextDocument.create('file:///a.txt', 'plaintext', 1, SEED),
    );
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
    const logged: string[] = [];
    const cache = new AnalysisCache((m) => logged.push(m));
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
});
