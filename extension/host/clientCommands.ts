import * as vscode from 'vscode';
import { COMMAND_IDS } from '../core';
import type { KmsLanguageClient } from './languageClient';
import { serverStatusMessage } from './serverStatus';

/** A RequestId is a short token; anything longer did not come from a KMS record. */
const MAX_REQUEST_ID = 200;

/** Shows where the language server runs (a Node process or a Web Worker). */
export const SHOW_SERVER_STATUS = 'kmsErrors.showServerStatus';

/** The commands that belong to the language client: copy a RequestId, restart the server, its status. */
export function registerClientCommands(client: KmsLanguageClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMAND_IDS.copyRequestId, async (args: unknown) => {
      const requestId = (args as { requestId?: unknown } | undefined)?.requestId;
      if (typeof requestId !== 'string' || requestId === '' || requestId.length > MAX_REQUEST_ID) return;
      await vscode.env.clipboard.writeText(requestId);
      vscode.window.setStatusBarMessage(`KMS: copied RequestId ${requestId}`, 3000);
    }),
    vscode.commands.registerCommand(COMMAND_IDS.restartServer, () => client.restart()),
    vscode.commands.registerCommand(SHOW_SERVER_STATUS, () => {
      void vscode.window.showInformationMessage(serverStatusMessage(client.status(), vscode.env.uiKind));
    }),
  ];
}
