// The shape of the params of every message the server handles, checked before a handler sees them:
// a malformed request is answered "invalid params" (-32602) with one line saying what is wrong, and
// a malformed notification is dropped with a log line, so no handler meets a value of the wrong type
// (a didOpen whose text is not a string once poisoned its document and the diagnostics timer).
// Fields the server does not read are not checked, and extra fields are allowed, as LSP extends
// its messages over time.
import { ANALYSIS_REQUEST, INDEX_STATUS_REQUEST, SUMMARY_REQUEST } from './protocol';

/** Says what is wrong with `value` (found at `path`), or undefined when nothing is. */
type Check = (value: unknown, path: string) => string | undefined;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const string: Check = (v, path) => (typeof v === 'string' ? undefined : `${path} must be a string`);
const boolean: Check = (v, path) => (typeof v === 'boolean' ? undefined : `${path} must be true or false`);
/** LSP's integer and uinteger: whole numbers within 32 bits. */
const integer: Check = (v, path) =>
  Number.isInteger(v) && Math.abs(v as number) <= 2 ** 31 ? undefined : `${path} must be an integer`;
const uinteger: Check = (v, path) =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) < 2 ** 32
    ? undefined
    : `${path} must be a non-negative integer`;
const anything: Check = () => undefined;

function optional(check: Check): Check {
  return (v, path) => (v === undefined ? undefined : check(v, path));
}

function nullable(check: Check): Check {
  return (v, path) => (v === null ? undefined : check(v, path));
}

function object(fields: Record<string, Check>): Check {
  return (v, path) => {
    if (!isObject(v)) return `${path} must be an object`;
    for (const [name, check] of Object.entries(fields)) {
      const wrong = check(v[name], `${path}.${name}`);
      if (wrong !== undefined) return wrong;
    }
    return undefined;
  };
}

function listOf(check: Check): Check {
  return (v, path) => {
    if (!Array.isArray(v)) return `${path} must be a list`;
    for (let i = 0; i < v.length; i++) {
      const wrong = check(v[i], `${path}[${i}]`);
      if (wrong !== undefined) return wrong;
    }
    return undefined;
  };
}

const position = object({ line: uinteger, character: uinteger });
const range = object({ start: position, end: position });
const document = object({ uri: string });
const atPosition = object({ textDocument: document, position });

/** Params of the requests the server answers, by method. */
const REQUESTS: Record<string, Check> = {
  initialize: object({
    processId: nullable(integer),
    capabilities: object({}),
    initializationOptions: anything,
  }),
  shutdown: anything,
  'textDocument/semanticTokens/full': object({ textDocument: document }),
  'textDocument/semanticTokens/full/delta': object({ textDocument: document, previousResultId: string }),
  'textDocument/semanticTokens/range': object({ textDocument: document, range }),
  'textDocument/hover': atPosition,
  'textDocument/references': object({
    textDocument: document,
    position,
    context: object({ includeDeclaration: boolean }),
  }),
  'textDocument/documentHighlight': atPosition,
  'textDocument/documentSymbol': object({ textDocument: document }),
  'textDocument/foldingRange': object({ textDocument: document }),
  'textDocument/definition': atPosition,
  'textDocument/codeAction': object({
    textDocument: document,
    range,
    context: object({ diagnostics: listOf(object({ range })) }),
  }),
  'workspace/symbol': object({ query: string }),
  [INDEX_STATUS_REQUEST]: anything,
  [SUMMARY_REQUEST]: object({ uri: string }),
  [ANALYSIS_REQUEST]: object({ uri: string }),
};

/** A change is the whole text, or a range and its new text. */
const contentChange: Check = (v, path) =>
  isObject(v) && v.range !== undefined
    ? object({ range, rangeLength: optional(uinteger), text: string })(v, path)
    : object({ text: string })(v, path);

/** Params of the notifications the server acts on, by method. */
const NOTIFICATIONS: Record<string, Check> = {
  initialized: anything,
  exit: anything,
  'textDocument/didOpen': object({
    textDocument: object({ uri: string, languageId: string, version: integer, text: string }),
  }),
  'textDocument/didChange': object({
    textDocument: object({ uri: string, version: integer }),
    contentChanges: listOf(contentChange),
  }),
  'textDocument/didClose': object({ textDocument: document }),
  'workspace/didChangeConfiguration': object({ settings: anything }),
  'workspace/didChangeWatchedFiles': object({ changes: listOf(object({ uri: string, type: uinteger })) }),
  'window/workDoneProgress/cancel': object({
    token: (v, path) => (typeof v === 'string' ? undefined : integer(v, path)),
  }),
  '$/cancelRequest': object({ id: (v, path) => (typeof v === 'string' ? undefined : integer(v, path)) }),
  '$/setTrace': object({ value: string }),
};

/**
 * What is wrong with a message's params, in one line ("params.textDocument.uri must be a string"),
 * or undefined when nothing is, or when the method is not one the server checks.
 */
export function paramsProblem(
  kind: 'request' | 'notification',
  method: string,
  params: unknown,
): string | undefined {
  const table = kind === 'request' ? REQUESTS : NOTIFICATIONS;
  return Object.hasOwn(table, method) ? table[method](params, 'params') : undefined;
}
