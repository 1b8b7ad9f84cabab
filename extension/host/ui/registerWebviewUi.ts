import * as vscode from 'vscode';
import { registerUiCommands } from './commands';
import { DecodePanel } from './decodePanel';
import type { SummarySource } from './referenceView';
import { REFERENCE_VIEW_ID, ReferenceViewProvider } from './referenceView';

/**
 * The webview side of the extension: the decode panel (with its serializer, so it survives a
 * reload), the side-bar reference, and the commands that open them. `summarySource` is the
 * language client's summary request; without it the side bar shows no summary.
 */
export function registerWebviewUi(context: vscode.ExtensionContext, summarySource?: SummarySource): vscode.Disposable[] {
  const panel = new DecodePanel(context.extensionUri);
  const reference = new ReferenceViewProvider(context.extensionUri, summarySource);
  return [
    panel,
    reference,
    vscode.window.registerWebviewViewProvider(REFERENCE_VIEW_ID, reference),
    ...registerUiCommands(panel, reference),
  ];
}
