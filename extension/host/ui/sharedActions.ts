import * as vscode from 'vscode';
import { COMMAND_IDS } from '../../core';
import type { CopyWhat, WebviewToHost } from '../../../webview/protocol';

const COPIED: Readonly<Record<CopyWhat, () => string>> = {
  statusCode: () => vscode.l10n.t('StatusCode copied'),
  errorCode: () => vscode.l10n.t('Error code copied'),
  errorMessage: () => vscode.l10n.t('Error message copied'),
  requestId: () => vscode.l10n.t('RequestId copied'),
  message: () => vscode.l10n.t('Message copied'),
  payload: () => vscode.l10n.t('Payload copied'),
};

/**
 * What both webviews may ask of the host once their message is validated: copy text, open a
 * documentation page (https only, checked by the validator), show an entry in the reference.
 * Returns false for messages that belong to one view (the caller handles those).
 */
export async function handleSharedAction(message: WebviewToHost): Promise<boolean> {
  switch (message.type) {
    case 'copy':
      await vscode.env.clipboard.writeText(message.text);
      vscode.window.setStatusBarMessage(`$(check) ${COPIED[message.what]()}`, 3000);
      return true;
    case 'openDocs':
      await vscode.env.openExternal(vscode.Uri.parse(message.url, true));
      return true;
    case 'showInReference':
      await vscode.commands.executeCommand(COMMAND_IDS.showReference, { api: message.api, code: message.code });
      return true;
    default:
      return false;
  }
}
