// prepareEngine builds the data, indexes and compiled patterns ahead of the first document. It must
// leave no trace in what the engine finds: patterns left mid-search (a global pattern's lastIndex)
// would make the next article's search start in the wrong place.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer } from '../../server/src/engine/pipeline';
import { prepareEngine } from '../../server/src/engine/prepare';
import { findDataDir, loadLexicon, withUserEntries } from '../../server/src/engine/data/lexicon';
import { derive } from '../../server/src/engine/data/derived';
import { readGold } from '../helpers/gold';
import { findRepoRoot } from '../../scripts/eval/corpus';

const SEED = join(findRepoRoot(__dirname), 'seeds', '000_b25a24690d4f76d1');

describe('engine: prepareEngine', () => {
  it('changes nothing the engine finds: the seed dates after it are the gold dates', () => {
    prepareEngine();
    const gold = readGold(`${SEED}.gold.json`);
    const text = readFileSync(`${SEED}.txt`, 'utf8');
    const analysis = new Analyzer().analyze(text);
    const found = analysis.mentions
      .filter((m) => m.type === 'date')
      .map((m) => `${m.start}-${m.end}=${m.value}`);
    const expected = gold.mentions
      .filter((m) => m.type === 'date' && !m.optional)
      .map((m) => `${m.start}-${m.end}=${m.value}`);
    assert.ok(expected.length >= 3, 'the gold has dates');
    for (const e of expected) assert.ok(found.includes(e), `${e} not among ${found.join(', ')}`);
  });

  it('prepares the tables a lexicon with user entries reads too: they are built from the same data', () => {
    const base = loadLexicon();
    prepareEngine(base);
    const withUser = withUserEntries(base, [{ name: 'Anitkabyr', type: 'place' }]);
    assert.notEqual(withUser, base);
    assert.equal(derive(withUser), derive(base));
    // Data loaded again is other data to derive(): its tables are its own.
    const reloaded = loadLexicon(findDataDir());
    assert.notEqual(derive(reloaded), derive(base));
    assert.equal(derive(withUser), derive(base));
  });
});
