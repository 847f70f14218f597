// A minimal LSP client for the protocol tests and the benchmark: it spawns `node dist/server.js --stdio`
// (or `--node-ipc`, the VS Code client's transport), keeps a mirror of each open document, answers the
// server's requests (configuration, applyEdit, refresh, registration, progress) and collects what it pushes.
// `spawn` leaves the server uninitialized, for tests of the lifecycle; `start` also initializes it.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  createProtocolConnection,
  ErrorCodes,
  ResponseError,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type Message,
  type MessageReader,
  type MessageWriter,
  type ResponseMessage,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { StatusParams } from '../../src/lsp/server';

export const ROOT = join(__dirname, '..', '..', '..');
/** The bundled server, or another build of it (SERVER_SCRIPT, to compare two builds in the benchmark). */
export const SERVER = process.env.SERVER_SCRIPT ?? join(ROOT, 'dist', 'server.js');

export interface ClientOptions {
  /** Announce pull diagnostics (textDocument/diagnostic). */
  pull?: boolean;
  /** Answer workspace/configuration with this section (per scope uri); absent: the capability is not announced. */
  settings?: (scopeUri: string | undefined) => unknown;
  initializationOptions?: unknown;
  locale?: string;
  workspaceFolders?: string[];
  capabilities?: ClientCapabilities;
  /** Default: stdio. */
  transport?: 'stdio' | 'ipc';
  /** Announce dynamic registration of document sync (VS Code does): the server registers it for config files. */
  dynamicSync?: boolean;
  /** Fail client/registerCapability, as a client that announces dynamic registration it cannot do. */
  refuseRegistrations?: boolean;
}

/** `body` framed as the base protocol sends it: a Content-Length header, then the bytes. */
export function frame(body: string): Buffer {
  const bytes = Buffer.from(body, 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]);
}

/** Asserts that a request fails with the JSON-RPC error `code`. */
export async function rejectsWithCode(request: Promise<unknown>, code: number, what: string): Promise<void> {
  await assert.rejects(request, (error: { code?: number }) => error.code === code, `${what}: expected error ${code}`);
}

/** A reader that gives `take` each response first, and the connection only those it does not take. */
function withRawResponses(reader: MessageReader, take: (response: ResponseMessage) => boolean): MessageReader {
  return {
    onError: reader.onError,
    onClose: reader.onClose,
    onPartialMessage: reader.onPartialMessage,
    listen: (callback) => reader.listen((message) => (isResponse(message) && take(message) ? undefined : callback(message))),
    dispose: () => reader.dispose(),
  };
}

function isResponse(message: Message): message is ResponseMessage {
  return 'id' in message && !('method' in message);
}

export class TestClient {
  readonly documents = new Map<string, TextDocument>();
  readonly published = new Map<string, PublishDiagnosticsParams>();
  readonly statuses: StatusParams[] = [];
  readonly progress: unknown[] = [];
  /** What the server wrote to the client's log (window/logMessage). */
  readonly logs: string[] = [];
  /** What the server told the user (window/showMessage). */
  readonly messages: { type: number; message: string }[] = [];
  /** Set: the client fails workspace/applyEdit with this error message, as an editor whose edit throws. */
  applyEditError: string | undefined;
  readonly registrations: string[] = [];
  /** The options of each registration, in order. */
  readonly registrationOptions: unknown[] = [];
  refreshes = 0;
  configurationRequests = 0;
  applyEditRequests = 0;
  initializeResult!: InitializeResult;
  private waiters: (() => void)[] = [];
  stderr = '';
  private stopping = false;
  /** Requests sent as written (sendRaw), by id, awaiting their response. */
  private readonly rawRequests = new Map<string, (response: ResponseMessage) => void>();
  /** Responses to no request the client can name (id null): a parse error's. */
  readonly responsesWithoutId: ResponseMessage[] = [];
  private nextRawId = 1;

  private constructor(
    readonly connection: ProtocolConnection,
    readonly child: ChildProcess,
    private readonly writer: MessageWriter,
    private readonly options: ClientOptions,
    /** Over stdio, by method, when the client last finished encoding such a message: its first byte goes out then. */
    readonly encodedAt: Map<string, number>,
  ) {}

  /** A client and server, initialized. */
  static async start(options: ClientOptions = {}): Promise<TestClient> {
    const client = TestClient.spawn(options);
    await client.initialize();
    return client;
  }

