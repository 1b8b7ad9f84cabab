// The extension's entry. Each feature registers itself here in one line.
import type * as vscode from 'vscode';
import { registerClientCommands } from './clientCommands';
import { KmsLanguageClient } from './languageClient';
import { nodeFileBytes } from './logScan/nodeFileBytes';
import { registerLogScan } from './logScan/registerLogScan';
import { registerTerminalLinks } from './terminal/terminalLinkProvider';
import { registerWebviewUi } from './ui/registerWebviewUi';

let client: KmsLanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = new KmsLanguageClient(context);
  context.subscriptions.push(client, ...registerClientCommands(client));
  // The desktop reads `file:` logs as Node streams; a browser entry passes no file sources.
  const logScan = registerLogScan([nodeFileBytes]);
  context.subscriptions.push(...logScan.disposables, ...registerTerminalLinks());
  // A file Scan Log File has read answers from its results (the server never sees a file over
  // the sync limit); any other from the language server.
  const summaryOf = async (uri: vscode.Uri) => logScan.results.summaryFor(uri) ?? (client ? client.summary(uri) : null);
  context.subscriptions.push(...registerWebviewUi(context, summaryOf, logScan.results.onDidChange));
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.dispose();
  client = undefined;
}
