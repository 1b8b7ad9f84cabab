// The `main` entry (Node extension host): the language server runs as a Node process over IPC.
import type * as vscode from 'vscode';
import { activateWith, deactivateClient } from './activate';
import { nodeServerLauncher } from './platform/nodeServerLauncher';

export function activate(context: vscode.ExtensionContext): Promise<void> {
  return activateWith(context, nodeServerLauncher);
}

export function deactivate(): Promise<void> {
  return deactivateClient();
}
