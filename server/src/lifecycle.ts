// Every message passes here before its handler (the connection's message strategy): LSP's order
// (nothing before `initialize` but `exit`, nothing after `shutdown` but `exit`) and the shape of
// each message and its params (params.ts). A request that breaks either is answered here with the
// code LSP gives it and one line saying why, so every request gets an answer and no handler ever
// sees what it was not written for; a notification that does is dropped with a log line.
import {
  ErrorCodes,
  Message,
  type MessageStrategy,
  type MessageWriter,
  type NotificationMessage,
  type RequestMessage,
  type ResponseMessage,
} from 'vscode-languageserver/node';
import { paramsProblem } from './params';

/** The answer to the request `id` (null: a message whose id could not be read) with an error. */
export function errorResponse(id: number | string | null, code: number, message: string): ResponseMessage {
  return { jsonrpc: '2.0', id, error: { code, message } };
}

export class MessageGate implements MessageStrategy {
  /** `initialize` was received (and let through); `shutdown` was. */
  initialized = false;
  shutDown = false;

  constructor(
    private readonly writer: MessageWriter,
    private readonly log: (line: string) => void,
  ) {}

  handleMessage(message: Message, next: (message: Message) => void): void {
    if (Message.isRequest(message)) this.request(message, next);
    else if (Message.isNotification(message)) this.notification(message, next);
    else if (Message.isResponse(message)) next(message);
    else this.invalid(message);
  }

  private request(message: RequestMessage, next: (m: Message) => void): void {
    const { id } = message;
    const method = shortened(message.method);
    const refuse = (code: number, reason: string): void => {
      this.log(`Refused request ${method} (${id}): ${reason}`);
      void this.writer.write(errorResponse(id, code, reason));
    };
    if (message.jsonrpc !== '2.0')
      return refuse(ErrorCodes.InvalidRequest, 'Invalid request: "jsonrpc" must be "2.0".');
    if (this.shutDown)
      return refuse(
        ErrorCodes.InvalidRequest,
        `Invalid request: the server is shutting down; ${method} is not answered.`,
      );
    if (message.method === 'initialize' && this.initialized)
      return refuse(ErrorCodes.InvalidRequest, 'Invalid request: initialize was already received.');
    if (message.method !== 'initialize' && !this.initialized)
      return refuse(
        ErrorCodes.ServerNotInitialized,
        `Server not initialized: ${method} came before initialize.`,
      );
    const problem = paramsProblem('request', message.method, message.params);
    if (problem !== undefined) return refuse(ErrorCodes.InvalidParams, `Invalid params: ${problem}.`);
    if (message.method === 'initialize') this.initialized = true;
    if (message.method === 'shutdown') this.shutDown = true;
    next(message);
  }

  private notification(message: NotificationMessage, next: (m: Message) => void): void {
    const method = shortened(message.method);
    // `exit` always ends the server (with code 1 unless `shutdown` came first).
    if (message.method !== 'exit') {
      if (!this.initialized) return this.log(`Dropped ${method}: it came before initialize.`);
      if (this.shutDown) return this.log(`Dropped ${method}: it came after shutdown.`);
    }
    const problem = paramsProblem('notification', message.method, message.params);
    if (problem !== undefined) return this.log(`Dropped ${method}: ${problem}.`);
    next(message);
  }

  /** Neither a request, a notification nor a response: answered, with its id when it has one. */
  private invalid(message: Message): void {
    const { id } = message as { id?: unknown };
    this.log('Refused a message that is neither a request, a notification nor a response.');
    void this.writer.write(
      errorResponse(
        typeof id === 'number' || typeof id === 'string' ? id : null,
        ErrorCodes.InvalidRequest,
        'Invalid request: a request needs a "method" string and a number or string "id".',
      ),
    );
  }
}

/** A method name as logs and answers quote it: a client may send anything as a name. */
function shortened(method: string): string {
  return method.length > 80 ? `${method.slice(0, 80)}…` : method;
}
