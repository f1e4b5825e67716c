// How messages reach the server and what happens when they cannot: the connection's reader and
// writer for --stdio (LSP's Content-Length framing, read strictly) and --node-ipc (VS Code), and
// the server's end when its input breaks or closes or its editor is gone. A server whose framing
// is broken cannot tell where the next message starts, so it says why on stderr and exits: the
// editor sees it end and starts it again, where a server that waited would answer nothing, ever.
import {
  AbstractMessageReader,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageWriter,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';

/** A header section longer than this is no LSP header. */
const HEADER_LIMIT = 8 * 1024;
/** The longest message read: V8's strings hold about 512 million UTF-16 units, no more. */
const MESSAGE_LIMIT = 512 * 1024 * 1024;
/** A message that stops arriving part-way for this long is taken for broken framing. */
const STALL_MS = Number(process.env.NEWSMARK_STALLED_MESSAGE_MS) || 10_000;

/** What the transport tells the server about the messages it cannot deliver. */
export interface TransportEvents {
  /** The input can no longer be read as messages (framing), or closed: the server must end. */
  ended(reason: string, broken: boolean): void;
  /** A whole message arrived but is not a JSON-RPC message: answer it with `code` (id null), go on. */
  refused(code: number, reason: string): void;
}

export interface Transport {
  reader: MessageReader;
  writer: MessageWriter;
}

/** The reader and writer for the transport named on the command line; undefined for none. */
export function openTransport(argv: readonly string[], events: TransportEvents): Transport | undefined {
  if (argv.includes('--stdio'))
    return {
      reader: new FramedReader(process.stdin, events),
      writer: new StreamMessageWriter(process.stdout),
    };
  if (argv.includes('--node-ipc')) {
    process.on('disconnect', () => events.ended('the editor closed the IPC channel', false));
    return { reader: new CheckedIpcReader(events), writer: new IPCMessageWriter(process) };
  }
  return undefined;
}

/**
 * Passes on a parsed message if it is one: an object (JSON-RPC batches are not LSP), and for a
 * cancellation, one that names a request (the connection reads its id before anything else).
 */
function deliver(message: unknown, callback: DataCallback, events: TransportEvents): void {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    const what = Array.isArray(message)
      ? 'a list (LSP has no batches)'
      : message === null
        ? 'null'
        : `a ${typeof message}`;
    events.refused(-32600, `Invalid request: a message must be a JSON object, not ${what}.`);
    return;
  }
  const { method, params } = message as { method?: unknown; params?: { id?: unknown } };
  if (method === '$/cancelRequest') {
    const id = typeof params === 'object' && params !== null ? params.id : undefined;
    if (typeof id !== 'number' && typeof id !== 'string') return;
  }
  callback(message as Message);
}

/** VS Code's IPC channel: messages arrive parsed; they are checked as stdio's are. */
class CheckedIpcReader extends IPCMessageReader {
  constructor(private readonly events: TransportEvents) {
    super(process);
  }
  override listen(callback: DataCallback): Disposable {
    return super.listen((message) => deliver(message, callback, this.events));
  }
}

/**
 * LSP's base protocol over a byte stream: header lines `Name: value` ended by CR LF, a blank line,
 * then Content-Length bytes of UTF-8 JSON. Anything else in the framing (a line ended by LF alone,
 * a header that is not `Name: value`, no or a non-numeric Content-Length, a message that stops
 * arriving part-way) ends the server; a body that is not JSON is answered -32700 and skipped.
 */
export class FramedReader extends AbstractMessageReader implements MessageReader {
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** The body's length once its header has been read; -1 while reading a header. */
  private bodyLength = -1;
  private stall: NodeJS.Timeout | undefined;
  private broken = false;

  constructor(
    private readonly input: NodeJS.ReadableStream,
    private readonly events: TransportEvents,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const onData = (chunk: Buffer): void => this.onData(chunk, callback);
    const onEnd = (): void => this.end('the input stream ended');
    const onError = (error: Error): void => {
      this.fail(`the input stream failed: ${error.message}`);
    };
    this.input.on('data', onData);
    this.input.on('end', onEnd);
    this.input.on('close', onEnd);
    this.input.on('error', onError);
    return {
      dispose: () => {
        this.input.off('data', onData);
        this.input.off('end', onEnd);
        this.input.off('close', onEnd);
        this.input.off('error', onError);
      },
    };
  }

