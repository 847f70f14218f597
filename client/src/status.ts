// The language status item (under the {} next to the language name in the status bar): the active
// article's counts from the server's `mudaqqiq/status` notification, a spinner while a long article is
// being checked, and no counts for a document the server leaves alone (an English .txt).
import * as vscode from 'vscode';
import { NotificationType, type DocumentSelector } from 'vscode-languageclient/node';
import type { StatusParams } from '../../server/src/lsp/server';

export class ArticleStatus implements vscode.Disposable {
  // The method is STATUS_NOTIFICATION of server/src/lsp/server.ts, spelled out so that the client bundle
  // does not pull in the server.
  static readonly notification = new NotificationType<StatusParams>('mudaqqiq/status');

  private readonly item = vscode.languages.createLanguageStatusItem('mudaqqiq.status', []);
  private readonly byUri = new Map<string, StatusParams>();
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.item.name = vscode.l10n.t('Mudaqqiq');
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((document) => this.byUri.delete(document.uri.toString())),
    ];
    this.render();
  }

  setSelector(selector: DocumentSelector): void {
    this.item.selector = selector as vscode.DocumentSelector;
  }

  update(params: StatusParams): void {
    const known = this.byUri.get(params.uri);
    if (known && known.version > params.version) return;
    this.byUri.set(params.uri, params);
    if (params.uri === activeUri()) this.render();
  }

  /** The server stopped: what it said no longer holds. */
  clear(): void {
    this.byUri.clear();
    this.render();
  }

  dispose(): void {
    this.item.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private render(): void {
    const uri = activeUri();
    const status = uri === undefined ? undefined : this.byUri.get(uri);
    const item = this.item;
    item.busy = status?.busy ?? false;
    item.command = undefined;
    if (!status) {
      item.text = vscode.l10n.t('Mudaqqiq');
      item.detail = vscode.l10n.t('Not checked yet');
      return;
    }
    if (!status.checked) {
      item.text = vscode.l10n.t('Mudaqqiq');
      item.detail = vscode.l10n.t('Not checked: not an Arabic article, or checking is off for it');
      return;
    }
    const total = status.errors + status.warnings + status.infos;
    if (status.busy && total === 0) {
      item.text = vscode.l10n.t('Checking…');
      item.detail = undefined;
      return;
    }
    item.text = total === 0 ? `$(check) ${vscode.l10n.t('No problems')}` : `$(warning) ${vscode.l10n.t('Problems: {0}', total)}`;
    item.detail = vscode.l10n.t('Errors: {0} · Warnings: {1} · Information: {2}', status.errors, status.warnings, status.infos);
    if (status.omitted > 0) item.detail += ` · ${vscode.l10n.t('Not shown: {0}', status.omitted)}`;
    if (total > 0) item.command = { title: vscode.l10n.t('Fix all'), command: 'mudaqqiq.fixAll', arguments: [status.uri] };
  }
}

function activeUri(): string | undefined {
  return vscode.window.activeTextEditor?.document.uri.toString();
}
