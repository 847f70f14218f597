// The VS Code face of Mudaqqiq: a thin client that starts the bundled language server (dist/server.js) and
// adds what LSP has no words for: the language status item, progress for the workspace check, the output
// channel, and saving the other files a quick fix edits (the workspace name list). Every finding, fix,
// outline entry and rename comes from the server.
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  LSPErrorCodes,
  ResponseError,
  State,
  TransportKind,
  WorkDoneProgress,
  type DocumentSelector,
  type LanguageClientOptions,
  type Middleware,
  type ServerOptions,
} from 'vscode-languageclient/node';
import type { WorkspaceCheckResult } from '../../server/src/lsp/workspace-check';
import { ArticleStatus } from './status';

const CLIENT_ID = 'mudaqqiq';
const CONFIG_SECTION = 'mudaqqiq';
/** Schemes of documents a writer edits; diff views, git history and output panes are left alone. */
const SCHEMES = ['file', 'untitled'];

const COMMANDS = {
  fixAll: 'mudaqqiq.fixAll',
  checkWorkspace: 'mudaqqiq.checkWorkspace',
  showOutput: 'mudaqqiq.showOutput',
  /** Internal: run after a quick fix, not in the palette. */
  saveEditedFiles: 'mudaqqiq.saveEditedFiles',
} as const;

let client: LanguageClient | undefined;
/**
 * Starts and stops, one at a time: settings can change again while a restart is under way, and two
 * overlapping restarts would stop a client that is still starting or leave two running.
 */
let lifecycle: Promise<void> = Promise.resolve();

function serially(step: () => Promise<void>): Promise<void> {
  lifecycle = lifecycle.catch(() => undefined).then(step);
  return lifecycle;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel(vscode.l10n.t('Mudaqqiq'));
  const status = new ArticleStatus();
  context.subscriptions.push(
    output,
    status,
    vscode.commands.registerCommand(COMMANDS.showOutput, () => output.show(true)),
    vscode.commands.registerCommand(COMMANDS.saveEditedFiles, saveEditedFiles),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      // The document selector is fixed when a client starts, so a new language list needs a new client.
      if (event.affectsConfiguration(`${CONFIG_SECTION}.languages`)) await serially(restart);
    }),
  );

  async function start(): Promise<void> {
    const selector = documentSelector(languagesSetting());
    status.setSelector(selector);
    client = createClient(context, output, selector, () => client);
    client.onNotification(ArticleStatus.notification, (params) => status.update(params));
    client.onDidChangeState(({ newState }) => {
      if (newState === State.Stopped) status.clear();
    });
    try {
      await client.start();
    } catch (error) {
      output.appendLine(String(error instanceof Error ? (error.stack ?? error.message) : error));
      // Not awaited: activation must not wait for someone to read the message.
      const show = vscode.l10n.t('Show output');
      void vscode.window.showErrorMessage(vscode.l10n.t('The Mudaqqiq language server could not start.'), show).then((choice) => {
        if (choice === show) output.show(true);
      });
    }
  }

  async function restart(): Promise<void> {
    await stop();
    await start();
  }

  await serially(start);
}

export function deactivate(): Promise<void> {
  return serially(stop);
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  try {
    if (running?.needsStop()) await running.stop();
  } catch {
    // A server that died is stopped too.
  }
}

/** `mudaqqiq.languages`, or its default from package.json when the user's value is not a list of ids. */
function languagesSetting(): string[] {
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION);
  const value = config.get<unknown>('languages');
  if (isIdList(value)) return value;
  const fallback = config.inspect<unknown>('languages')?.defaultValue;
  return isIdList(fallback) ? fallback : [];
}

function isIdList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((id) => typeof id === 'string');
}

function documentSelector(languages: string[]): DocumentSelector {
  return languages.flatMap((language) => SCHEMES.map((scheme) => ({ language, scheme })));
}

function createClient(
  context: vscode.ExtensionContext,
  output: vscode.OutputChannel,
  selector: DocumentSelector,
  current: () => LanguageClient | undefined,
): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector,
    synchronize: {
      configurationSection: CONFIG_SECTION,
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.mudaqqiq.json'),
    },
    outputChannel: output,
    middleware: { ...commandMiddleware(current), provideCodeActions: savingOtherFiles },
  };
  return new LanguageClient(CLIENT_ID, vscode.l10n.t('Mudaqqiq'), serverOptions, clientOptions);
}

