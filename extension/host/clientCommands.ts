import * as vscode from 'vscode';
import { COMMAND_IDS } from '../core';
import type { KmsLanguageClient } from './languageClient';

/** A RequestId is a short token; anything longer did not come from a KMS record. */
const MAX_REQUEST_ID = 200;

/** The commands that belong to the language client: copy a RequestId, restart the server. */
export function registerClientCommands(client: KmsLanguageClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMAND_IDS.copyRequestId, async (args: unknown) => {
      const requestId = (args as { requestId?: unknown } | undefined)?.requestId;
      if (typeof requestId !== 'string' || requestId === '' || requestId.length > MAX_REQUEST_ID) return;
      await vscode.env.clipboard.writeText(requestId);
      vscode.window.setStatusBarMessage(`KMS: copied RequestId ${requestId}`, 3000);
    }),
    vscode.commands.registerCommand(COMMAND_IDS.restartServer, () => client.restart()),
  ];
}
