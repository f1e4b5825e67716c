// The workspace lexicon file: what a broken file or entry becomes (a problem over its own text,
// never an exception), how a correction rewrites the file (every other entry and the layout kept,
// one edit over the part that changed), and how its entries rank against the setting's.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentEdit } from 'vscode-languageserver';
import {
  lexiconWorkspaceEdit,
  parseLexicon,
  planLexiconChange,
  WorkspaceLexicons,
} from '../../server/src/workspaceLexicon';

const HAND_WRITTEN = `{
    "entries": [
        { "name": "Qorlan Group", "type": "organization" },
        { "name": "Ata", "type": "none" }
    ]
}
`;

describe('workspace lexicon: reading the file', () => {
  it('reads good entries and says nothing', () => {
    const parsed = parseLexicon(HAND_WRITTEN);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.entries, [
      { name: 'Qorlan Group', type: 'organization' },
      { name: 'Ata', type: 'none' },
    ]);
  });

  it('marks a broken entry over its own text, keeping the others', () => {
    const text =
      '{ "entries": [ { "name": "Ata", "type": "person" }, { "name": "X", "type": "alien" }, 7 ] }';
    const parsed = parseLexicon(text);
    assert.deepEqual(parsed.entries, [{ name: 'Ata', type: 'person' }]);
    assert.deepEqual(
      parsed.problems.map((p) => [text.slice(p.start, p.end), p.severity]),
      [
        ['{ "name": "X", "type": "alien" }', 'error'],
        ['7', 'error'],
      ],
    );
    assert.match(parsed.problems[0].message, /type "alien"; expected one of person, .*none; it is ignored/);
  });

  it('warns at a name given twice (the first entry wins)', () => {
    const text =
      '{"entries":[{"name":"Ata","type":"person"},{"name":"Bek","type":"place","aliases":["ATA"]}]}';
    const parsed = parseLexicon(text);
    assert.equal(parsed.entries.length, 2);
    assert.equal(parsed.problems.length, 1);
    assert.equal(parsed.problems[0].severity, 'warning');
    assert.match(parsed.problems[0].message, /"ATA" is already in entry 1/);
  });

  it('tells broken JSON and a file of the wrong shape, without throwing', () => {
    const broken = parseLexicon('{ "entries": [ { "name": "Ata", "type": "person" ');
    assert.equal(broken.wellFormed, false);
    assert.ok(broken.problems.length > 0 && broken.problems.every((p) => p.severity === 'error'));
    for (const text of ['[]', '{"entries": {}}', '"x"', '{}']) {
      const parsed = parseLexicon(text);
      assert.equal(parsed.entries.length, 0, text);
      assert.match(parsed.problems[0]?.message ?? '', /object with a list of entries/, text);
    }
    assert.deepEqual(parseLexicon('').problems, []);
  });
});

