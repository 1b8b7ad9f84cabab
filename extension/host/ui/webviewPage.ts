import * as vscode from 'vscode';
import { newNonce, renderWebviewHtml } from '../../../webview/html';
import type { WebviewKind } from '../../../webview/protocol';
import { displayLanguage } from './displayLanguage';

/** Scripts on; local resources only from the built webview files in dist/. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, enableCommandUris: false, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist')] };
}

/** The page for one webview, with a fresh nonce each time it is set (see webview/html.ts). */
export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, view: WebviewKind, title: string): string {
  const dist = vscode.Uri.joinPath(extensionUri, 'dist');
  return renderWebviewHtml({
    view,
    nonce: newNonce(),
    cspSource: webview.cspSource,
    scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js')).toString(),
    styleUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.css')).toString(),
    lang: displayLanguage(),
    title,
  });
}
