import { ErrorCodes, Message, ResponseError, type Connection, type MessageStrategy, type NotificationMessage, type RequestMessage } from 'vscode-languageserver';
import { checkArrivingParams } from './params';

// The LSP lifecycle, enforced where every message from the client passes before any handler sees it
// (vscode-jsonrpc's message strategy), so that it holds for every handler: ours, TextDocuments' and the
// library's own. Before `initialize` succeeds, requests get ServerNotInitialized and notifications other
// than `exit` are dropped; a second `initialize` gets InvalidRequest and a second `initialized` is
// dropped; after `shutdown`, requests get InvalidRequest and notifications other than `exit` are dropped.
// A message that is neither a request, a notification nor a response gets InvalidRequest when it has an
// id to answer (vscode-jsonrpc would only log it, and the client would wait for an answer for ever).
// Params that the library reads before our handlers do are checked here too (params.ts).

/** vscode-jsonrpc answers a request only from a handler: a refused request is handed on as a call of this one. */
const REFUSED = '$/mudaqqiq/refused';

type State = 'uninitialized' | 'running' | 'shutDown';

export class Lifecycle implements MessageStrategy {
  private state: State = 'uninitialized';
  private initializedSeen = false;
  private connection: Connection | undefined;

  /** Answers the refused requests; to be called before the connection listens. */
  attach(connection: Connection): void {
    this.connection = connection;
    // The refusal travels in-process as the params object; a client calling this method cannot forge one.
    connection.onRequest(REFUSED, (refusal: unknown) =>
      refusal instanceof ResponseError ? refusal : new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${REFUSED}`),
    );
  }

  /** The server's `initialize` handler succeeded: requests are served from now on. */
  started(): void {
    this.state = 'running';
  }

  handleMessage(message: Message, next: (message: Message) => void): void {
    if (Message.isRequest(message)) {
      const refusal = this.refusalOf(message);
      if (refusal) {
        next({ jsonrpc: message.jsonrpc, id: message.id, method: REFUSED, params: refusal } as RequestMessage);
        return;
      }
      if (message.method === 'shutdown') this.state = 'shutDown';
      next(message);
    } else if (Message.isNotification(message)) {
      if (this.accepts(message)) next(message);
    } else if (Message.isResponse(message)) {
      next(message); // the client's answers to our requests
    } else {
      this.refuseMalformed(message, next);
    }
  }

  private refuseMalformed(message: Message, next: (message: Message) => void): void {
    const { id, method } = (typeof message === 'object' && message !== null ? message : {}) as Partial<RequestMessage>;
    // Without an id there is nobody to answer (a response with a null id is one some clients cannot take).
    if (typeof id !== 'number' && typeof id !== 'string') {
      const what = typeof method === 'string' ? `${method} with the id ${JSON.stringify(id)}` : JSON.stringify(message).slice(0, 80);
      this.connection?.console.warn(`ignored a message that is not JSON-RPC: ${what}`);
      return;
    }
    const problem = new ResponseError(ErrorCodes.InvalidRequest, 'not a JSON-RPC request: a request needs a method, a string');
    next({ jsonrpc: '2.0', id, method: REFUSED, params: problem } as RequestMessage);
  }

  private refusalOf(request: RequestMessage): ResponseError<void> | undefined {
    const { method } = request;
    if (this.state === 'shutDown') return new ResponseError(ErrorCodes.InvalidRequest, `${method}: the server is shutting down`);
    if (method === 'initialize' && this.state === 'running') return new ResponseError(ErrorCodes.InvalidRequest, 'initialize: the server is already initialized');
    if (method !== 'initialize' && this.state === 'uninitialized') return new ResponseError(ErrorCodes.ServerNotInitialized, `${method}: the server is not initialized yet`);
    try {
      checkArrivingParams(request);
    } catch (error) {
      if (error instanceof ResponseError) return error;
      throw error;
    }
    return undefined;
  }

  private accepts(notification: NotificationMessage): boolean {
    const { method } = notification;
    if (method === 'exit') return true;
    if (this.state !== 'running') return false;
    if (method === 'initialized') {
      if (this.initializedSeen) return false;
      this.initializedSeen = true;
    }
    try {
      checkArrivingParams(notification);
    } catch (error) {
      if (!(error instanceof ResponseError)) throw error;
      // Nothing to answer: the client's log is the only place to say so.
      this.connection?.console.warn(`ignored ${method}: ${error.message}`);
      return false;
    }
    return true;
  }
}
