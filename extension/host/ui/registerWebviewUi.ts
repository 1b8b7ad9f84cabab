import * as vscode from 'vscode';
import { registerUiCommands } from './commands';
import { DecodePanel } from './decodePanel';
import type { SummarySource } from './referenceView';
import { REFERENCE_VIEW_ID, ReferenceViewProvider } from './referenceView';

/**
 * The webview side of the extension: the decode panel (with its serializer, so it survives a
 * reload), the side-bar reference, and the commands that open them. `summarySource` is the
 * language client's summary request (or Scan Log File's results); without it the side bar shows
 * no summary. `summaryChanged` fires when a summary changes outside the editor (a scan ended).
 */
export function registerWebviewUi(context: vscode.ExtensionContext, summarySource?: SummarySource, summaryChanged?: vscode.Event<unknown>): vscode.Disposable[] {
  const panel = new DecodePanel(context.extensionUri);
  const reference = new ReferenceViewProvider(context.extensionUri, summarySource, summaryChanged);
  return [
    panel,
    reference,
    vscode.window.registerWebviewViewProvider(REFERENCE_VIEW_ID, reference),
    ...registerUiCommands(panel, reference),
  ];
}
