// The requests the fuzzer sends, written from LSP's specification rather than from the server's
// own checks: for each method, well-formed params (for an open document or one never opened) and
// the fields whose wrong value makes them malformed, and the notifications an editor sends, well
// and badly formed.
import type { Random } from './random';

export interface OpenDoc {
  uri: string;
  text: string;
  version: number;
  languageId: string;
}

interface Position {
  line: number;
  character: number;
}

/** A position somewhere in or past the text (LSP asks a server to clamp one past a line's end). */
function position(random: Random, doc: OpenDoc | undefined): Position {
  const lines = doc ? doc.text.split(/\r\n|\r|\n/).length : 1;
  return { line: random.int(lines + 2), character: random.int(random.chance(0.1) ? 100_000 : 120) };
}

function range(random: Random, doc: OpenDoc | undefined): { start: Position; end: Position } {
  const a = position(random, doc);
  const b = position(random, doc);
  return a.line < b.line || (a.line === b.line && a.character <= b.character)
    ? { start: a, end: b }
    : { start: b, end: a };
}

export interface RequestSpec {
  method: string;
  /** Well-formed params for `doc` (undefined: a document that is not open). */
  params(random: Random, uri: string, doc: OpenDoc | undefined): Record<string, unknown>;
  /** Paths of fields that must have their type, each with the kind of value it must be. */
  required: readonly [string, FieldKind][];
  /** A document too large to analyse whole may refuse it (ServerCancelled, -32802). */
  mayRefuseLarge?: boolean;
}

type FieldKind = 'object' | 'string' | 'uinteger' | 'boolean';

const doc = (uri: string) => ({ uri });

export const REQUESTS: readonly RequestSpec[] = [
  {
    method: 'textDocument/semanticTokens/full',
    params: (_r, uri) => ({ textDocument: doc(uri) }),
    required: [
      ['textDocument', 'object'],
      ['textDocument.uri', 'string'],
    ],
    mayRefuseLarge: true,
  },
  {
    method: 'textDocument/semanticTokens/full/delta',
    params: (r, uri) => ({ textDocument: doc(uri), previousResultId: r.pick(['1', '2', 'x', '']) }),
    required: [
      ['textDocument.uri', 'string'],
      ['previousResultId', 'string'],
    ],
    mayRefuseLarge: true,
  },
  {
    method: 'textDocument/semanticTokens/range',
    params: (r, uri, d) => ({ textDocument: doc(uri), range: range(r, d) }),
    required: [
      ['range', 'object'],
      ['range.start', 'object'],
      ['range.end.line', 'uinteger'],
      ['range.start.character', 'uinteger'],
    ],
  },
  {
    method: 'textDocument/hover',
    params: (r, uri, d) => ({ textDocument: doc(uri), position: position(r, d) }),
    required: [
      ['textDocument', 'object'],
      ['position', 'object'],
      ['position.line', 'uinteger'],
      ['position.character', 'uinteger'],
    ],
  },
  {
    method: 'textDocument/references',
    params: (r, uri, d) => ({
      textDocument: doc(uri),
      position: position(r, d),
      context: { includeDeclaration: r.chance(0.5) },
    }),
    required: [
      ['context', 'object'],
      ['context.includeDeclaration', 'boolean'],
      ['position.line', 'uinteger'],
    ],
  },
  {
    method: 'textDocument/documentHighlight',
    params: (r, uri, d) => ({ textDocument: doc(uri), position: position(r, d) }),
    required: [
      ['textDocument.uri', 'string'],
      ['position.character', 'uinteger'],
    ],
  },
  {
    method: 'textDocument/documentSymbol',
    params: (_r, uri) => ({ textDocument: doc(uri) }),
    required: [['textDocument.uri', 'string']],
  },
  {
    method: 'textDocument/foldingRange',
    params: (_r, uri) => ({ textDocument: doc(uri) }),
    required: [['textDocument', 'object']],
  },
  { method: 'newsmark/summary', params: (_r, uri) => ({ uri }), required: [['uri', 'string']] },
  { method: 'newsmark/analysis', params: (_r, uri) => ({ uri }), required: [['uri', 'string']] },
];

/** A value that is not of `kind`. */
function wrongValue(random: Random, kind: FieldKind): unknown {
  const values: Record<FieldKind, unknown[]> = {
    object: ['x', 3, true, null, [1, 2]],
    string: [7, null, true, { a: 1 }, ['x']],
    uinteger: [-1, 1.5, '3', null, 2 ** 40, {}, Number.MAX_SAFE_INTEGER + 2],
    boolean: ['true', 0, null, {}],
  };
  return random.pick(values[kind]);
}

/** `params` with the value at `path` replaced (a deep copy; the original is left as it is). */
export function withField(params: unknown, path: string, value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(params)) as Record<string, unknown>;
  const keys = path.split('.');
  let at: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys[keys.length - 1]] = value;
  return copy;
}