describe('workspace lexicon: recording a correction', () => {
  const apply = (before: string, after: string) => {
    const edit = lexiconWorkspaceEdit('file:///w/.newsmark/lexicon.json', before, after, {
      documentChanges: true,
      create: true,
    });
    const change = edit?.documentChanges?.[0] as TextDocumentEdit;
    assert.equal(change.edits.length, 1, 'one edit, one step to undo');
    return TextDocument.applyEdits(TextDocument.create('u', 'json', 1, before), change.edits);
  };

  it('creates the file with the first entry, formatted', () => {
    const plan = planLexiconChange(undefined, { kind: 'mark', name: 'Qorlan', type: 'organization' });
    assert.ok(typeof plan === 'object');
    assert.equal(
      plan.after,
      '{\n  "entries": [\n    {\n      "name": "Qorlan",\n      "type": "organization"\n    }\n  ]\n}\n',
    );
    assert.match(plan.message, /“Qorlan” is an organization: recorded in \.newsmark\/lexicon\.json/);
    const edit = lexiconWorkspaceEdit('file:///w/.newsmark/lexicon.json', undefined, plan.after, {
      documentChanges: true,
      create: true,
    });
    assert.deepEqual(edit?.documentChanges?.[0], {
      kind: 'create',
      uri: 'file:///w/.newsmark/lexicon.json',
      options: { ignoreIfExists: true },
    });
    assert.equal(
      lexiconWorkspaceEdit('file:///w/x.json', undefined, plan.after, {
        documentChanges: true,
        create: false,
      }),
      undefined,
    );
  });

  it('appends to a hand-written file, keeping its entries and its four-space indentation', () => {
    const plan = planLexiconChange(HAND_WRITTEN, { kind: 'mark', name: 'Bekova', type: 'person' });
    assert.ok(typeof plan === 'object');
    assert.deepEqual(JSON.parse(plan.after).entries, [
      { name: 'Qorlan Group', type: 'organization' },
      { name: 'Ata', type: 'none' },
      { name: 'Bekova', type: 'person' },
    ]);
    // Written as the entries before it are: one line each, at their indentation; they stay as they were.
    assert.equal(
      plan.after,
      HAND_WRITTEN.replace('"none" }\n', '"none" },\n        { "name": "Bekova", "type": "person" }\n'),
    );
    assert.equal(apply(HAND_WRITTEN, plan.after), plan.after);
  });

  it('retypes an entry of the same name rather than adding one, and says when nothing changes', () => {
    const plan = planLexiconChange(HAND_WRITTEN, { kind: 'mark', name: 'ata', type: 'place' });
    assert.ok(typeof plan === 'object');
    assert.deepEqual(JSON.parse(plan.after).entries[1], { name: 'Ata', type: 'place' });
    const same = planLexiconChange(HAND_WRITTEN, { kind: 'mark', name: 'Ata', type: 'none' });
    assert.ok(typeof same === 'object');
    assert.equal(same.after, HAND_WRITTEN);
    assert.match(same.message, /already not an entity/);
  });

  it('records another name as an alias, on the entity’s entry or a new one', () => {
    const first = planLexiconChange(HAND_WRITTEN, {
      kind: 'alias',
      name: 'Ruslan Zhaksylykov',
      type: 'person',
      alias: 'Zhaksylikov',
    });
    assert.ok(typeof first === 'object');
    assert.deepEqual(JSON.parse(first.after).entries[2], {
      name: 'Ruslan Zhaksylykov',
      type: 'person',
      aliases: ['Zhaksylikov'],
    });
    const second = planLexiconChange(first.after, {
      kind: 'alias',
      name: 'Ruslan Zhaksylykov',
      type: 'person',
      alias: 'R. Zhaksylykov',
    });
    assert.ok(typeof second === 'object');
    assert.deepEqual(JSON.parse(second.after).entries[2].aliases, ['Zhaksylikov', 'R. Zhaksylykov']);
    assert.equal(apply(first.after, second.after), second.after);
    // Marking an alias as something else takes it out of the entry it was in.
    const third = planLexiconChange(second.after, { kind: 'mark', name: 'Zhaksylikov', type: 'place' });
    assert.ok(typeof third === 'object');
    const entries = JSON.parse(third.after).entries;
    assert.deepEqual(entries[2].aliases, ['R. Zhaksylykov']);
    assert.deepEqual(entries[3], { name: 'Zhaksylikov', type: 'place' });
  });

  it('refuses to rewrite a file that is not valid JSON or not a lexicon', () => {
    assert.match(
      String(planLexiconChange('{ "entries": [', { kind: 'mark', name: 'A', type: 'person' })),
      /not valid JSON/,
    );
    assert.match(
      String(planLexiconChange('[1]', { kind: 'mark', name: 'A', type: 'person' })),
      /is not a lexicon/,
    );
  });
});

describe('workspace lexicon: the folders’ files and the setting', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsmark-lexicon-'));
    mkdirSync(join(dir, '.newsmark'));
    writeFileSync(join(dir, '.newsmark', 'lexicon.json'), '{"entries":[{"name":"Ata","type":"person"}]}');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('puts the file’s entries before the setting’s (the engine keeps the first entry of a name)', () => {
    const lexicons = new WorkspaceLexicons();
    lexicons.setFolders([pathToFileURL(dir).href]);
    const setting = [{ name: 'Ata', type: 'place' as const }];
    const merged = lexicons.entries(setting);
    assert.deepEqual(merged, [
      { name: 'Ata', type: 'person' },
      { name: 'Ata', type: 'place' },
    ]);
    assert.equal(lexicons.entries(setting), merged, 'the same list while nothing changed');
    lexicons.trusted = false;
    assert.equal(lexicons.entries(setting), setting, 'an untrusted workspace’s file is not used');
  });

  it('finds the file of an article’s folder, takes an open buffer over the disk, and keeps the last good entries while the buffer is broken', () => {
    const lexicons = new WorkspaceLexicons();
    lexicons.setFolders([pathToFileURL(dir).href]);
    const uri = lexicons.fileFor(pathToFileURL(join(dir, 'a.news')).href);
    assert.equal(uri, pathToFileURL(join(dir, '.newsmark', 'lexicon.json')).href);
    assert.ok(lexicons.setOpenText(uri as string, '{"entries":[{"name":"Bek","type":"place"}]}'));
    assert.deepEqual(lexicons.entries([]), [{ name: 'Bek', type: 'place' }]);
    lexicons.setOpenText(uri as string, '{"entries":[{"name":"Bek","type":');
    assert.deepEqual(lexicons.entries([]), [{ name: 'Bek', type: 'place' }]);
    assert.equal(lexicons.diagnostics()[0].diagnostics[0].severity, 1);
    lexicons.setOpenText(uri as string, null);
    assert.deepEqual(lexicons.entries([]), [{ name: 'Ata', type: 'person' }]);
    assert.equal(lexicons.setOpenText('file:///elsewhere/lexicon.json', '{}'), false);
  });
});
