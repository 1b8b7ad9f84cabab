import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import type { ServerLauncher } from './serverLauncher';

/**
 * VS Code for the Web: dist/server.browser.js in a Web Worker started from the extension's own
 * files, reached with postMessage (BrowserMessageReader/Writer on both sides). Each client gets a
 * fresh worker, and the old one is terminated once its client stopped, so a restart starts clean.
 */
export const browserServerLauncher: ServerLauncher = {
  transport: 'web-worker',
  launch(context, id, name, options) {
    const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.browser.js');
    const worker = new Worker(script.toString(true));
    return { client: new LanguageClient(id, name, worker, options), release: () => worker.terminate() };
  },
};
