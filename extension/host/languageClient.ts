import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { SUMMARY_REQUEST, type DocumentSummary } from '../core/recognize/types';
import { documentSelectorFor } from './documentSelector';
import type { LaunchedClient, ServerLauncher, ServerTransport } from './platform/serverLauncher';
import { trustOurCommands } from './trustedHover';

/** The client id: VS Code reads `kmsErrors.trace.server` from it. */
const CLIENT_ID = 'kmsErrors';

/** What `KMS: Show Language Server Status` reports. */
export interface ServerStatus {
  readonly running: boolean;
  readonly transport: ServerTransport;
}

/**
 * The KMS Errors language client: starts the server the way the runtime's launcher does (a Node
 * process over IPC, or a Web Worker), trusts our hover command links, and offers the summary
 * request to the rest of the host (the side bar).
 */
export class KmsLanguageClient implements vscode.Disposable {
  private launched: LaunchedClient;
  private readonly watcher: vscode.Disposable;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly launcher: ServerLauncher,
  ) {
    this.launched = this.create();
    // The selector is fixed when the client starts, so a new language list needs a new client.
    this.watcher = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('kmsErrors.languages')) void this.recreate();
    });
  }

  private get client(): BaseLanguageClient {
    return this.launched.client;
  }

  start(): Promise<void> {
    return this.client.start();
  }

  /** Stops the server and starts a fresh one (`KMS: Restart Language Server`). */
  async restart(): Promise<void> {
    await this.recreate();
  }

  /** Whether the server runs, and how it is reached. */
  status(): ServerStatus {
    return { running: this.client.isRunning(), transport: this.launcher.transport };
  }

  /** The KMS errors found in an open document, counted by code; null if the server does not know it. */
  async summary(uri: vscode.Uri): Promise<DocumentSummary | null> {
    if (!this.client.isRunning()) return null;
    return this.client.sendRequest<DocumentSummary | null>(SUMMARY_REQUEST, { uri: uri.toString() });
  }

  /** Stops the server; VS Code waits for the promise on deactivation. */
  async dispose(): Promise<void> {
    this.watcher.dispose();
    try {
      await this.client.dispose();
    } finally {
      this.launched.release();
    }
  }

  private async recreate(): Promise<void> {
    const old = this.launched;
    this.launched = this.create();
    try {
      if (old.client.needsStop()) await old.client.stop();
    } finally {
      old.release();
    }
    await this.client.start();
  }

  private create(): LaunchedClient {
    const config = vscode.workspace.getConfiguration('kmsErrors');
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelectorFor(config.get<string[]>('languages')),
      synchronize: { configurationSection: 'kmsErrors' },
      initializationOptions: {
        locale: vscode.env.language,
        // VS Code's hover shows the diagnostics at the position above the providers' hovers, so
        // the server leaves out of its hover the headline that our diagnostic there already says.
        diagnosticsInHover: true,
        settings: { language: config.get('language'), diagnostics: config.get('diagnostics'), maxDiagnostics: config.get('maxDiagnostics') },
      },
      middleware: {
        provideHover: async (document, position, token, next) => {
          const hover = await next(document, position, token);
          return hover ? trustOurCommands(hover) : hover;
        },
      },
    };
    return this.launcher.launch(this.context, CLIENT_ID, 'KMS Errors', clientOptions);
  }
}
