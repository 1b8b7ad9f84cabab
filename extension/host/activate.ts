// The extension's activation, shared by both runtimes: each feature registers itself here in one
// line. The entries (extension.ts for Node, browserExtension.ts for the Web Worker) only choose
// how the language server runs and which byte sources can read a log file.
import type * as vscode from 'vscode';
import { registerClientCommands } from './clientCommands';
import { KmsLanguageClient } from './languageClient';
import type { LogByteSource } from './logScan/logBytes';
import { registerLogScan } from './logScan/registerLogScan';
import type { ServerLauncher } from './platform/serverLauncher';
import { registerTerminalLinks } from './terminal/terminalLinkProvider';
import { registerWebviewUi } from './ui/registerWebviewUi';

let client: KmsLanguageClient | undefined;

/**
 * Starts the language client with `launcher` and registers the commands, the terminal links,
 * Scan Log File and the webviews. `fileSources` read logs before vscode.workspace.fs does (Node
 * streams for `file:` on the desktop; none in the browser).
 */
export async function activateWith(context: vscode.ExtensionContext, launcher: ServerLauncher, fileSources: readonly LogByteSource[]): Promise<void> {
  client = new KmsLanguageClient(context, launcher);
  context.subscriptions.push(client, ...registerClientCommands(client));
  const logScan = registerLogScan(fileSources);
  context.subscriptions.push(...logScan.disposables, ...registerTerminalLinks());
  // A file Scan Log File has read answers from its results (the server never sees a file over
  // the sync limit); any other from the language server.
  const summaryOf = async (uri: vscode.Uri) => logScan.results.summaryFor(uri) ?? (client ? client.summary(uri) : null);
  context.subscriptions.push(...registerWebviewUi(context, summaryOf, logScan.results.onDidChange));
  await client.start();
}

/** Stops the language server; VS Code waits for it on deactivation. */
export async function deactivateClient(): Promise<void> {
  await client?.dispose();
  client = undefined;
}
