// The layout's rules, checked on the sources: no import circles anywhere in server/src, the engine
// imports nothing from the editor or the protocol, and nothing in the engine imports from a later
// stage (a folder further down ENGINE_LAYERS). A file that breaks one fails here with its name.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { findRepoRoot } from '../../scripts/eval/corpus';

const root = findRepoRoot(__dirname);
const src = join(root, 'server', 'src');

/** The engine's folders in pipeline order; a file may import from its own layer or an earlier one. */
const ENGINE_LAYERS = ['model', 'text', 'calendar', 'data', 'cache', 'recognizers', 'document', '.'];

/**
 * What each part of the server may import, besides itself: the engine nothing outside it; what
 * the hover and the CLI both present sits above the engine; providers above that; the CLI beside
 * the providers (it never reaches into them); the server's own parts and server.ts on top.
 */
const SERVER_PARTS: Record<string, readonly string[]> = {
  engine: [],
  presentation: ['engine', 'protocol.ts'],
  features: ['engine', 'presentation', 'protocol.ts', 'workspace'],
  workspace: ['engine', 'presentation', 'protocol.ts', 'settings.ts', 'articleDetection.ts'],
  cli: ['engine', 'presentation', 'protocol.ts'],
  'protocol.ts': [],
  'settings.ts': ['engine'],
  'articleDetection.ts': ['engine', 'settings.ts'],
  'documents.ts': ['engine', 'presentation', 'protocol.ts', 'settings.ts', 'articleDetection.ts'],
  'params.ts': ['protocol.ts'],
  'lifecycle.ts': ['params.ts'],
  'transport.ts': [],
  'workspaceLexicon.ts': ['engine', 'protocol.ts', 'settings.ts'],
  'server.ts': [
    'engine',
    'presentation',
    'features',
    'protocol.ts',
    'settings.ts',
    'documents.ts',
    'workspace',
    'transport.ts',
    'lifecycle.ts',
    'workspaceLexicon.ts',
  ],
};

function serverPart(file: string): string {
  return relative(src, file).split('/')[0];
}

function listTs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listTs(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Every import specifier of a file: static, type-only, re-exports and dynamic. */
export function importSpecifiers(source: string): string[] {
  const specs: string[] = [];
  for (const m of source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*'([^']+)'/g)) specs.push(m[1]);
  for (const m of source.matchAll(/(?:^|\n)\s*import\s*'([^']+)'/g)) specs.push(m[1]);
  for (const m of source.matchAll(/\b(?:import|require)\(\s*'([^']+)'\s*\)/g)) specs.push(m[1]);
  return specs;
}

function resolveLocal(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  for (const c of [base, `${base}.ts`, join(base, 'index.ts')])
    if (existsSync(c) && statSync(c).isFile()) return c;
  return undefined;
}

function graph(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of listTs(src)) {
    const targets = importSpecifiers(readFileSync(file, 'utf8'))
      .filter((s) => s.startsWith('.'))
      .map((s) => resolveLocal(file, s))
      .filter((t): t is string => t !== undefined && t.startsWith(src));
    edges.set(file, targets);
  }
  return edges;
}

/** The import circles of a graph (strongly connected components of more than one file, or a self-import). */
export function circles(edges: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (edges.get(v) ?? []).includes(v)) found.push(component);
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found;
}

function engineLayer(file: string): number {
  const first = relative(join(src, 'engine'), file).split('/');
  return ENGINE_LAYERS.indexOf(first.length === 1 ? '.' : first[0]);
}

describe('architecture: imports', () => {
  const edges = graph();
  const rel = (f: string): string => relative(src, f);

  it('finds the sources it checks', () => {
    assert.ok(edges.size > 40, `only ${edges.size} files under server/src`);
  });

  it('has no import circles in server/src', () => {
    assert.deepEqual(
      circles(edges).map((c) => c.map(rel).sort()),
      [],
    );
  });

  it('knows a circle when it sees one (the checker itself)', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    assert.deepEqual(
      circles(g).map((c) => c.sort()),
      [['a', 'b', 'c']],
    );
    assert.deepEqual(
      importSpecifiers("import type { X } from './x';\nexport { y } from '../y';\nconst z = require('./z');"),
      ['./x', '../y', './z'],
    );
  });

  it('keeps every engine file in a stage folder', () => {
    for (const file of edges.keys()) {
      if (!file.startsWith(join(src, 'engine'))) continue;
      assert.notEqual(engineLayer(file), -1, `${rel(file)} is in no folder of ENGINE_LAYERS`);
    }
  });

  it('never imports from a later engine stage', () => {
    const upward: string[] = [];
    for (const [file, targets] of edges) {
      if (!file.startsWith(join(src, 'engine'))) continue;
      for (const t of targets) {
        if (!t.startsWith(join(src, 'engine'))) upward.push(`${rel(file)} → ${rel(t)} (outside the engine)`);
        else if (engineLayer(t) > engineLayer(file)) upward.push(`${rel(file)} → ${rel(t)}`);
      }
    }
    assert.deepEqual(upward, []);
  });

  it('keeps each part of the server to the parts below it', () => {
    const bad: string[] = [];
    for (const [file, targets] of edges) {
      const part = serverPart(file);
      const allowed = SERVER_PARTS[part];
      if (allowed === undefined) {
        bad.push(`${rel(file)}: ${part} is not in SERVER_PARTS`);
        continue;
      }
      for (const t of targets) {
        const to = serverPart(t);
        if (to !== part && !allowed.includes(to)) bad.push(`${rel(file)} → ${rel(t)}`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('keeps the editor and the protocol out of the engine', () => {
    const bad: string[] = [];
    for (const file of edges.keys()) {
      if (!file.startsWith(join(src, 'engine'))) continue;
      for (const spec of importSpecifiers(readFileSync(file, 'utf8'))) {
        if (/^(vscode|vscode-languageserver|vscode-languageclient|vscode-jsonrpc)(\/|$)/.test(spec))
          bad.push(`${rel(file)}: ${spec}`);
      }
    }
    assert.deepEqual(bad, []);
  });
});
