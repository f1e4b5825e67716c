// A long analysis can be stopped between blocks (the server asks whether its request was
// cancelled, and yields the thread now and then): it throws AnalysisCancelled, and analysing the
// same text again goes on from the block it stopped at, giving what an uninterrupted analysis gives.
import * as assert from 'node:assert/strict';
import { AnalysisCancelled, Analyzer } from '../../server/src/engine/pipeline';
import { splitBlocks } from '../../server/src/engine/text/blocks';
import { findRepoRoot, loadDev, loadSeed } from '../../scripts/eval/corpus';

const root = findRepoRoot(__dirname);

/** The seed and development articles as one dated document. */
function archive(count: number): string {
  const docs = [...loadSeed(root), ...loadDev(root).slice(0, count)];
  return `date 2023-11-08\n\n${docs.map((d) => d.text.replace(/^\s*date \S+\s*/, '')).join('\n\n')}`;
}

/** Analyses `text` in slices: `isCancelled` says yes at every `every`-th question; returns the tries. */
function analyseInSlices(analyzer: Analyzer, text: string, every: number): { json: string; tries: number } {
  let asked = 0;
  const isCancelled = (): boolean => ++asked % every === 0;
  for (let tries = 1; ; tries++) {
    try {
      return { json: JSON.stringify(analyzer.analyze(text, { isCancelled })), tries };
    } catch (error) {
      if (!(error instanceof AnalysisCancelled)) throw error;
    }
  }
}

describe('engine: cancellation between blocks', function () {
  this.timeout(60000);
  const text = archive(20);
  const blocks = splitBlocks(text).length;
  const fresh = JSON.stringify(new Analyzer().analyze(text));

  it('stops when asked, and goes on where it stopped: every block is recognised once', () => {
    const analyzer = new Analyzer();
    const { json, tries } = analyseInSlices(analyzer, text, 5);
    assert.equal(json, fresh);
    // Four blocks per try (the fifth question stops it): about blocks / 4 tries.
    assert.equal(tries, Math.ceil(blocks / 4), `${blocks} blocks`);
    assert.equal(analyzer.lastRecognized, blocks, 'no block was recognised twice');
  });

  it('asks nothing and stops nowhere when every block is in the cache', () => {
    const analyzer = new Analyzer();
    analyzer.analyze(text);
    const json = JSON.stringify(analyzer.analyze(text, { isCancelled: () => true }));
    assert.equal(json, fresh);
  });

  it('gives the right analysis after a stop, another text and the first text again', () => {
    const analyzer = new Analyzer();
    assert.throws(() => analyzer.analyze(text, { isCancelled: () => true }), AnalysisCancelled);
    const other = archive(3);
    assert.equal(JSON.stringify(analyzer.analyze(other)), JSON.stringify(new Analyzer().analyze(other)));
    // Stopped half-way through the first text, then an edit of it: the edited text is analysed in full.
    let asked = 0;
    assert.throws(
      () => analyzer.analyze(text, { isCancelled: () => ++asked > blocks / 2 }),
      AnalysisCancelled,
    );
    const edited = text.replace('date 2023-11-08', 'date 2023-11-09');
    assert.equal(JSON.stringify(analyzer.analyze(edited)), JSON.stringify(new Analyzer().analyze(edited)));
    assert.equal(JSON.stringify(analyzer.analyze(text)), fresh);
  });
});
