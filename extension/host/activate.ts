// The extension's activation, shared by both runtimes: each feature registers itself here in one
// line. The entries (extension.ts for Node, browserExtension.ts for the Web Worker) only choose
// how the language server runs.
import type * as vscode from 'vscode';
import { registerClientCommands } from './clientCommands';
import { KmsLanguageClient } from './languageClient';
import type { ServerLauncher } from './platform/serverLauncher';
import { registerWebviewUi } from './ui/registerWebviewUi';

let client: KmsLanguageClient | undefined;

/** Starts the language client with `launcher` and registers the commands and webviews. */
export async function activateWith(context: vscode.ExtensionContext, launcher: ServerLauncher): Promise<void> {
  client = new KmsLanguageClient(context, launcher);
  context.subscriptions.push(client, ...registerClientCommands(client));
  context.subscriptions.push(...registerWebviewUi(context, async (uri) => (client ? client.summary(uri) : null)));
  await client.start();
}

/** Stops the language server; VS Code waits for it on deactivation. */
export async function deactivateClient(): Promise<void> {
  await client?.dispose();
  client = undefined;
}