  /** A client and server that has not been sent anything. */
  static spawn(options: ClientOptions = {}): TestClient {
    const ipc = options.transport === 'ipc';
    const nodeArgs = process.env.SERVER_NODE_ARGS ? process.env.SERVER_NODE_ARGS.split(' ') : [];
    const child = spawn(process.execPath, [...nodeArgs, SERVER, ipc ? '--node-ipc' : '--stdio'], { stdio: ['pipe', 'pipe', 'pipe', ...(ipc ? ['ipc' as const] : [])] });
    const encodedAt = new Map<string, number>();
    // vscode-jsonrpc's own encoding, noting when it is done.
    const contentTypeEncoder = {
      name: 'application/json',
      encode: (message: Message) => {
        const bytes = Buffer.from(JSON.stringify(message), 'utf8');
        if ('method' in message && typeof message.method === 'string') encodedAt.set(message.method, performance.now());
        return Promise.resolve(bytes);
      },
    };
    const reader = ipc ? new IPCMessageReader(child) : new StreamMessageReader(child.stdout!);
    const writer = ipc ? new IPCMessageWriter(child) : new StreamMessageWriter(child.stdin!, { contentTypeEncoder });
    // Responses to raw requests are taken out before the connection, which knows nothing of them.
    const connection = createProtocolConnection(withRawResponses(reader, (response): boolean => client.takeRawResponse(response)), writer);
    const client: TestClient = new TestClient(connection, child, writer, options, encodedAt);
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      client.published.set(params.uri, params);
      client.wake();
    });
    connection.onNotification('mudaqqiq/status', (params: StatusParams) => {
      client.statuses.push(params);
      client.wake();
    });
    connection.onNotification('$/progress', (params: unknown) => client.progress.push(params));
    connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      client.messages.push(params);
      client.wake();
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      client.logs.push(params.message);
      client.wake();
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string; section?: string }[] }) => {
      client.configurationRequests++;
      return params.items.map((item) => options.settings?.(item.scopeUri) ?? null);
    });
    connection.onRequest('workspace/diagnostic/refresh', () => {
      client.refreshes++;
      client.wake();
      return null;
    });
    connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      client.registrations.push(...params.registrations.map((r) => r.method));
      client.registrationOptions.push(...params.registrations.map((r) => r.registerOptions));
      client.wake();
      if (options.refuseRegistrations) throw new ResponseError(ErrorCodes.InvalidParams, 'not supported');
      return null;
    });
    connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => {
      client.applyEditRequests++;
      if (client.applyEditError !== undefined) throw new ResponseError(ErrorCodes.InternalError, client.applyEditError);
      return { applied: client.applyWorkspaceEdit(params.edit) };
    });
    connection.listen();
    child.stderr!.on('data', (chunk) => (client.stderr += chunk));
    child.on('exit', (code, signal) => {
      if (!client.stopping) console.error(`language server exited (${code ?? signal}):\n${client.stderr}`);
    });
    return client;
  }

  /** The initialize request (with `params` over the usual ones), then the initialized notification. */
  async initialize(params: Partial<InitializeParams> = {}): Promise<InitializeResult> {
    const { options } = this;
    const capabilities: ClientCapabilities = options.capabilities ?? {
      textDocument: {
        synchronization: { didSave: true, dynamicRegistration: options.dynamicSync === true },
        ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
        publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
        codeAction: {
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
          isPreferredSupport: true,
          dataSupport: true,
        },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        rename: { prepareSupport: true },
      },
      workspace: {
        applyEdit: true,
        configuration: options.settings !== undefined,
        workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
        diagnostics: { refreshSupport: true },
        didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
        didChangeConfiguration: { dynamicRegistration: true },
        workspaceFolders: true,
      },
      window: { workDoneProgress: true },
    };
    this.initializeResult = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities,
      locale: options.locale ?? 'en',
      initializationOptions: options.initializationOptions,
      workspaceFolders: options.workspaceFolders?.map((uri) => ({ uri, name: uri.slice(uri.lastIndexOf('/') + 1) })) ?? null,
      ...params,
    });
    await this.connection.sendNotification('initialized', {});
    return this.initializeResult;
  }

  /**
   * Sends a request exactly as given, through the connection's writer (so it does not cut into another
   * message), and resolves with its response. The connection itself would reshape some params (`null`
   * goes out as `[null]`).
   */
  async sendRaw(method: unknown, params: unknown): Promise<ResponseMessage> {
    return this.sendRawMessage({ method, params });
  }

  /** Sends `fields` with an id of its own, however malformed they are, and resolves with the response. */
  async sendRawMessage(fields: Record<string, unknown>): Promise<ResponseMessage> {
    const id = `raw-${this.nextRawId++}`;
    const response = new Promise<ResponseMessage>((resolve) => this.rawRequests.set(id, resolve));
    await this.writer.write({ jsonrpc: '2.0', id, ...fields } as unknown as Message);
    return response;
  }

  private takeRawResponse(response: ResponseMessage): boolean {
    if (response.id === null) {
      this.responsesWithoutId.push(response);
      return true;
    }
    const resolve = typeof response.id === 'string' ? this.rawRequests.get(response.id) : undefined;
    if (!resolve) return false;
    this.rawRequests.delete(response.id as string);
    resolve(response);
    return true;
  }

  async open(uri: string, text: string, languageId = 'arabic-news'): Promise<TextDocument> {
    const document = TextDocument.create(uri, languageId, 1, text);
    this.documents.set(uri, document);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return document;
  }

  /** Sends edits (ranges in the current text) as an incremental change and applies them to the mirror. */
  change(uri: string, edits: TextEdit[]): Promise<TextDocument> {
    return this.sendChanges(uri, edits.map((e) => ({ range: e.range, text: e.newText })));
  }

  /** Sends the whole new text as one change (as a client without incremental sync does). */
  changeAll(uri: string, text: string): Promise<TextDocument> {
    return this.sendChanges(uri, [{ text }]);
  }

  private async sendChanges(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<TextDocument> {
    const document = this.documents.get(uri)!;
    const version = document.version + 1;
    TextDocument.update(document, changes, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return document;
  }

  /** Replaces the first occurrence of `from` with `to`. */
  async replace(uri: string, from: string, to: string): Promise<TextDocument> {
    const document = this.documents.get(uri)!;
    const at = document.getText().indexOf(from);
    if (at < 0) throw new Error(`"${from}" is not in ${uri}`);
    return this.change(uri, [{ range: { start: document.positionAt(at), end: document.positionAt(at + from.length) }, newText: to }]);
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async pull(uri: string, previousResultId?: string): Promise<{ kind: string; resultId?: string; items?: Diagnostic[] }> {
    return this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
  }

  async pullItems(uri: string): Promise<Diagnostic[]> {
    const report = await this.pull(uri);
    if (report.kind !== 'full') throw new Error(`expected a full report, got ${report.kind}`);
    return report.items!;
  }

  /** Applies a WorkspaceEdit to the mirrors and tells the server, as an editor does. */
  applyWorkspaceEdit(edit: WorkspaceEdit): boolean {
    const byUri = new Map<string, { version?: number | null; edits: TextEdit[] }>();
    for (const change of edit.documentChanges ?? []) {
      if ('textDocument' in change) byUri.set(change.textDocument.uri, { version: change.textDocument.version, edits: change.edits as TextEdit[] });
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) byUri.set(uri, { edits });
    for (const [uri, { version }] of byUri) {
      const document = this.documents.get(uri);
      if (!document || (version != null && version !== document.version)) return false;
    }
    for (const [uri, { edits }] of byUri) {
      // Last edit first, so each one's range still holds when it is applied (LSP applies changes in order).
      const document = this.documents.get(uri)!;
      const ordered = [...edits].sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start));
      void this.change(uri, ordered);
    }
    return true;
  }

  text(uri: string): string {
    return this.documents.get(uri)!.getText();
  }

  /** Resolves when `check` holds, re-tested after every notification; rejects after `ms`. */
  async until<T>(check: () => T | undefined | false, ms = 5000, what = 'condition'): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = check();
      if (value) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Closes the server's input, as a client that goes away does; resolves with the server's exit code. */
  async endInput(): Promise<number | null> {
    this.stopping = true;
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', resolve));
    this.child.stdin!.end();
    return exited;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    try {
      // A server already shut down refuses a second shutdown; it still takes the exit.
      await Promise.race([this.connection.sendRequest('shutdown').catch(() => undefined), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    if (this.child.exitCode === null) {
      await Promise.race([new Promise((r) => this.child.once('exit', r)), new Promise((r) => setTimeout(r, 2000))]);
      if (this.child.exitCode === null) this.child.kill();
    }
  }
}
