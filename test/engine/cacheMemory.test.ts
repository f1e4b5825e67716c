// Memory that must stay flat however long a session runs: typing in a paragraph leaves one
// version of it in the block cache, not one per keystroke, and documents opened, edited and
// closed again and again leave nothing behind. Measured by counts and by growth of the heap kept
// after a full garbage collection, never by time.
import * as assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { BlockCache } from '../../server/src/engine/cache/blockCache';
import { Analyzer } from '../../server/src/engine/pipeline';
import type { BlockResult } from '../../server/src/engine/model/candidate';

const nothing = (): BlockResult => ({ candidates: [], loose: [] });

/** The heap in use after a full collection, in bytes. */
function heapKept(): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const FIRST = ['Ilse', 'Marten', 'Ozan', 'Priya', 'Tomasz', 'Yusra', 'Bram', 'Leonie', 'Kwame', 'Sanna'];
const LAST = ['Varga', 'Okafor', 'Lindqvist', 'Demir', 'Haddad', 'Moreau', 'Nakamura', 'Petrov', 'Quispe'];
const TOWNS = ['Tampere', 'Leuven', 'Izmir', 'Gdansk', 'Porto', 'Kumasi', 'Rosario', 'Sapporo', 'Graz'];

/** A paragraph of about a kilobyte, different for every `n`: people, places and dates to recognise. */
function paragraph(n: number): string {
  const pick = (list: string[], k: number): string => list[(n * 7 + k * 3) % list.length];
  const sentences: string[] = [];
  for (let k = 0; k < 7; k++)
    sentences.push(
      `${pick(FIRST, k)} ${pick(LAST, k + 1)} told reporters in ${pick(TOWNS, k + 2)} on March ${(n % 27) + 1}, ` +
        `${1990 + ((n + k) % 30)}, that the council had approved plan number ${n * 10 + k} after a long debate.`,
    );
  return sentences.join(' ');
}

function documentOf(first: number, paragraphs: number): string {
  const parts = [`date 2024-05-${String((first % 28) + 1).padStart(2, '0')}`];
  for (let i = 0; i < paragraphs; i++) parts.push(paragraph(first + i));
  return parts.join('\n\n');
}

describe('engine: memory over long sessions', () => {
  it('keeps one version of a paragraph being typed in, not one per keystroke', () => {
    const cache = new BlockCache();
    let text = documentOf(0, 40);
    cache.blocksOf(text, undefined, nothing);
    assert.equal(cache.size, 41);
    // 300 characters typed, one analysis each, into three paragraphs in turn (100 each).
    const starts = [5, 20, 33].map((p) => text.indexOf(paragraph(p)));
    for (let i = 0; i < 300; i++) {
      const phase = Math.floor(i / 100);
      // Earlier phases typed 100 characters above this paragraph each.
      const at = starts[phase] + 10 + phase * 100 + (i % 100);
      text = `${text.slice(0, at)}${'abc'[i % 3]}${text.slice(at)}`;
      cache.blocksOf(text, undefined, nothing);
      assert.ok(cache.size <= 42, `after ${i + 1} keystrokes the cache holds ${cache.size} blocks`);
    }
  });

  it('keeps the blocks of another document analysed in between (nothing of it was replaced)', () => {
    const cache = new BlockCache();
    const a = documentOf(0, 10);
    const b = documentOf(100, 10);
    cache.blocksOf(a, undefined, nothing);
    cache.blocksOf(b, undefined, nothing);
    assert.equal(cache.size, 22);
    let recognised = 0;
    cache.blocksOf(a, undefined, () => (recognised++, nothing()));
    assert.equal(recognised, 0, 'document a was taken whole from the cache');
  });

  it('keeps the heap flat over open, edit and close cycles of several documents', function () {
    this.timeout(120_000); // a few seconds alone; more on a loaded machine (nothing here is timed)
    // (A closed document is released: OpenDocuments.forget does so in the server.)
    const analyzer = new Analyzer();
    analyzer.analyze('date 2024-05-06\n\nThe data files are loaded.');
    const documents = [0, 1, 2, 3].map((d) => documentOf(d * 1000, 60));
    const before = heapKept();
    let afterFirstRound = 0;
    let halfway = 0;
    const cycles = 320;
    for (let c = 0; c < cycles; c++) {
      const text = documents[c % documents.length];
      analyzer.analyze(text);
      // One character typed somewhere new each cycle, as a user would; the document is then closed.
      const at = Math.floor((text.length * ((c * 7919) % 1000)) / 1000);
      const edited = `${text.slice(0, at)}x${text.slice(at)}`;
      analyzer.analyze(edited);
      analyzer.release(edited);
      if (c + 1 === 2 * documents.length) afterFirstRound = heapKept();
      if (c + 1 === cycles / 2) halfway = heapKept();
    }
    const after = heapKept();
    const documentsCost = afterFirstRound - before;
    // Growth over the second half only: the first cycles also fill the engine's compiled code and
    // lazy tables (a few hundred KB, more on a loaded machine), which a kept paragraph per cycle
    // (the old leak, ~6 KB each) outgrows within 160 cycles.
    const growth = after - halfway;
    // Before, every cycle's edited paragraph stayed in the cache when its document was closed:
    // 160 versions in the second half alone, about a third as much as the four documents.
    assert.ok(
      growth < 0.1 * documentsCost,
      `heap kept grew by ${(growth / 1e6).toFixed(2)} MB over the last ${cycles / 2} cycles; ` +
        `the four documents cost ${(documentsCost / 1e6).toFixed(2)} MB`,
    );
  });
});
