import * as vscode from 'vscode';
import type { ServerStatus } from './languageClient';

/**
 * The sentence `KMS: Show Language Server Status` shows: whether the server runs, where (a Node.js
 * process or a Web Worker) and which kind of VS Code UI this is. It tells a user of VS Code for
 * the Web (and the end-to-end test) that the server really runs in the browser.
 */
export function serverStatusMessage(status: ServerStatus, uiKind: vscode.UIKind): string {
  const state = status.running ? vscode.l10n.t('running') : vscode.l10n.t('not running');
  const where = status.transport === 'web-worker' ? vscode.l10n.t('a Web Worker') : vscode.l10n.t('a Node.js process (IPC)');
  const ui = uiKind === vscode.UIKind.Web ? vscode.l10n.t('VS Code for the Web') : vscode.l10n.t('VS Code desktop');
  return vscode.l10n.t('KMS Errors language server: {0} in {1}; {2}.', state, where, ui);
}
