// A small JSON-RPC client that talks LSP to `node dist/server.js --stdio` as a real child process.
// Used by the protocol tests and the benchmark: it frames messages with Content-Length headers,
// matches responses to requests, records notifications, and decodes semantic tokens.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';
import { lineStarts } from '../../server/src/features/semanticTokens';

export interface RpcError {
  code: number;
  message: string;
  data?: unknown;
}

export class LspRequestError extends Error {
  constructor(
    readonly method: string,
    readonly error: RpcError,
  ) {
    super(`${method} failed: ${error.code} ${error.message}`);
  }
}

interface Pending {
  method: string;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export interface Notification {
  method: string;
  params: unknown;
}

export interface LspClientOptions {
  /** Path of the server bundle; defaults to dist/server.js in the working directory. */
  serverPath?: string;
  /** How long a request may take before it fails the test. */
  timeoutMs?: number;
  /** Answers to the server's `workspace/configuration` requests (the `newsmark` section). */
  settings?: unknown;
  /** Environment variables for the server, added to this process's. */
  env?: Record<string, string>;
  /** Arguments after --stdio (e.g. --cache-dir DIR). */
  args?: string[];
}

/** A response to no request this client sent through `request` (one sent raw, or id null). */
export interface RawResponse {
  id: number | string | null;
  result?: unknown;
  error?: RpcError;
}

export class LspClient {
  readonly process: ChildProcessWithoutNullStreams;
  readonly notifications: Notification[] = [];
  /** Requests the server sent to this client (workspace/configuration, semanticTokens/refresh, …). */
  readonly serverRequests: Notification[] = [];
  /** Everything the server wrote to stderr, for failure messages. */
  stderr = '';
  /** Responses that answer no pending request (see RawResponse), in the order they came. */
  readonly rawResponses: RawResponse[] = [];
  private chunks: Buffer[] = [];
  private received = 0;
  /** Length of the body being read, once its header has arrived. */
  private expected: number | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly waiters: { test: (n: Notification) => boolean; resolve: (n: Notification) => void }[] = [];
  private readonly timeoutMs: number;
  settings: unknown;
  exited: Promise<number | null>;

  constructor(options: LspClientOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.settings = options.settings ?? {};
    const serverPath = options.serverPath ?? resolve('dist/server.js');
    this.process = spawn(process.execPath, [serverPath, '--stdio', ...(options.args ?? [])], {
      stdio: 'pipe',
      env: { ...process.env, ...options.env },
    });
    this.process.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    // A server that has ended (as some tests make it) cannot be written to: the test checks its end.
    this.process.stdin.on('error', () => {});
    this.exited = new Promise((done) => this.process.on('exit', (code) => done(code)));
  }

  private onData(chunk: Buffer): void {
    // Chunks are kept as a list and joined only once a whole message has arrived: joining on every
    // 64 KB chunk made reading a 40 MB response (a 10 MB document's outline) quadratic.
    this.chunks.push(chunk);
    this.received += chunk.length;
    for (;;) {
      if (this.expected === undefined) {
        const head = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
        this.chunks = [head];
        const headerEnd = head.indexOf('\r\n\r\n');
        if (headerEnd === -1) return;
        const header = head.subarray(0, headerEnd).toString('ascii');
        const match = /Content-Length: *(\d+)/i.exec(header);
        if (!match) throw new Error(`LSP header without Content-Length: ${header}`);
        this.expected = Number(match[1]);
        this.chunks = [head.subarray(headerEnd + 4)];
        this.received = this.chunks[0].length;
      }
      if (this.received < this.expected) return;
      const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
      const body = all.subarray(0, this.expected).toString('utf8');
      const rest = all.subarray(this.expected);
      this.chunks = [rest];
      this.received = rest.length;
      this.expected = undefined;
      this.onMessage(JSON.parse(body) as Record<string, unknown>);
    }
  }

  private onMessage(message: Record<string, unknown>): void {
    const id = message.id as number | string | undefined;
    if (message.method !== undefined && id !== undefined) {
      this.answerServerRequest(id, message.method as string, message.params);
      return;
    }
    if (message.method !== undefined) {
      const n = { method: message.method as string, params: message.params };
      this.notifications.push(n);
      for (const w of [...this.waiters]) {
        if (w.test(n)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(n);
        }
      }
      return;
    }
    const pending = this.pending.get(id as number);
    if (!pending) {
      this.rawResponses.push(message as unknown as RawResponse);
      return;
    }
    this.pending.delete(id as number);
    clearTimeout(pending.timer);
    if (message.error) pending.reject(new LspRequestError(pending.method, message.error as RpcError));
    else pending.resolve(message.result);
  }

  /** The server asks for configuration and registers capabilities; answer like an editor would. */
  private answerServerRequest(id: number | string, method: string, params: unknown): void {
    this.serverRequests.push({ method, params });
    let result: unknown = null;
    if (method === 'workspace/configuration') {
      const items = (params as { items: { section?: string }[] }).items;
      result = items.map((item) => (item.section === 'newsmark' ? this.settings : null));
    }
    // The test reads the edit from serverRequests and applies it where it needs to.
    if (method === 'workspace/applyEdit') result = { applied: true };
    this.write({ jsonrpc: '2.0', id, result });
  }