/** Malformed params for `spec`: a required field of the wrong type, or params that are no object. */
export function malformedParams(random: Random, spec: RequestSpec, valid: Record<string, unknown>): unknown {
  if (random.chance(0.2)) return random.pick([null, [valid], 'params', 42]);
  const [path, kind] = random.pick(spec.required);
  return withField(valid, path, wrongValue(random, kind));
}

/** A didOpen, didChange or didClose that breaks its shape, for a document `uri`. */
export function malformedNotification(random: Random, uri: string): { method: string; params: unknown } {
  const open = { textDocument: { uri, languageId: 'news', version: 1, text: 'date 2024-01-02\nA text.' } };
  const change = { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'x' }] };
  const cases: { method: string; params: unknown }[] = [
    {
      method: 'textDocument/didOpen',
      params: withField(open, 'textDocument.text', random.pick([42, null, {}, ['a']])),
    },
    { method: 'textDocument/didOpen', params: withField(open, 'textDocument.uri', random.pick([5, null])) },
    {
      method: 'textDocument/didOpen',
      params: withField(open, 'textDocument.version', random.pick(['1', 1.5, null])),
    },
    { method: 'textDocument/didOpen', params: withField(open, 'textDocument', random.pick([null, 'x'])) },
    { method: 'textDocument/didOpen', params: random.pick([null, [], 'x']) },
    {
      method: 'textDocument/didChange',
      params: withField(change, 'contentChanges', random.pick([null, 'x', {}])),
    },
    { method: 'textDocument/didChange', params: withField(change, 'contentChanges', [{ text: 9 }]) },
    {
      method: 'textDocument/didChange',
      params: withField(change, 'contentChanges', [
        { range: { start: { line: -1, character: 0 } }, text: 'x' },
      ]),
    },
    { method: 'textDocument/didChange', params: withField(change, 'textDocument.version', '2') },
    { method: 'textDocument/didClose', params: { textDocument: { uri: random.pick([3, null]) } } },
    { method: 'workspace/didChangeConfiguration', params: random.pick([null, 'x', 4]) },
  ];
  return random.pick(cases);
}

/** A JSON-RPC message that is no valid request, with the code its answer must have (id null unless given). */
export function malformedMessage(
  random: Random,
  id: number,
): { body: string; id: number | null; code: number } {
  const request = {
    jsonrpc: '2.0',
    id,
    method: 'textDocument/foldingRange',
    params: { textDocument: { uri: 'untitled:x' } },
  };
  const cases: { body: unknown; id: number | null; code: number; raw?: string }[] = [
    { body: { jsonrpc: '2.0', id }, id, code: -32600 },
    { body: { jsonrpc: '2.0', id, method: random.pick([5, null, {}, ['a']]) }, id, code: -32600 },
    { body: { ...request, jsonrpc: random.pick(['1.0', 2, undefined]) }, id, code: -32600 },
    { body: { ...request, id: null }, id: null, code: -32600 },
    { body: { ...request, id: { n: id } }, id: null, code: -32600 },
    { body: [request], id: null, code: -32600 },
    { body: random.pick([1, 'text', true, null]), id: null, code: -32600 },
    { body: undefined, raw: '{"jsonrpc": "2.0", "id": ', id: null, code: -32700 },
    {
      body: undefined,
      raw: String.fromCharCode(...Array.from({ length: 20 }, () => random.int(256))),
      id: null,
      code: -32700,
    },
  ];
  const c = random.pick(cases);
  const body = c.raw ?? JSON.stringify(c.body);
  // Random bytes that happen to be JSON are a message like any other: no object, no request.
  if (c.code === -32700 && parsesAsJson(body)) return { body, id: null, code: -32600 };
  return { body, id: c.id, code: c.code };
}

/** Settings an editor or a hostile workspace might send. */
export function randomSettings(random: Random): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  if (random.chance(0.5))
    settings.maxDocumentSize = random.pick([0, 1000, 500_000, 2_000_000, -3, 'big', null]);
  if (random.chance(0.5))
    settings.analyzePlainText = random.pick(['auto', 'always', 'never', 'sometimes', 3]);
  if (random.chance(0.3)) settings.articleDate = random.pick(['2024-02-29', '2023-02-30', '', 7]);
  if (random.chance(0.5)) {
    const words = (k: number) => Array.from({ length: k }, (_, i) => `Qaz${i % 7}`).join(' ');
    settings.lexicon = Array.from({ length: random.int(50) }, () =>
      random.pick<unknown>([
        { name: words(random.between(1, 4)), type: random.pick(['person', 'organization', 'place', 'none']) },
        { name: words(1300), type: 'organization' },
        { name: 'x'.repeat(5000), type: 'place' },
        { name: 'Qaz0', type: 'spaceship' },
        { name: 'Qaz1', type: 'place', aliases: [5] },
        42,
      ]),
    );
  }
  return settings;
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
