// The `browser` entry (VS Code for the Web's Web Worker extension host): there is no Node, so the
// language server, the same startServer(connection), runs in a Web Worker.
import type * as vscode from 'vscode';
import { activateWith, deactivateClient } from './activate';
import { browserServerLauncher } from './platform/browserServerLauncher';

export function activate(context: vscode.ExtensionContext): Promise<void> {
  return activateWith(context, browserServerLauncher, []);
}

export function deactivate(): Promise<void> {
  return deactivateClient();
}
