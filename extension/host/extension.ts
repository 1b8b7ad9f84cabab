// The extension's entry. Each feature registers itself here in one line.
import type * as vscode from 'vscode';
import { registerClientCommands } from './clientCommands';
import { KmsLanguageClient } from './languageClient';
import { registerWebviewUi } from './ui/registerWebviewUi';

let client: KmsLanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = new KmsLanguageClient(context);
  context.subscriptions.push(client, ...registerClientCommands(client));
  context.subscriptions.push(...registerWebviewUi(context, async (uri) => (client ? client.summary(uri) : null)));
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.dispose();
  client = undefined;
}
