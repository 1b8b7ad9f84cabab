import * as vscode from 'vscode';
import { DEFAULT_MAX_BYTES, bytesToHex, looksBinary } from '../../core';
import { readWorkspaceBytes } from '../platform/workspaceFiles';

/**
 * The text to decode from a file: a raw body becomes hex (exact and readable in the panel's
 * input), a text file is decoded as UTF-8 and left to auto-detection. Read through
 * vscode.workspace.fs, so files of virtual workspaces and of VS Code for the Web work too.
 */
export async function payloadFromFile(uri: vscode.Uri): Promise<{ text: string; format: string } | undefined> {
  // Text forms take up to ~4 characters a byte; anything far larger cannot be one Error.
  const read = await readWorkspaceBytes(uri, DEFAULT_MAX_BYTES * 5);
  if (!read.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} is too large to be a KMS error payload ({1} bytes).', uri.path.split('/').pop() ?? '', read.size));
    return undefined;
  }
  const bytes = read.content;
  if (looksBinary(bytes)) return { text: bytesToHex(bytes), format: 'hex' };
  return { text: new TextDecoder('utf-8').decode(bytes), format: 'auto' };
}

/** The file the command was invoked on (explorer or editor title), or one the user picks. */
export async function chooseFile(arg: unknown): Promise<vscode.Uri | undefined> {
  if (arg instanceof vscode.Uri) return arg;
  const picked = await vscode.window.showOpenDialog({
    title: vscode.l10n.t('Decode Payload File'),
    canSelectMany: false,
    openLabel: vscode.l10n.t('Decode'),
  });
  return picked?.[0];
}
