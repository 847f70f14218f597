import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  MarkupKind,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type ApplyWorkspaceEditResult,
  type CodeAction,
  type Command,
  type Connection,
  type DocumentDiagnosticReport,
  type InitializeResult,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { Locale } from '../engine';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { basename, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Analyses, type Analysis } from './analyses';
import { Checker, Superseded } from './checker';
import { diagnosticsIn, FIX_ALL_KIND, isMudaqqiqDiagnostic, quickFixes, sameDiagnostic, wants, workspaceEdit, type EditStyle } from './code-actions';
import { Contexts } from './contexts';
import { countBySeverity, lspEdit } from './diagnostics';
import { filePathOf } from './file-uris';
import { hoverAt } from './hover';
import type { Lifecycle } from './lifecycle';
import { nameListFile, readFromDisk, type FileText } from './name-list-file';
import { nameListActions, prepareRename, rename } from './names';
import { codeActionContextOf, commandArgumentsOf, documentUriOf, invalid, isInDocument, positionOf, rangeOf, workspaceEditOf } from './params';
import { CONFIG_FILE_NAME } from '../node/config-loader';
import { inReadingOrder, setIsolates, t, withThousands } from './strings';
import { documentSymbols, flatSymbols } from './symbols';
import { checkFiles, filesToCheck } from './workspace-check';

export const COMMANDS = { fixAll: 'mudaqqiq.fixAll', checkWorkspace: 'mudaqqiq.checkWorkspace', applyEdit: 'mudaqqiq.applyEdit' } as const;
export const STATUS_NOTIFICATION = 'mudaqqiq/status';
/** Typing pause before a pushed re-check. */
export const DEBOUNCE_MS = 150;

export interface StatusParams {
  uri: string;
  version: number;
  /** False when the settings or the language leave the document alone (no counts to show). */
  checked: boolean;
  busy: boolean;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings beyond what is shown (a pathological document). */
  omitted: number;
  /** Only paragraph rules ran (a text far longer than an article). */
  limited: boolean;
}

export interface ServerOptions {
  /** Script for the worker thread that checks huge documents; without it they are checked inline. */
  workerScript?: string;
  version?: string;
}

