// Code actions (corrections) on sentences written for them: which actions a mention, a selection
// and plain text get, and the command and change each carries.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from '../../server/src/engine/pipeline';
import { codeActions } from '../../server/src/features/codeActions';
import type { AddLexiconEntryParams, SameEntityParams } from '../../server/src/protocol';

const TEXT =
  'ASTANA — Colonel Ruslan Zhaksylykov met Aigerim Bekova on Monday. Zhaksylikov said the talks went well.';

describe('features/codeActions', () => {
  const doc = TextDocument.create('file:///w/a.news', 'news', 1, TEXT);
  const analysis = new Analyzer().analyze(TEXT);
  const at = (text: string, offset = 1) => {
    const p = doc.positionAt(TEXT.indexOf(text) + offset);
    return { start: p, end: p };
  };
  const span = (text: string) => ({
    start: doc.positionAt(TEXT.indexOf(text)),
    end: doc.positionAt(TEXT.indexOf(text) + text.length),
  });
  const changes = (actions: ReturnType<typeof codeActions>) =>
    actions.map((a) => (a.command?.arguments?.[0] as AddLexiconEntryParams).change);

  it('offers a person mention every other type, not an entity, and the same entity as each other person', () => {
    const actions = codeActions(doc, analysis, at('Zhaksylikov'), { quickPick: false });
    assert.deepEqual(
      actions.map((a) => a.title),
      [
        'Mark “Zhaksylikov” as organization',
        'Mark “Zhaksylikov” as place',
        'Mark “Zhaksylikov” as rank',
        'Mark “Zhaksylikov” as title',
        'Mark “Zhaksylikov” as not an entity',
        'Mark “Zhaksylikov” as the same entity as Aigerim Bekova',
        'Mark “Zhaksylikov” as the same entity as Ruslan Zhaksylykov',
      ],
    );
    assert.ok(
      actions.every(
        (a) => a.kind === 'quickfix.newsmark' && a.command?.command === 'newsmark.addLexiconEntry',
      ),
    );
    assert.deepEqual(changes(actions)[6], {
      kind: 'alias',
      name: 'Ruslan Zhaksylykov',
      type: 'person',
      alias: 'Zhaksylikov',
    });
    assert.equal((actions[0].command?.arguments?.[0] as AddLexiconEntryParams).uri, 'file:///w/a.news');
  });

  it('gives one "same entity as …" action for the client’s quick pick, with the choices by mentions', () => {
    const actions = codeActions(doc, analysis, at('Zhaksylikov'), { quickPick: true });
    const pick = actions[actions.length - 1];
    assert.equal(pick.title, 'Mark “Zhaksylikov” as the same entity as …');
    assert.equal(pick.command?.command, 'newsmark.sameEntityAs');
    const params = pick.command?.arguments?.[0] as SameEntityParams;
    assert.equal(params.alias, 'Zhaksylikov');
    assert.deepEqual(
      params.choices.map((c) => c.name),
      ['Aigerim Bekova', 'Ruslan Zhaksylykov'],
    );
  });

  it('offers a selection every type, by its text, and nothing for a caret off any mention', () => {
    const actions = codeActions(doc, analysis, span('the talks'), { quickPick: false });
    assert.deepEqual(changes(actions).slice(0, 6), [
      { kind: 'mark', name: 'the talks', type: 'person' },
      { kind: 'mark', name: 'the talks', type: 'organization' },
      { kind: 'mark', name: 'the talks', type: 'place' },
      { kind: 'mark', name: 'the talks', type: 'rank' },
      { kind: 'mark', name: 'the talks', type: 'title' },
      { kind: 'mark', name: 'the talks', type: 'none' },
    ]);
    assert.deepEqual(codeActions(doc, analysis, at('talks went'), { quickPick: false }), []);
  });

  it('offers a rank mention no "same entity", and nothing for a selection across lines', () => {
    const titles = codeActions(doc, analysis, at('Colonel'), { quickPick: false }).map((a) => a.title);
    assert.ok(titles.includes('Mark “Colonel” as person') && !titles.includes('Mark “Colonel” as rank'));
    assert.ok(!titles.some((t) => t.includes('same entity')), titles.join('\n'));
    const two = TextDocument.create('file:///w/b.news', 'news', 1, 'Ata\nBek');
    assert.deepEqual(
      codeActions(
        two,
        new Analyzer().analyze('Ata\nBek'),
        { start: two.positionAt(0), end: two.positionAt(7) },
        {
          quickPick: false,
        },
      ),
      [],
    );
  });
});
