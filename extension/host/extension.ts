// The `main` entry (Node extension host): the language server runs as a Node process over IPC,
// and `file:` logs are read as Node streams.
import type * as vscode from 'vscode';
import { activateWith, deactivateClient } from './activate';
import { nodeFileBytes } from './platform/nodeFileBytes';
import { nodeServerLauncher } from './platform/nodeServerLauncher';

export function activate(context: vscode.ExtensionContext): Promise<void> {
  return activateWith(context, nodeServerLauncher, [nodeFileBytes]);
}

export function deactivate(): Promise<void> {
  return deactivateClient();
}
