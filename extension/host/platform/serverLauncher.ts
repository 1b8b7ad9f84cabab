import type * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';

/** How the language server runs, as `KMS: Show Language Server Status` reports it. */
export type ServerTransport = 'node-ipc' | 'web-worker';

/** A started-or-startable client with whatever the runtime must release after it stops. */
export interface LaunchedClient {
  readonly client: BaseLanguageClient;
  /** Releases what the launcher made for this client (a Web Worker); called after the client stopped. */
  release(): void;
}

/**
 * The one thing the host does differently per runtime: how the language server is started and
 * reached. The desktop starts dist/server.js as a Node process over IPC; VS Code for the Web runs
 * dist/server.browser.js, the same startServer(connection), in a Web Worker. Everything else in
 * the host (commands, webviews, the client's options and middleware) is shared.
 */
export interface ServerLauncher {
  readonly transport: ServerTransport;
  launch(context: vscode.ExtensionContext, id: string, name: string, options: LanguageClientOptions): LaunchedClient;
}
