import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SUMMARY_REQUEST, type DocumentSummary } from '../core/recognize/types';
import { documentSelectorFor } from './documentSelector';
import { SERVER_ENV, SERVER_EXEC_ARGV } from './serverExecArgv';
import { trustOurCommands } from './trustedHover';

/** The client id: VS Code reads `kmsErrors.trace.server` from it. */
const CLIENT_ID = 'kmsErrors';
const DEFAULT_DEBUG_PORT = 6009;

/**
 * The KMS Errors language client: starts dist/server.js over IPC, trusts our hover command links,
 * and offers the summary request to the rest of the host (the side bar).
 */
export class KmsLanguageClient implements vscode.Disposable {
  private client: LanguageClient;
  private readonly watcher: vscode.Disposable;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.client = this.create();
    // The selector is fixed when the client starts, so a new language list needs a new client.
    this.watcher = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('kmsErrors.languages')) void this.recreate();
    });
  }

  start(): Promise<void> {
    return this.client.start();
  }

  /** Stops the server and starts a fresh one (`KMS: Restart Language Server`). */
  async restart(): Promise<void> {
    await this.recreate();
  }

  /** The KMS errors found in an open document, counted by code; null if the server does not know it. */
  async summary(uri: vscode.Uri): Promise<DocumentSummary | null> {
    if (!this.client.isRunning()) return null;
    return this.client.sendRequest<DocumentSummary | null>(SUMMARY_REQUEST, { uri: uri.toString() });
  }

  /** Stops the server; VS Code waits for the promise on deactivation. */
  dispose(): Promise<void> {
    this.watcher.dispose();
    return this.client.dispose();
  }

  private async recreate(): Promise<void> {
    const old = this.client;
    this.client = this.create();
    if (old.needsStop()) await old.stop();
    await this.client.start();
  }

  private create(): LanguageClient {
    const module = this.context.asAbsolutePath('dist/server.js');
    const debugPort = process.env.KMS_ERRORS_DEBUG_SERVER;
    const debugArgs = debugPort ? ['--nolazy', `--inspect=${/^\d+$/.test(debugPort) ? debugPort : DEFAULT_DEBUG_PORT}`] : [];
    const execArgv = [...SERVER_EXEC_ARGV, ...debugArgs];
    const serverOptions: ServerOptions = { module, transport: TransportKind.ipc, options: { execArgv, env: { ...SERVER_ENV } } };
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
    return new LanguageClient(CLIENT_ID, 'KMS Errors', serverOptions, clientOptions);
  }
}