/** `lifecycle`: the message strategy of `connection`, which keeps requests out until `initialize` is done. */
export function startServer(connection: Connection, lifecycle: Lifecycle, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const checker = new Checker(options.workerScript);
  const timers = new Map<string, NodeJS.Timeout>();
  /** Opened documents whose first content event is still to come (TextDocuments fires open, then change). */
  const opening = new Set<string>();
  /** Documents whose writer has been told that only paragraph checks run, or that findings are left out. */
  const toldOversize = new Set<string>();
  /** Files whose diagnostics the workspace check published (cleared when the editor takes them over). */
  const publishedFromDisk = new Set<string>();
  let pull = false;
  let refreshSupport = false;
  let editStyle: EditStyle = { documentChanges: false, createFiles: false };
  let hoverFormat: MarkupKind = MarkupKind.PlainText;
  /** The client answers workspace/applyEdit (for the fixAll command). */
  let applyEditSupport = false;
  /** The client takes CodeAction literals; else only Command literals, which apply an edit through applyEdit. */
  let codeActionLiterals = true;
  /** The client takes the outline as nested DocumentSymbol[]; else as flat SymbolInformation[]. */
  let hierarchicalSymbols = true;
  let clientLocale: string | undefined;
  let workspaceFolders: string[] = [];
  const dynamic = { configuration: false, watchedFiles: false, relativePatterns: false, workspaceFolders: false, documentSync: false };
  /** Names files that a `.mudaqqiq.json` points to: watched, and a change reloads the configuration. */
  const namesFiles = new Set<string>();
  let contexts: Contexts;
  let analyses: Analyses;

  const isOpen = (document: TextDocument) => documents.get(document.uri) === document;
  const isConfiguration = (uri: unknown) => typeof uri === 'string' && (uri.endsWith(`/${CONFIG_FILE_NAME}`) || namesFiles.has(filePathOf(uri) ?? ''));
  /** An open document to check: config and names files are open for the name-list action, and are no articles. */
  const article = (uri: string) => (isConfiguration(uri) ? undefined : documents.get(uri));

  const sendStatus = (analysis: Analysis | undefined, uri: string, busy: boolean, version = analysis?.version ?? 0) => {
    const counts = countBySeverity(analysis?.findings ?? []);
    const checked = busy || (analysis?.context.checked ?? false);
    const status: StatusParams = { uri, version, checked, busy, ...counts, omitted: analysis?.omittedFindings ?? 0, limited: analysis?.limited ?? false };
    void connection.sendNotification(STATUS_NOTIFICATION, status);
  };

  lifecycle.attach(connection);

  // The shape of the params was checked as the request arrived (checkArrivingParams); the capabilities are read warily.
  connection.onInitialize((params): InitializeResult => {
    const capabilities = params.capabilities;
    setIsolates(typeof params.clientInfo?.name === 'string' ? params.clientInfo.name : undefined);
    pull = capabilities.textDocument?.diagnostic !== undefined;
    refreshSupport = capabilities.workspace?.diagnostics?.refreshSupport === true;
    const workspaceEditCapabilities = capabilities.workspace?.workspaceEdit;
    editStyle = {
      documentChanges: workspaceEditCapabilities?.documentChanges === true,
      createFiles: workspaceEditCapabilities?.documentChanges === true && includes(workspaceEditCapabilities.resourceOperations, 'create'),
    };
    hoverFormat = includes(capabilities.textDocument?.hover?.contentFormat, MarkupKind.Markdown) ? MarkupKind.Markdown : MarkupKind.PlainText;
    applyEditSupport = capabilities.workspace?.applyEdit === true;
    codeActionLiterals = capabilities.textDocument?.codeAction?.codeActionLiteralSupport !== undefined;
    hierarchicalSymbols = capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
    // The locale only picks the language of messages: a client that sends a bad one (a typo in a Neovim
    // config) is better served by messages in the default language and a line in its log than by a
    // server that refuses to start.
    if (typeof params.locale === 'string') clientLocale = params.locale;
    else if (params.locale != null) connection.console.warn(`initialize: locale must be a string such as "ar" (got ${JSON.stringify(params.locale)}); messages follow the settings or default to English`);
    dynamic.configuration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    dynamic.watchedFiles = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    dynamic.relativePatterns = capabilities.workspace?.didChangeWatchedFiles?.relativePatternSupport === true;
    dynamic.workspaceFolders = capabilities.workspace?.workspaceFolders === true;
    dynamic.documentSync = capabilities.textDocument?.synchronization?.dynamicRegistration === true;
    workspaceFolders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    const fetchSettings = capabilities.workspace?.configuration
      ? (uri: string) => connection.workspace.getConfiguration({ scopeUri: uri, section: 'mudaqqiq' })
      : undefined;
    contexts = new Contexts({
      fetchSettings,
      clientLocale,
      globalSettings: settingsIn(params.initializationOptions),
      report: (problem) => {
        connection.console.warn(problem);
        // A notification, not window/showMessageRequest: nothing to wait for, nothing a client can refuse.
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Mudaqqiq: ${problem}` });
      },
      namesFileUsed: watchNamesFile,
    });
    analyses = new Analyses(contexts, checker, isOpen, {
      busy: (uri, version) => {
        sendStatus(analyses.last(uri), uri, true, version);
        // TextDocument counts the lines of its text when first asked, which would be at the first edit:
        // ~15 ms for 10 MB on top of the copy of the whole text that each edit makes. Counted now, in a
        // turn of its own while the worker checks (once: TextDocument keeps them up to date).
        setImmediate(() => documents.get(uri)?.lineCount);
      },
      idle: (uri, version) => sendStatus(analyses.last(uri), uri, false, version),
      checked: (analysis) => {
        sendStatus(analysis, analysis.uri, false);
        if ((analysis.limited || analysis.omittedFindings > 0) && !toldOversize.has(analysis.uri)) {
          toldOversize.add(analysis.uri);
          tellOversize(analysis);
        }
      },
    });
    lifecycle.started();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        ...(pull ? { diagnosticProvider: { identifier: 'mudaqqiq', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        documentSymbolProvider: { label: 'Mudaqqiq' },
        renameProvider: capabilities.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true,
        executeCommandProvider: { commands: [COMMANDS.fixAll, COMMANDS.checkWorkspace, COMMANDS.applyEdit] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'mudaqqiq-language-server', version: options.version },
    };
  });

  const tellOversize = (analysis: Analysis) => {
    if (analysis.limited) {
      const size = documents.get(analysis.uri)?.getText().length ?? 0;
      const message = inReadingOrder(t('limited', analysis.context.locale, { size: withThousands(size) }), analysis.context.locale);
      connection.console.info(`${analysis.uri}: ${t('limited', 'en', { size })}`);
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message });
    }
    if (analysis.omittedFindings > 0) {
      const total = analysis.findings.length + analysis.omittedFindings;
      connection.console.info(t('omittedFindings', 'en', { shown: analysis.findings.length, total, uri: analysis.uri }));
    }
  };

  function watchNamesFile(path: string) {
    if (namesFiles.has(path)) return;
    namesFiles.add(path);
    syncWhenOpen(`**/${basename(path)}`);
    if (!dynamic.watchedFiles) return;
    const globPattern = dynamic.relativePatterns ? { baseUri: pathToFileURL(dirname(path)).toString(), pattern: basename(path) } : `**/${basename(path)}`;
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern }] }).catch(() => (dynamic.watchedFiles = false));
  }

  /**
   * Has the client sync the files `pattern` matches while they are open: the name list is edited from the
   * editor's copy, which may hold changes not saved yet. The client's document selector covers articles only.
   */
  function syncWhenOpen(pattern: string) {
    if (!dynamic.documentSync) return;
    const documentSelector = [{ scheme: 'file', pattern }];
    const refused = () => (dynamic.documentSync = false);
    void connection.client.register(DidOpenTextDocumentNotification.type, { documentSelector }).catch(refused);
    void connection.client.register(DidChangeTextDocumentNotification.type, { documentSelector, syncKind: TextDocumentSyncKind.Incremental }).catch(refused);
    void connection.client.register(DidCloseTextDocumentNotification.type, { documentSelector }).catch(refused);
  }

  connection.onInitialized(() => {
    const register = connection.client.register.bind(connection.client);
    if (dynamic.configuration) void register(DidChangeConfigurationNotification.type, { section: 'mudaqqiq' }).catch(() => undefined);
    if (dynamic.watchedFiles) {
      // A client that announced the registration and then refused it watches nothing for us.
      void register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] }).catch(() => (dynamic.watchedFiles = false));
    }
    syncWhenOpen(`**/${CONFIG_FILE_NAME}`);
    if (dynamic.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        const gone = new Set(removed.map((f) => f.uri));
        workspaceFolders = [...workspaceFolders.filter((f) => !gone.has(f)), ...added.map((f) => f.uri)];
      });
    }
  });

  /** Asks a pull client to pull every document again. */
  const refreshDiagnostics = () => {
    // Typed void, but it is the request's promise; a client that fails it needs no retry.
    void Promise.resolve(connection.languages.diagnostics.refresh() as unknown).catch(() => undefined);
  };

  /** Settings or a config file changed: every document is checked again under the new configuration. */
  const configurationChanged = () => {
    analyses.generation++;
    if (pull) {
      if (refreshSupport) refreshDiagnostics();
      return;
    }
    for (const document of documents.all()) if (!isConfiguration(document.uri)) schedule(document.uri, 0);
  };

  connection.onDidChangeConfiguration((params) => {
    contexts.settingsChanged(settingsIn(params?.settings));
    configurationChanged();
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (!Array.isArray(params?.changes) || !params.changes.some((c) => isConfiguration(c?.uri))) return;
    contexts.configFilesChanged();
    configurationChanged();
  });

  /** A client that watches no files for the server: config files are looked at when a document opens or is saved. */
  const noticeConfigChangesOnDisk = () => {
    if (dynamic.watchedFiles || !contexts.configFilesStale()) return;
    contexts.configFilesChanged();
    configurationChanged();
  };

  // ---- checking: push after a pause (clients without pull diagnostics), pull on request ----

  const schedule = (uri: string, delay: number) => {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => void publish(uri), delay));
  };

  const publish = async (uri: string) => {
    timers.delete(uri);
    const document = article(uri);
    if (!document) return;
    try {
      const analysis = await analyses.analyse(document);
      void connection.sendDiagnostics({ uri, version: analysis.version, diagnostics: analysis.diagnostics });
    } catch (error) {
      if (!(error instanceof Superseded)) connection.console.error(`checking ${uri}: ${describe(error)}`);
    }
  };

  documents.onDidOpen(({ document }) => {
    noticeConfigChangesOnDisk();
    if (isConfiguration(document.uri)) return;
    // Opened again without a close: a new text, whose version may repeat the old one's.
    analyses.forget(document.uri);
    opening.add(document.uri);
    if (publishedFromDisk.delete(document.uri) && pull) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  documents.onDidChangeContent(({ document }) => {
    const { uri } = document;
    if (isConfiguration(uri)) return;
    if (opening.delete(uri)) {
      if (!pull) schedule(uri, 0);
      return;
    }
    if (pull) return;
    void contexts.settingsFor(uri).then((settings) => {
      if (settings.run === 'onType') schedule(uri, DEBOUNCE_MS);
    });
  });

  documents.onDidSave(({ document }) => {
    noticeConfigChangesOnDisk();
    if (isConfiguration(document.uri)) return;
    if (!pull) {
      schedule(document.uri, 0);
      return;
    }
    void contexts.settingsFor(document.uri).then(async (settings) => {
      if (settings.run !== 'onSave') return;
      await analyses.analyse(document).catch(() => undefined);
      if (refreshSupport) refreshDiagnostics();
    });
  });

  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    opening.delete(document.uri);
    toldOversize.delete(document.uri);
    analyses.forget(document.uri);
    if (!pull) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const document = article(documentUriOf(params));
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const settings = await contexts.settingsFor(document.uri);
    const last = analyses.last(document.uri);
    let analysis: Analysis;
    if (settings.run === 'onSave' && last && last.generation === analyses.generation) {
      analysis = last; // checked on open and save only
    } else {
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      try {
        analysis = await analyses.analyse(document);
      } catch (error) {
        if (error instanceof Superseded) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'the document changed', { retriggerRequest: true });
        throw error;
      }
    }
    if (params.previousResultId === analysis.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: analysis.resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: analysis.resultId, items: analysis.diagnostics };
  });

  /** The current analysis for a request about a document; undefined when the document is unknown or moved on. */
  const currentAnalysis = async (uri: string): Promise<{ document: TextDocument; analysis: Analysis } | undefined> => {
    const document = article(uri);
    if (!document) return undefined;
    try {
      return { document, analysis: await analyses.analyse(document) };
    } catch (error) {
      if (error instanceof Superseded) return undefined;
      throw error;
    }
  };

  // ---- features ----

  connection.onHover(async (params) => {
    const position = positionOf(params?.position);
    const current = await currentAnalysis(documentUriOf(params));
    if (!current || !isInDocument(current.document, position)) return null;
    return hoverAt(current.document, position, current.analysis, hoverFormat);
  });

  connection.onDocumentSymbol(async (params) => {
    const current = await currentAnalysis(documentUriOf(params));
    const outline = current?.analysis.outline();
    if (!current || !outline) return [];
    const symbols = documentSymbols(current.document, outline, current.analysis.context.locale);
    return hierarchicalSymbols ? symbols : flatSymbols(current.document.uri, symbols);
  });

  connection.onCodeAction(async (params, token) => {
    const uri = documentUriOf(params);
    const range = rangeOf(params?.range);
    const context = codeActionContextOf(params?.context);
    const only = context.only;
    const named = context.diagnostics.filter(isMudaqqiqDiagnostic);
    // Their ranges are compared with those of the server's own (other servers' diagnostics are not read).
    named.forEach((diagnostic) => rangeOf(diagnostic.range, `the range of the ${String(diagnostic.code)} diagnostic`));
    const current = await currentAnalysis(uri);
    if (!current || !current.analysis.context.checked || token.isCancellationRequested) return [];
    const { document, analysis } = current;
    const actions: CodeAction[] = [];
    if (wants(only, CodeActionKind.QuickFix)) {
      // The diagnostics the client names, as this analysis of the text gives them: the edits in a client's
      // copy may be of another text (one closed and opened again with the version numbers restarted) or
      // made up. None named, or none of them found: those in the range.
      const ours = named.length > 0 ? analysis.diagnostics.filter((d) => named.some((n) => sameDiagnostic(n, d))) : [];
      const diagnostics = ours.length > 0 ? ours : diagnosticsIn(analysis, range);
      actions.push(...quickFixes(document, diagnostics, analysis, editStyle));
      actions.push(...nameListActions(document, diagnostics, analysis, () => nameListFileFor(document.uri), editStyle));
    }
    if (only && wants(only, FIX_ALL_KIND)) {
      const edit = await fixAllEdit(document, analysis);
      if (edit) actions.push({ title: inReadingOrder(t('fixAll', analysis.context.locale), analysis.context.locale), kind: FIX_ALL_KIND, edit: workspaceEdit(document, [edit], editStyle) });
    }
    if (codeActionLiterals) return actions;
    // A client that takes only commands gets each action as one that applies its edit (none without applyEdit).
    if (!applyEditSupport) return [];
    return actions.flatMap((action): Command[] => (action.edit ? [{ title: action.title, command: COMMANDS.applyEdit, arguments: [action.edit] }] : []));
  });

  /** The workspace name list for a document on disk: its .mudaqqiq.json, else a new one at its workspace folder's root. */
  const nameListFileFor = (uri: string) => {
    const path = filePathOf(uri);
    if (!path) return undefined;
    const folder = workspaceFolders.filter((f) => uri.startsWith(f.endsWith('/') ? f : `${f}/`)).sort((a, b) => b.length - a.length)[0];
    return nameListFile(contexts.configFileFor(path), (folder && filePathOf(folder)) ?? dirname(path), editorOrDisk);
  };

  /** A file as the editor holds it when it is open there (synced by syncWhenOpen), else as it is on disk. */
  const editorOrDisk = (path: string): FileText | undefined => {
    const open = documents.all().find((d) => filePathOf(d.uri) === path);
    return open ? { text: open.getText(), open: { uri: open.uri, version: open.version } } : readFromDisk(path);
  };

  connection.onPrepareRename(async (params) => {
    const position = positionOf(params?.position);
    const current = await currentAnalysis(documentUriOf(params));
    if (!current || !isInDocument(current.document, position)) return null;
    return prepareRename(current.document, current.analysis, position);
  });

  connection.onRenameRequest(async (params) => {
    const position = positionOf(params?.position);
    const newName = typeof params?.newName === 'string' ? params.newName.trim() : '';
    // Control characters (a NUL, a tab) and line breaks have no place in a name written into the article.
    if (newName === '' || /[\p{Cc}\u2028\u2029]/u.test(newName)) throw invalid('newName must be a name on one line, without control characters');
    const current = await currentAnalysis(documentUriOf(params));
    if (!current || !isInDocument(current.document, position)) return null;
    return rename(current.document, current.analysis, position, newName, editStyle);
  });

  const fixAllEdit = async (document: TextDocument, analysis: Analysis) => {
    const { version } = document;
    const text = document.getText();
    const { kind, layers } = analysis.context;
    const edit = await checker.fix({ text, kind, layers }, document.uri);
    return edit && document.version === version ? lspEdit(document, edit) : undefined;
  };

  connection.onExecuteCommand(async (params, token, progress) => {
    const args = commandArgumentsOf(params);
    if (params?.command === COMMANDS.fixAll) {
      const arg = args[0];
      const uri = typeof arg === 'string' ? arg : typeof arg === 'object' && arg !== null ? (arg as { uri?: unknown }).uri : undefined;
      if (typeof uri !== 'string') throw invalid(`${COMMANDS.fixAll} takes the document URI`);
      // The source.fixAll.mudaqqiq code action carries the same edit for the client to apply itself.
      if (!applyEditSupport) throw new ResponseError(LSPErrorCodes.RequestFailed, `${COMMANDS.fixAll}: this editor cannot apply edits from the server (workspace.applyEdit); use the source.fixAll.mudaqqiq code action`);
      const current = await currentAnalysis(uri);
      if (!current || !current.analysis.context.checked) return { applied: false };
      const edit = await fixAllEdit(current.document, current.analysis);
      if (!edit) return { applied: false };
      const { locale } = current.analysis.context;
      return applyThroughClient(workspaceEdit(current.document, [edit], editStyle), locale, inReadingOrder(t('fixAll', locale), locale));
    }
    if (params?.command === COMMANDS.applyEdit) {
      const edit = workspaceEditOf(args[0], `the argument of ${COMMANDS.applyEdit}`);
      return applyThroughClient(edit, localeOfEdit(edit));
    }
    if (params?.command === COMMANDS.checkWorkspace) {
      const uris = await filesToCheck(args, workspaceFolders);
      return checkFiles(
        uris,
        {
          contexts,
          checker,
          locale: clientLanguage(),
          isOpen: (uri) => documents.get(uri) !== undefined,
          publish: (uri, diagnostics) => {
            publishedFromDisk.add(uri);
            void connection.sendDiagnostics({ uri, diagnostics });
          },
        },
        progress,
        token,
      );
    }
    throw invalid(`unknown command ${String(params?.command)}`);
  });

  /**
   * Has the client apply `edit`. One it refuses (a document changed meanwhile) or fails to apply is told
   * to the writer, who chose the action and would otherwise see nothing happen, and logged; the answer's
   * failureReason lets a client tell that from nothing to apply.
   */
  const applyThroughClient = async (edit: WorkspaceEdit, locale: Locale, label?: string): Promise<ApplyWorkspaceEditResult> => {
    let reason: string | undefined;
    try {
      const result = await connection.workspace.applyEdit(label === undefined ? { edit } : { label, edit });
      if (result.applied) return { applied: true };
      reason = result.failureReason;
    } catch (error) {
      reason = error instanceof Error ? error.message : String(error);
    }
    connection.console.warn(`workspace/applyEdit: the client did not apply the edit${reason ? `: ${reason}` : ''}`);
    const message = reason ? t('editFailed', locale, { reason }) : t('editNotApplied', locale);
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: inReadingOrder(message, locale) });
    return { applied: false, failureReason: reason || 'not applied' };
  };

  /** The language of the client (initialize's locale), for what concerns no one document. */
  const clientLanguage = (): Locale => (clientLocale?.toLowerCase().startsWith('ar') ? 'ar' : 'en');

  /** The language of the document an edit changes (its settings may choose one), else the client's. */
  const localeOfEdit = (edit: WorkspaceEdit): Locale => {
    // The edit came back from the client as a command argument: read warily.
    const change: unknown = Array.isArray(edit.documentChanges) ? edit.documentChanges[0] : undefined;
    const uri = typeof change === 'object' && change !== null ? (change as { textDocument?: { uri?: unknown } }).textDocument?.uri : Object.keys(edit.changes ?? {})[0];
    return (typeof uri === 'string' && analyses.last(uri)?.context.locale) || clientLanguage();
  };

  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer);
    checker.dispose();
  });

  // A failure in one handler must not take the server down with every open document.
  process.on('unhandledRejection', (reason) => connection.console.error(`unhandled: ${describe(reason)}`));

  documents.listen(connection);
  connection.listen();
}

/** The `mudaqqiq` section of a settings object, or the object itself when it is already that section. */
function settingsIn(value: unknown): unknown {
  // Neovim sends didChangeConfiguration with {} when nothing is set: that changes nothing.
  if (!value || typeof value !== 'object' || Object.keys(value).length === 0) return undefined;
  const section = (value as { mudaqqiq?: unknown }).mudaqqiq;
  return section ?? value;
}

/** Whether a capability's list (which a client may send as anything) holds `value`. */
function includes(list: unknown, value: string): boolean {
  return Array.isArray(list) && list.includes(value);
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
