// Fuzzy matching as VS Code's symbol search does it, and the workspace symbols over a hand-made index.
import assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver';
import { fuzzyScore, workspaceSymbols } from '../../server/src/features/workspaceSymbols';
import { WorkspaceIndex } from '../../server/src/workspace/index';
import { entityKey, type EntityPosting, type IndexedType } from '../../server/src/workspace/keys';

function posting(type: IndexedType, name: string, mentions = 1, line = 0): EntityPosting {
  const ranges: number[] = [];
  for (let i = 0; i < mentions; i++) ranges.push(line + i, 0, line + i, name.length);
  return { key: entityKey(type, name), name, ranges, full: 0 };
}

describe('features/workspaceSymbols', () => {
  describe('fuzzyScore', () => {
    it('matches the query’s characters in order, anywhere, spaces ignored', () => {
      assert.notEqual(fuzzyScore('rzh', 'ruslan zhaksylykov'), undefined);
      assert.notEqual(fuzzyScore('ruslan zh', 'ruslan zhaksylykov'), undefined);
      assert.equal(fuzzyScore('zr', 'ruslan zhaksylykov'), undefined);
      assert.equal(fuzzyScore('x', 'ruslan zhaksylykov'), undefined);
      assert.equal(fuzzyScore('', 'anything'), 0);
    });

    it('ranks word starts and runs above scattered letters, and a match at the start highest', () => {
      const words = fuzzyScore('rz', 'ruslan zhaksylykov') as number;
      const scattered = fuzzyScore('rz', 'frozen') as number;
      assert.ok(words > scattered, `${words} vs ${scattered}`);
      const run = fuzzyScore('kaz', 'kazakh army') as number;
      const spread = fuzzyScore('kaz', 'kuala zagreb') as number;
      assert.ok(run > spread, `${run} vs ${spread}`);
      const start = fuzzyScore('army', 'army of kazakhstan') as number;
      const inside = fuzzyScore('army', 'kazakh army') as number;
      assert.ok(start > inside, `${start} vs ${inside}`);
    });

    it('takes a letter at a word start over the same letter earlier inside a word', () => {
      // "ak": the first "a" of "mahmut aksoy" is inside "mahmut"; the better match is "aksoy".
      const wordStart = fuzzyScore('ak', 'mahmut aksoy') as number;
      const inside = fuzzyScore('ak', 'makbule') as number;
      assert.ok(wordStart > inside, `${wordStart} vs ${inside}`);
    });
  });

  describe('workspaceSymbols', () => {
    const index = new WorkspaceIndex();
    index.set('file:///w/b.news', {
      date: '2023-11-08',
      entities: [posting('person', 'Ruslan Zhaksylykov', 2, 3), posting('organization', 'Kazakh Army')],
    });
    index.set('file:///w/a.news', {
      date: '2023-11-09',
      entities: [posting('person', 'Ruslan Zhaksylykov', 1, 5)],
    });
    index.set('file:///w/c.news', {
      date: '2023-11-10',
      entities: [posting('place', 'Zhambyl'), posting('date', '2023-11-08')],
    });

    it('lists people, organizations and places (not dates), with counts, at the earliest article', () => {
      const found = workspaceSymbols(index, 'zh');
      assert.deepEqual(
        found.map((s) => s.name),
        // "Kazakh Army" too: z and h in order, inside words, so last.
        ['Zhambyl', 'Ruslan Zhaksylykov', 'Kazakh Army'],
      );
      const person = found[1];
      assert.equal(person.kind, SymbolKind.Variable);
      assert.equal(person.location.uri, 'file:///w/b.news');
      assert.equal(person.location.range.start.line, 3);
      assert.equal(person.containerName, 'Person · 2 articles · 3 mentions · first in b.news');
      assert.deepEqual(workspaceSymbols(index, '2023'), []);
    });

    it('caps the result count; an empty query lists the entities in most articles first', () => {
      assert.equal(workspaceSymbols(index, '', 2).length, 2);
      assert.equal(workspaceSymbols(index, '')[0].name, 'Ruslan Zhaksylykov');
    });
  });
});