  private write(message: object): void {
    this.send(message);
  }

  /** Sends any JSON value as one message, framed as LSP frames it (for malformed messages). */
  send(message: unknown): void {
    this.sendBody(Buffer.from(JSON.stringify(message), 'utf8'));
  }

  /** Sends `body` with a correct header, whatever it holds. */
  sendBody(body: Buffer | string): void {
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    this.process.stdin.write(`Content-Length: ${bytes.length}\r\n\r\n`);
    this.process.stdin.write(bytes);
  }

  /** Resolves with the first raw response (already received or future) whose id is `id`. */
  async waitForRawResponse(id: number | string | null, timeoutMs = this.timeoutMs): Promise<RawResponse> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.rawResponses.find((r) => r.id === id);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(`No response with id ${String(id)} within ${timeoutMs} ms. stderr:\n${this.stderr}`);
      await new Promise((done) => setTimeout(done, 10));
    }
  }

  request<T = unknown>(method: string, params: unknown, timeoutMs = this.timeoutMs): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolvePromise, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} got no answer within ${timeoutMs} ms. Server stderr:\n${this.stderr}`));
      }, timeoutMs);
      this.pending.set(id, { method, resolve: resolvePromise as (v: unknown) => void, reject, timer });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  /** Sends a request and returns its id, so a test can cancel it. */
  requestWithId<T = unknown>(method: string, params: unknown): { id: number; result: Promise<T> } {
    const id = this.nextId;
    return { id, result: this.request<T>(method, params) };
  }

  /** Resolves with the first request the server sent (or sends within the timeout) for `method`. */
  async waitForServerRequest(method: string, timeoutMs = this.timeoutMs): Promise<Notification> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.serverRequests.find((r) => r.method === method);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(
          `The server sent no ${method} request within ${timeoutMs} ms. stderr:\n${this.stderr}`,
        );
      await new Promise((done) => setTimeout(done, 10));
    }
  }

  notify(method: string, params: unknown): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first notification (already received or future) that passes `test`. */
  waitFor(test: (n: Notification) => boolean, timeoutMs = this.timeoutMs, after = 0): Promise<Notification> {
    const seen = this.notifications.slice(after).find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`No matching notification within ${timeoutMs} ms. stderr:\n${this.stderr}`)),
        timeoutMs,
      );
      this.waiters.push({
        test,
        resolve: (n) => {
          clearTimeout(timer);
          resolvePromise(n);
        },
      });
    });
  }

  /** `initialize` then `initialized`; `extra` adds to the params (workspaceFolders, initializationOptions). */
  async initialize(
    capabilities: object = defaultCapabilities(),
    extra: Record<string, unknown> = {},
  ): Promise<InitializeResultLike> {
    const result = await this.request<InitializeResultLike>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities,
      clientInfo: { name: 'newsmark-test-client' },
      ...extra,
    });
    this.notify('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'plaintext', version = 1): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: object[]): void {
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): void {
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** shutdown + exit, then waits for the process to end; returns its exit code. */
  async stop(): Promise<number | null> {
    if (this.process.exitCode !== null) return this.process.exitCode;
    try {
      await this.request('shutdown', null, 5000);
      this.notify('exit', null);
    } catch {
      this.process.kill();
    }
    const timer = setTimeout(() => this.process.kill(), 5000);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }
}

export interface InitializeResultLike {
  capabilities: {
    semanticTokensProvider?: {
      legend: { tokenTypes: string[]; tokenModifiers: string[] };
      range?: boolean;
      full?: unknown;
    };
    [key: string]: unknown;
  };
  serverInfo?: { name: string; version?: string };
}

export function defaultCapabilities(): object {
  return {
    workspace: {
      configuration: true,
      didChangeConfiguration: { dynamicRegistration: true },
      semanticTokens: { refreshSupport: true },
    },
    textDocument: {
      synchronization: { dynamicRegistration: false },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      foldingRange: {},
      publishDiagnostics: {},
      semanticTokens: {
        requests: { full: { delta: true }, range: true },
        tokenTypes: [],
        tokenModifiers: [],
        formats: ['relative'],
      },
    },
  };
}

export interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
  /** UTF-16 offsets into the document text. */
  start: number;
  end: number;
  text: string;
}

/** Turns LSP's relative token array back into absolute tokens with their text. */
export function decodeTokens(
  data: number[],
  text: string,
  legend: { tokenTypes: string[]; tokenModifiers: string[] },
): DecodedToken[] {
  if (data.length % 5 !== 0)
    throw new Error(`semantic token data length ${data.length} is not a multiple of 5`);
  // The server's own line breaking (LF, CRLF, lone CR), checked against hand-counted starts in
  // test/features/semanticTokens.test.ts.
  const starts = lineStarts(text);
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const length = data[i + 2];
    const start = starts[line] + character;
    const modifiers = legend.tokenModifiers.filter((_, bit) => (data[i + 4] & (1 << bit)) !== 0);
    out.push({
      line,
      character,
      length,
      type: legend.tokenTypes[data[i + 3]],
      modifiers,
      start,
      end: start + length,
      text: text.slice(start, start + length),
    });
  }
  return out;
}
