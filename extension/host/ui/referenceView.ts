import * as vscode from 'vscode';
import { markdownReport, type ApiSurface, type DocumentSummary } from '../../core';
import type { HostToWebview, SummaryMessage } from '../../../webview/protocol';
import { displayLanguage, onDisplayLanguageChange } from './displayLanguage';
import { handleSharedAction } from './sharedActions';
import { WebviewChannel } from './webviewChannel';
import { webviewHtml, webviewOptions } from './webviewPage';

/** The view id in package.json (its container is the KMS activity-bar icon). */
export const REFERENCE_VIEW_ID = 'kmsErrors.reference';

/** Where the summary comes from: the language server's `kmsErrors/summary` request. */
export type SummarySource = (uri: vscode.Uri) => Promise<DocumentSummary | null>;

// Summaries follow typing, but a request per keystroke would be waste.
const SUMMARY_DELAY_MS = 400;

/** The active editor's file: its text editor's document, else the active tab's (a file not synced to extensions). */
function activeFileUri(): vscode.Uri | undefined {
  const editor = vscode.window.activeTextEditor?.document.uri;
  if (editor) return editor;
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputText ? input.uri : undefined;
}

/** The document of `uri` if VS Code handed it to extensions. */
function activeTextDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

/**
 * The side-bar reference. The page holds the catalog and does search and filters itself; the
 * host tells it which entry to reveal and what the active document contains.
 */
export class ReferenceViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private channel: WebviewChannel | undefined;
  private pendingReveal: HostToWebview | undefined;
  private lastSummary: SummaryMessage = { type: 'summary', documentName: null, summary: null };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly summarySource: SummarySource | undefined,
    summaryChanged?: vscode.Event<unknown>,
  ) {
    this.disposables.push(
      onDisplayLanguageChange((lang) => this.channel?.post({ type: 'setLanguage', lang })),
      vscode.window.onDidChangeActiveTextEditor(() => this.scheduleSummary()),
      // A file too large to be synced has a tab but no text editor for extensions.
      vscode.window.tabGroups.onDidChangeTabs(() => this.scheduleSummary()),
      ...(summaryChanged ? [summaryChanged(() => this.scheduleSummary())] : []),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.scheduleSummary();
      }),
    );
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = webviewOptions(this.extensionUri);
    this.channel?.dispose();
    const channel = new WebviewChannel(view.webview, 'reference', (message) => void this.onMessage(message));
    this.channel = channel;
    view.webview.html = webviewHtml(view.webview, this.extensionUri, 'reference', vscode.l10n.t('KMS Error Reference'));
    view.onDidChangeVisibility(() => {
      if (view.visible) this.scheduleSummary();
    });
    view.onDidDispose(() => {
      channel.dispose();
      if (this.view === view) {
        this.view = undefined;
        this.channel = undefined;
      }
    });
    channel.post(this.lastSummary);
    if (this.pendingReveal) channel.post(this.pendingReveal);
    this.pendingReveal = undefined;
    this.scheduleSummary();
  }

  /**
   * Shows the side bar and selects an entry; `api` null picks the instance API entry first.
   * `found` is what the text said (message, operation), to mark the matching variant.
   */
  async reveal(api: ApiSurface | null, code: string, found: { message?: string; operation?: string } = {}): Promise<void> {
    const message: HostToWebview = { type: 'revealEntry', api, code, ...found };
    if (this.channel) this.channel.post(message);
    else this.pendingReveal = message;
    await vscode.commands.executeCommand(`${REFERENCE_VIEW_ID}.focus`);
    this.view?.show(false);
  }

  private async onMessage(message: Parameters<typeof handleSharedAction>[0]): Promise<void> {
    if (await handleSharedAction(message)) return;
    if (message.type === 'revealLine') {
      // Only the document the summary was made for: the page cannot make the host open other files.
      if (message.uri !== this.lastSummary.summary?.uri) return;
      const uri = vscode.Uri.parse(message.uri, true);
      if (activeTextDocument(uri) === undefined) {
        // Not synced to extensions (a scanned log over 50 MB): let the workbench open it at the line.
        await vscode.commands.executeCommand('vscode.open', uri, { selection: new vscode.Range(message.line, 0, message.line, 0), preserveFocus: false });
        return;
      }
      const document = await vscode.workspace.openTextDocument(uri);
      const line = Math.min(message.line, document.lineCount - 1);
      const range = document.lineAt(line).range;
      await vscode.window.showTextDocument(document, { selection: range, preserveFocus: false });
    } else if (message.type === 'copyReport') {
      // The report of the summary the page shows, and only for that document.
      const { summary, documentName } = this.lastSummary;
      if (!summary || message.uri !== summary.uri) return;
      await vscode.env.clipboard.writeText(markdownReport(summary, documentName ?? summary.uri, displayLanguage()));
      vscode.window.setStatusBarMessage(`$(check) ${vscode.l10n.t('Report copied')}`, 3000);
    }
  }

  private scheduleSummary(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refreshSummary(), SUMMARY_DELAY_MS);
  }

  private async refreshSummary(): Promise<void> {
    if (!this.view?.visible) return;
    const uri = activeFileUri();
    let summary: DocumentSummary | null = null;
    if (uri && this.summarySource) {
      try {
        summary = await this.summarySource(uri);
      } catch {
        // The server may be starting or restarting: show no summary rather than an error.
        summary = null;
      }
    }
    const name = uri ? vscode.workspace.asRelativePath(uri, false) : null;
    this.lastSummary = { type: 'summary', documentName: name, summary };
    this.channel?.post(this.lastSummary);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
