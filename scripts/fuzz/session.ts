// One language server process under fuzzing (node dist/server.js --stdio) and what counts as its
// failing: a request with no answer in time (hang), the process ending when it should not, a log
// line of an uncaught exception or a failed handler (crash), an answer with another code than
// LSP gives the case (wrong error code).
import { LspClient, LspRequestError } from '../../test/helpers/lspClient';
import type { Tally } from './findings';

/** A request unanswered for this long hangs (a 700 KB document is analysed in about a second). */
export const HANG_MS = 15_000;
/** How the server is asked to give up on a message that stops arriving part-way. */
const STALL_MS = 300;

/** What a request got: 'ok' (a result) or its error code; 'none' when it got nothing. */
export type Outcome = 'ok' | number | 'none';

/** Log lines that only a bug writes. */
const BUG_LOG = /^(Uncaught|Unhandled|Newsmark request failed|Analysis of .* failed|Newsmark could not load)/;

export class Session {
  readonly client: LspClient;
  /** Set when the fuzzer itself ends the process (exit, broken framing, closed input). */
  ending = false;
  private reportedLogLines = 0;

  constructor(
    private readonly tally: Tally,
    settings: unknown = {},
  ) {
    this.client = new LspClient({
      timeoutMs: HANG_MS,
      settings,
      env: { NEWSMARK_STALLED_MESSAGE_MS: String(STALL_MS) },
    });
  }

  alive(): boolean {
    return this.client.process.exitCode === null && this.client.process.signalCode === null;
  }

  /**
   * Sends a request and checks its outcome is one of `allowed`; an error's message must be one
   * line without a stack trace. Returns the outcome.
   */
  async expect(label: string, result: Promise<unknown>, allowed: readonly Outcome[]): Promise<Outcome> {
    const outcome = await this.outcome(label, result);
    if (outcome !== 'none' && !allowed.includes(outcome))
      this.tally.add('wrong error code', `${label}: got ${outcome}, expected ${allowed.join(' or ')}`);
    return outcome;
  }

  /** A request's outcome; a missing answer is a hang (or a crash, if the process is gone). */
  async outcome(label: string, result: Promise<unknown>): Promise<Outcome> {
    try {
      await result;
      return 'ok';
    } catch (error) {
      if (error instanceof LspRequestError) {
        this.checkMessage(label, error.error.message);
        return error.error.code;
      }
      if (this.alive()) this.tally.add('hang', `${label}: no answer within ${HANG_MS / 1000} s`);
      else this.crashed(label);
      return 'none';
    }
  }

  /** Checks an error message: one line, no stack trace, not the text of a JavaScript exception. */
  checkMessage(label: string, message: string): void {
    if (message.includes('\n') || /\bat \S+ \(|TypeError|ReferenceError/.test(message))
      this.tally.add(
        'wrong error code',
        `${label}: message is not one plain line: ${JSON.stringify(message.slice(0, 200))}`,
      );
  }

  /** Reports the process's end as a crash unless the fuzzer ended it. */
  crashed(label: string): void {
    if (this.ending) return;
    this.ending = true;
    const code = this.client.process.exitCode ?? this.client.process.signalCode;
    this.tally.add(
      'crash',
      `${label}: the server ended (${code}); stderr: ${this.client.stderr.slice(-300)}`,
    );
  }

  /** New log lines that only a bug writes, each a crash. */
  checkLog(label: string): void {
    const lines = this.client.notifications.filter((n) => n.method === 'window/logMessage');
    for (const n of lines.slice(this.reportedLogLines)) {
      const message = (n.params as { message: string }).message;
      if (BUG_LOG.test(message))
        this.tally.add('crash', `${label}: the server logged ${JSON.stringify(message.slice(0, 300))}`);
    }
    this.reportedLogLines = lines.length;
  }

  /**
   * Waits for the process to end by itself (after exit, broken framing or closed input): its code
   * must be `code` and stderr must match `says`; no end within the time is a hang.
   */
  async ends(label: string, code: number, says?: RegExp): Promise<void> {
    this.ending = true;
    const timer = new Promise<'late'>((done) => setTimeout(() => done('late'), 5000).unref());
    const ended = await Promise.race([this.client.exited, timer]);
    if (ended === 'late') {
      this.tally.add('hang', `${label}: the server did not end within 5 s`);
      this.client.process.kill();
      return;
    }
    if (ended !== code)
      this.tally.add(
        'wrong error code',
        `${label}: the server ended with ${ended}, expected ${code}; stderr: ${this.client.stderr.slice(-300)}`,
      );
    else if (says && !says.test(this.client.stderr))
      this.tally.add(
        'wrong error code',
        `${label}: stderr does not say why: ${JSON.stringify(this.client.stderr.slice(-300))}`,
      );
  }

  /** Ends the process whatever state it is in (the fuzzer's own clean-up). */
  kill(): void {
    this.ending = true;
    if (this.alive()) this.client.process.kill();
  }
}
