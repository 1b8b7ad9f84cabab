import * as vscode from 'vscode';
import type { DecodeMessage } from '../../../webview/protocol';
import { onDisplayLanguageChange } from './displayLanguage';
import { handleSharedAction } from './sharedActions';
import { WebviewChannel } from './webviewChannel';
import { webviewHtml, webviewOptions } from './webviewPage';

/** The panel's view type: the serializer and the onWebviewPanel activation event name it. */
export const DECODE_PANEL_TYPE = 'kmsErrors.decodePanel';

/**
 * The one decode panel. Commands bring it text to decode; the page decodes and renders it and
 * keeps its own state (getState/setState), so hiding the panel costs nothing and a window reload
 * brings it back through the serializer.
 */
export class DecodePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private channel: WebviewChannel | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly extensionUri: vscode.Uri) {
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(DECODE_PANEL_TYPE, {
        deserializeWebviewPanel: async (panel: vscode.WebviewPanel) => this.attach(panel),
      }),
      onDisplayLanguageChange((lang) => this.channel?.post({ type: 'setLanguage', lang })),
    );
  }

  /** Opens (or reveals) the panel, and decodes `request` in it when given. */
  show(request?: Omit<DecodeMessage, 'type'>): void {
    if (this.panel) this.panel.reveal(undefined, false);
    else {
      const panel = vscode.window.createWebviewPanel(DECODE_PANEL_TYPE, vscode.l10n.t('Decode KMS Error'), vscode.ViewColumn.Active, webviewOptions(this.extensionUri));
      this.attach(panel);
    }
    if (request) this.channel?.post({ type: 'decode', text: request.text, format: request.format });
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'kms-errors.svg');
    panel.webview.options = webviewOptions(this.extensionUri);
    const channel = new WebviewChannel(panel.webview, 'panel', (message) => void handleSharedAction(message));
    this.channel = channel;
    panel.webview.html = webviewHtml(panel.webview, this.extensionUri, 'panel', vscode.l10n.t('Decode KMS Error'));
    panel.onDidDispose(() => {
      channel.dispose();
      if (this.panel === panel) {
        this.panel = undefined;
        this.channel = undefined;
      }
    });
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
