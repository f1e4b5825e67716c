// Cross-article keys and an article's postings, over the real engine's analysis of sentences
// written for them.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from '../../server/src/engine/pipeline';
import { entityKey, keyType, mentionCount, rangeAt, summarize } from '../../server/src/workspace/keys';

const TEXT =
  'date 2023-11-08\n\nASTANA — Lt. Gen. Ruslan Zhaksylykov, commander of the Kazakh Army, met NATO officials.\nZhaksylykov spoke on Nov. 7, 2023.\n';

function summary(text: string) {
  const doc = TextDocument.create('file:///a.news', 'news', 1, text);
  return summarize(new Analyzer().analyze(text), (offset) => doc.positionAt(offset));
}

describe('workspace/keys', () => {
  it('makes keys of the type and the normalized name, so case and apostrophes do not split them', () => {
    assert.equal(entityKey('person', 'Ruslan Zhaksylykov'), 'person:ruslan zhaksylykov');
    assert.equal(
      entityKey('organization', 'Ministry’s Office'),
      entityKey('organization', "ministry's office"),
    );
    assert.equal(entityKey('date', '2023-11-07'), 'date:2023-11-07');
    assert.equal(keyType('organization:kazakh army'), 'organization');
  });

  it('files a bare surname under the full name its article links it to, the full mention as definition', () => {
    const s = summary(TEXT);
    assert.equal(s.date, '2023-11-08');
    const person = s.entities.find((p) => p.key === 'person:ruslan zhaksylykov');
    assert.ok(person, s.entities.map((p) => p.key).join(', '));
    assert.equal(mentionCount(person), 2);
    assert.equal(person.full, 0);
    // "Ruslan Zhaksylykov" on line 2 at character 18; "Zhaksylykov" at the start of line 3.
    assert.deepEqual(rangeAt(person, 0), {
      start: { line: 2, character: 18 },
      end: { line: 2, character: 36 },
    });
    assert.deepEqual(rangeAt(person, 1), {
      start: { line: 3, character: 0 },
      end: { line: 3, character: 11 },
    });
    assert.equal(person.rank, 'Lieutenant General');
    assert.equal(person.rankCode, 'OF-7');
    assert.equal(person.title, 'commander');
    assert.equal(person.organization, 'Kazakh Army');
  });

  it('keys dates by value and keeps no rank or title of their own (they are per article)', () => {
    const keys = summary(TEXT).entities.map((p) => p.key);
    assert.ok(keys.includes('date:2023-11-07'));
    assert.ok(keys.includes('date:2023-11-08'));
    assert.ok(keys.includes('organization:kazakh army'));
    assert.ok(keys.includes('place:astana'));
    assert.ok(keys.every((k) => !k.startsWith('rank:') && !k.startsWith('title:')));
  });

  it('takes the first mention written in full as the definition, not a surname before it', () => {
    const s = summary('date 2023-11-08\n\nZhaksylykov arrived. Gen. Ruslan Zhaksylykov then spoke.\n');
    const person = s.entities.find((p) => p.key === 'person:ruslan zhaksylykov');
    assert.ok(person);
    assert.equal(person.full, 1);
  });
});
