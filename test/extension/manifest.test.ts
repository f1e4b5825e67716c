// The extension manifest: the news language, its grammar and configuration files, activation,
// settings that match what the server reads, the entity types where the manifest lists them,
// commands that the client registers, and what works in Restricted Mode and virtual workspaces.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MENTION_TYPES } from '../../server/src/engine/model/types';
import { DEFAULT_SETTINGS } from '../../server/src/settings';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const manifest = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as any;
const client = readFileSync(resolve('client/src/extension.ts'), 'utf8');

describe('extension manifest', () => {
  it('targets VS Code ^1.91.0 and starts from dist/extension.js on news, plaintext and markdown', () => {
    assert.equal(manifest.engines.vscode, '^1.91.0');
    assert.equal(manifest.main, './dist/extension.js');
    assert.deepEqual(manifest.activationEvents, [
      'onLanguage:news',
      'onLanguage:plaintext',
      'onLanguage:markdown',
    ]);
    assert.ok(existsSync(resolve(manifest.icon)));
  });

  it('declares the news language for *.news and for a first line "date YYYY-MM-DD"', () => {
    const news = manifest.contributes.languages.find((l: { id: string }) => l.id === 'news');
    assert.ok(news.aliases.includes('News Article'));
    assert.deepEqual(news.extensions, ['.news']);
    const firstLine = new RegExp(news.firstLine);
    assert.ok(firstLine.test(' date 2023-11-08 ASTANA — Kazakhstan'));
    assert.ok(firstLine.test('date 2024-01-02'));
    assert.ok(!firstLine.test('update 2024-01-02'));
    assert.ok(!firstLine.test('date: 2024-01-02'));
    assert.ok(existsSync(resolve(news.configuration)));
    const grammar = manifest.contributes.grammars[0];
    assert.deepEqual([grammar.language, grammar.scopeName], ['news', 'text.news']);
    assert.equal(JSON.parse(readFileSync(resolve(grammar.path), 'utf8')).scopeName, 'text.news');
  });

  it('declares the settings the server reads, with the same defaults', () => {
    const props = manifest.contributes.configuration.properties;
    assert.deepEqual(props['newsmark.analyzePlainText'].enum, ['auto', 'always', 'never']);
    assert.equal(props['newsmark.analyzePlainText'].default, DEFAULT_SETTINGS.analyzePlainText);
    assert.equal(props['newsmark.maxDocumentSize'].default, DEFAULT_SETTINGS.maxDocumentSize);
    assert.equal(props['newsmark.articleDate'].type, 'string');
    assert.deepEqual(props['newsmark.lexicon'].items.required, ['name', 'type']);
    assert.equal(props['newsmark.inlayHints.dates'].type, 'boolean');
    assert.equal(props['newsmark.inlayHints.dates'].default, DEFAULT_SETTINGS.inlayHints.dates);
    assert.equal(props['newsmark.inlayHints.ranks'].type, 'boolean');
    assert.equal(props['newsmark.inlayHints.ranks'].default, DEFAULT_SETTINGS.inlayHints.ranks);
  });

  it('lists every entity type, and nothing else, as a token type, in the token scopes and as a lexicon entry type', () => {
    const types = [...MENTION_TYPES].sort();
    const ids = manifest.contributes.semanticTokenTypes.map((t: { id: string }) => t.id);
    assert.deepEqual([...ids].sort(), types, 'semanticTokenTypes');
    for (const [i, entry] of manifest.contributes.semanticTokenScopes.entries())
      assert.deepEqual(Object.keys(entry.scopes).sort(), types, `semanticTokenScopes[${i}]`);
    const entryTypes: string[] =
      manifest.contributes.configuration.properties['newsmark.lexicon'].items.properties.type.enum;
    assert.deepEqual([...entryTypes].sort(), [...types, 'none'].sort(), 'newsmark.lexicon type enum');
  });

  it('validates .newsmark/lexicon.json by a schema whose entry is the setting’s entry, shipped in the package', () => {
    assert.deepEqual(manifest.contributes.jsonValidation, [
      { fileMatch: '**/.newsmark/lexicon.json', url: './schemas/lexicon.schema.json' },
    ]);
    const schema = JSON.parse(readFileSync(resolve('schemas/lexicon.schema.json'), 'utf8'));
    assert.deepEqual(schema.required, ['entries']);
    assert.deepEqual(schema.properties.entries.items, { $ref: '#/definitions/entry' });
    assert.deepEqual(
      schema.definitions.entry,
      manifest.contributes.configuration.properties['newsmark.lexicon'].items,
    );
    assert.match(readFileSync(resolve('.vscodeignore'), 'utf8'), /^!schemas\/lexicon\.schema\.json$/m);
  });

  it('works in Restricted Mode, ignoring the workspace lexicon and size settings until trusted', () => {
    const trust = manifest.capabilities.untrustedWorkspaces;
    assert.equal(trust.supported, 'limited');
    assert.deepEqual(trust.restrictedConfigurations, ['newsmark.lexicon', 'newsmark.maxDocumentSize']);
    const props = manifest.contributes.configuration.properties;
    for (const id of trust.restrictedConfigurations) assert.ok(props[id], `${id} is not a setting`);
    assert.match(trust.description, /newsmark\.lexicon/);
  });

  it('declares virtual workspaces unsupported, as the client syncs only file and untitled documents', () => {
    const virtual = manifest.capabilities.virtualWorkspaces;
    assert.equal(virtual.supported, false);
    assert.ok(virtual.description.length > 20);
    // Should the client sync other schemes, the declaration has to be revisited.
    const schemes = new Set([...client.matchAll(/scheme: '([a-z-]+)'/g)].map((m) => m[1]));
    assert.deepEqual([...schemes].sort(), ['file', 'untitled']);
  });

  it('contributes the commands, and the client registers each of them', () => {
    const ids = manifest.contributes.commands.map((c: { command: string }) => c.command);
    assert.deepEqual(ids, [
      'newsmark.showOutput',
      'newsmark.restartServer',
      'newsmark.copyAnalysis',
      'newsmark.showSummary',
      'newsmark.analyzeFile',
    ]);
    const analyze = manifest.contributes.commands.find(
      (c: { command: string }) => c.command === 'newsmark.analyzeFile',
    );
    assert.equal(`${analyze.category}: ${analyze.title}`, 'Newsmark: Analyze This File');
    for (const id of ids) assert.ok(client.includes(`registerCommand('${id}'`), `${id} not registered`);
  });
});