/**
 * The server lists its commands in `executeCommandProvider`, and the language client registers each as a
 * VS Code command of the same id; this middleware gives the two that a person runs from the palette what
 * the protocol leaves out: the current article, progress, and a word about the outcome.
 */
function commandMiddleware(current: () => LanguageClient | undefined): Middleware {
  return {
    async executeCommand(command, args, next) {
      if (command === COMMANDS.fixAll) {
        const uri = documentUri(args[0]) ?? vscode.window.activeTextEditor?.document.uri.toString();
        if (!uri) {
          void vscode.window.showInformationMessage(vscode.l10n.t('Open an article to fix its problems.'));
          return undefined;
        }
        const result = (await next(command, [uri])) as { applied?: boolean; failureReason?: string } | undefined;
        // With a failureReason the edit failed, which the server has told.
        if (result && !result.applied && result.failureReason === undefined) {
          void vscode.window.showInformationMessage(vscode.l10n.t('Nothing in this article can be fixed automatically.'));
        }
        return result;
      }
      const client = current();
      if (command === COMMANDS.checkWorkspace && client) return checkWorkspace(client, args);
      return next(command, args);
    },
  };
}

/**
 * A quick fix that edits files besides the article (the workspace name list in .mudaqqiq.json) saves
 * them once applied, so that the check, which reads the list from disk, takes the new entry: VS Code
 * leaves a file it edits in the background unsaved. A file with changes of the writer's own not saved
 * yet is left for them to save (the server edits the editor's copy of it, so nothing is lost). The
 * article itself stays as the writer left it.
 */
const savingOtherFiles: Middleware['provideCodeActions'] = async (document, range, context, token, next) => {
  const actions = await next(document, range, context, token);
  for (const action of actions ?? []) {
    if (!(action instanceof vscode.CodeAction) || !action.edit || action.command) continue;
    const others = action.edit.entries().map(([uri]) => uri).filter((uri) => uri.toString() !== document.uri.toString() && !hasUnsavedChanges(uri));
    if (others.length > 0) action.command = { title: action.title, command: COMMANDS.saveEditedFiles, arguments: others };
  }
  return actions;
};

function hasUnsavedChanges(uri: vscode.Uri): boolean {
  return vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty);
}

async function saveEditedFiles(...uris: vscode.Uri[]): Promise<void> {
  const wanted = new Set(uris.map((uri) => uri.toString()));
  await Promise.all(vscode.workspace.textDocuments.filter((d) => wanted.has(d.uri.toString()) && d.isDirty).map((d) => d.save()));
}

/** Runs the server's workspace check with its progress in a notification that can cancel it. */
async function checkWorkspace(client: LanguageClient, args: unknown[]): Promise<WorkspaceCheckResult | undefined> {
  const workDoneToken = randomUUID();
  const title = vscode.l10n.t('Mudaqqiq: checking the articles in the workspace…');
  let result: WorkspaceCheckResult | undefined;
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title, cancellable: true },
      async (progress, cancellation) => {
        let shown = 0;
        const listening = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
          if (value.kind === 'end') return;
          const percentage = value.percentage ?? shown;
          progress.report({ message: value.message, increment: percentage - shown });
          shown = percentage;
        });
        try {
          const params = { command: COMMANDS.checkWorkspace, arguments: args, workDoneToken };
          return (await client.sendRequest(ExecuteCommandRequest.type, params, cancellation)) as WorkspaceCheckResult;
        } finally {
          listening.dispose();
        }
      },
    );
  } catch (error) {
    if (error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled) return undefined;
    throw error;
  }
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  void vscode.window.showInformationMessage(
    vscode.l10n.t(
      'Files checked: {0} of {1} · Errors: {2} · Warnings: {3} · Information: {4}',
      result.checked,
      result.files,
      result.errors,
      result.warnings,
      result.infos,
    ),
  );
  return result;
}

/** A command argument that names a document: a URI string (from the server or a link) or a vscode.Uri (from a menu). */
function documentUri(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (arg instanceof vscode.Uri) return arg.toString();
  return undefined;
}