  private onData(chunk: Buffer, callback: DataCallback): void {
    if (this.broken) return;
    clearTimeout(this.stall);
    this.stall = undefined;
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (;;) {
      if (this.bodyLength < 0 && !this.readHeader()) break;
      if (this.broken || this.buffered < this.bodyLength) break;
      const all = this.joined();
      const body = all.subarray(0, this.bodyLength);
      this.chunks = [all.subarray(this.bodyLength)];
      this.buffered -= this.bodyLength;
      this.bodyLength = -1;
      this.parse(body, callback);
    }
    if (!this.broken && this.buffered > 0) {
      const waiting =
        this.bodyLength < 0 ? 'a header' : `a ${this.bodyLength}-byte body (${this.buffered} arrived)`;
      this.stall = setTimeout(
        () => this.fail(`${waiting} stopped arriving for ${STALL_MS / 1000} s (a wrong Content-Length?)`),
        STALL_MS,
      );
    }
  }

  /** Reads a header if one has arrived; false when more bytes are needed (or framing broke). */
  private readHeader(): boolean {
    if (this.buffered === 0) return false;
    const head = this.joined();
    const end = head.indexOf('\r\n\r\n');
    const headerBytes = end === -1 ? head.length : end + 2;
    for (let i = head.indexOf(10); i !== -1 && i < headerBytes; i = head.indexOf(10, i + 1))
      if (i === 0 || head[i - 1] !== 13)
        return this.fail('a header line ends with LF alone (LSP header lines end with CR LF)');
    if (end === -1 ? head.length > HEADER_LIMIT : end > HEADER_LIMIT)
      return this.fail(`a header is longer than ${HEADER_LIMIT} bytes`);
    if (end === -1) return false;
    let length: number | undefined;
    for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
      const field = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+):[ \t]*(.*?)[ \t]*$/.exec(line);
      if (!field)
        return this.fail(`a header line is not "Name: value": ${JSON.stringify(line.slice(0, 80))}`);
      if (field[1].toLowerCase() !== 'content-length') continue;
      if (!/^\d{1,10}$/.test(field[2]) || Number(field[2]) > MESSAGE_LIMIT)
        return this.fail(
          `Content-Length ${JSON.stringify(field[2].slice(0, 40))} is not a length up to ${MESSAGE_LIMIT}`,
        );
      length = Number(field[2]);
    }
    if (length === undefined) return this.fail('a header has no Content-Length');
    this.chunks = [head.subarray(end + 4)];
    this.buffered = head.length - end - 4;
    this.bodyLength = length;
    return true;
  }

  private parse(body: Buffer, callback: DataCallback): void {
    let message: unknown;
    try {
      message = JSON.parse(body.toString('utf8'));
    } catch {
      // Not the parser's own message: it quotes the text, which may hold anything.
      this.events.refused(-32700, `Parse error: a message of ${body.length} bytes is not JSON.`);
      return;
    }
    deliver(message, callback, this.events);
  }

  private joined(): Buffer {
    if (this.chunks.length !== 1) this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0];
  }

  private fail(reason: string): false {
    if (!this.broken) {
      this.broken = true;
      clearTimeout(this.stall);
      this.events.ended(`the client's messages cannot be read: ${reason}`, true);
    }
    return false;
  }

  private end(reason: string): void {
    if (this.broken) return;
    this.broken = true;
    clearTimeout(this.stall);
    this.events.ended(reason, false);
  }
}

/** Calls `gone` once the process `pid` (the editor) no longer exists; checked every second. */
export function watchProcess(pid: number, gone: () => void): void {
  const timer = setInterval(() => {
    try {
      process.kill(pid, 0);
    } catch (error) {
      // EPERM: it exists, but belongs to someone else.
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') return;
      clearInterval(timer);
      gone();
    }
  }, 1000);
  timer.unref();
}
