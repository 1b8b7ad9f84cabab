import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import type { ServerLauncher } from './serverLauncher';

/**
 * VS Code for the Web: dist/server.browser.js in a Web Worker, reached with postMessage
 * (BrowserMessageReader/Writer on both sides). Each client gets a fresh worker, started when the
 * client starts, and terminated once the client stopped, so a restart starts clean.
 */
export const browserServerLauncher: ServerLauncher = {
  transport: 'web-worker',
  launch(context, id, name, options) {
    let worker: Worker | undefined;
    // The transports are made here rather than by the client from a Worker: the client tells a
    // Worker by `instanceof Worker`, and VS Code's Web Worker extension host replaces the global
    // Worker with its own nested-worker constructor, whose objects fail that test.
    const start = async (): Promise<MessageTransports> => {
      worker = new Worker(await workerScriptUrl(vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.browser.js')));
      return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
    };
    return { client: new LanguageClient(id, name, start, options), release: () => worker?.terminate() };
  },
};

/**
 * A URL the Web Worker extension host can start a worker from. Extensions served over http(s)
 * (vscode.dev, github.dev) and file: URIs start from their own URL. An extension installed on the
 * server of a browser window (code-server, Codespaces) has a `vscode-remote` URI, from which VS
 * Code refuses to start workers ("Creating workers from remote extensions is currently not
 * supported"): the script is read through workspace.fs, which serves that scheme, and started
 * from a blob: URL of this origin.
 */
async function workerScriptUrl(script: vscode.Uri): Promise<string> {
  if (script.scheme === 'http' || script.scheme === 'https' || script.scheme === 'file') return script.toString(true);
  const source = await vscode.workspace.fs.readFile(script);
  return URL.createObjectURL(new Blob([new TextDecoder().decode(source)], { type: 'text/javascript' }));
}
