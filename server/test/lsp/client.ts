// A minimal LSP client for the protocol tests and the benchmark: it spawns `node dist/server.js --stdio`
// (or `--node-ipc`, the VS Code client's transport), keeps a mirror of each open document, answers the
// server's requests (configuration, applyEdit, refresh, registration, progress) and collects what it pushes.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  createProtocolConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type Message,
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
}

/** `body` framed as the base protocol sends it: a Content-Length header, then the bytes. */
export function frame(body: string): Buffer {
  const bytes = Buffer.from(body, 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]);
}

export class TestClient {
  readonly documents = new Map<string, TextDocument>();
  readonly published = new Map<string, PublishDiagnosticsParams>();
  readonly statuses: StatusParams[] = [];
  readonly progress: unknown[] = [];
  /** What the server wrote to the client's log (window/logMessage). */
  readonly logs: string[] = [];
  readonly registrations: string[] = [];
  /** The options of each registration, in order. */
  readonly registrationOptions: unknown[] = [];
  refreshes = 0;
  configurationRequests = 0;
  private waiters: (() => void)[] = [];
  stderr = '';
  private stopping = false;

  private constructor(
    readonly connection: ProtocolConnection,
    readonly child: ChildProcess,
    readonly initializeResult: InitializeResult,
    /** Over stdio, by method, when the client last finished encoding such a message: its first byte goes out then. */
    readonly encodedAt: Map<string, number>,
  ) {}

  static async start(options: ClientOptions = {}): Promise<TestClient> {
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
    const connection = ipc
      ? createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
      : createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!, { contentTypeEncoder }));
    let client: TestClient | undefined;
    const pending: (() => void)[] = [];
    const whenReady = (f: (c: TestClient) => void) => (client ? f(client) : pending.push(() => f(client!)));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) =>
      whenReady((c) => {
        c.published.set(params.uri, params);
        c.wake();
      }),
    );
    connection.onNotification('mudaqqiq/status', (params: StatusParams) =>
      whenReady((c) => {
        c.statuses.push(params);
        c.wake();
      }),
    );
    connection.onNotification('$/progress', (params: unknown) => whenReady((c) => c.progress.push(params)));
    connection.onNotification('window/showMessage', () => undefined);
    connection.onNotification('window/logMessage', (params: { message: string }) =>
      whenReady((c) => {
        c.logs.push(params.message);
        c.wake();
      }),
    );
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string; section?: string }[] }) => {
      if (client) client.configurationRequests++;
      return params.items.map((item) => options.settings?.(item.scopeUri) ?? null);
    });
    connection.onRequest('workspace/diagnostic/refresh', () => {
      whenReady((c) => {
        c.refreshes++;
        c.wake();
      });
      return null;
    });
    connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      whenReady((c) => {
        c.registrations.push(...params.registrations.map((r) => r.method));
        c.registrationOptions.push(...params.registrations.map((r) => r.registerOptions));
        c.wake();
      });
      return null;
    });
    connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => ({ applied: client!.applyWorkspaceEdit(params.edit) }));
    connection.listen();
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    const capabilities: ClientCapabilities = options.capabilities ?? {
      textDocument: {
        synchronization: { didSave: true, dynamicRegistration: false },
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
        configuration: options.settings !== undefined,
        workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
        diagnostics: { refreshSupport: true },
        didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
        didChangeConfiguration: { dynamicRegistration: true },
        workspaceFolders: true,
      },
      window: { workDoneProgress: true },
    };
    const initializeResult: InitializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities,
      locale: options.locale ?? 'en',
      initializationOptions: options.initializationOptions,
      workspaceFolders: options.workspaceFolders?.map((uri) => ({ uri, name: uri.slice(uri.lastIndexOf('/') + 1) })) ?? null,
    });
    client = new TestClient(connection, child, initializeResult, encodedAt);
    client.stderr = stderr;
    child.on('exit', (code, signal) => {
      if (!client!.stopping) console.error(`language server exited (${code ?? signal}):\n${client!.stderr}`);
    });
    child.stderr!.on('data', (chunk) => (client!.stderr += chunk));
    for (const f of pending) f();
    await connection.sendNotification('initialized', {});
    return client;
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
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
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
