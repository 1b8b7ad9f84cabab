import * as vscode from 'vscode';
import { decodePayloadText, entryForError } from '../../core';

/**
 * Where `Decode Error Payload` finds its text when no argument brings it: the editor selection,
 * else the clipboard when it holds a payload, else an input box that says as you type whether
 * (and as what) the text decodes. Undefined when the user cancels.
 */
export async function payloadFromUser(): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '';
  if (selected.trim() !== '') return selected;
  const clipboard = await readClipboard();
  // A large clipboard is someone's document, not a payload someone copied.
  if (clipboard.trim() !== '' && clipboard.length < 100_000 && decodePayloadText(clipboard).ok) return clipboard;
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Decode KMS Error Payload'),
    prompt: vscode.l10n.t('Paste the error body: base64, hex, a hex dump, escaped bytes or a byte list'),
    placeHolder: 'CJQDEhVGb3JiaWRkZW4uS2V5Tm90Rm91bmQa…',
    ignoreFocusOut: true,
    validateInput: validatePayloadInput,
  });
}

/** The input box's live message: an error with the decoder's reason, or what the text decodes to. */
export function validatePayloadInput(value: string): vscode.InputBoxValidationMessage | undefined {
  if (value.trim() === '') return undefined;
  const outcome = decodePayloadText(value);
  if (!outcome.ok) {
    return { message: vscode.l10n.t('Not a KMS error payload: {0}', outcome.reason), severity: vscode.InputBoxValidationSeverity.Error };
  }
  const code = outcome.error.ErrorCode === '' ? vscode.l10n.t('(no code)') : outcome.error.ErrorCode;
  const known = entryForError(outcome.error) !== undefined;
  return {
    message: known
      ? vscode.l10n.t('Decodes from {0} to {1} (HTTP {2})', outcome.format, code, outcome.error.StatusCode)
      : vscode.l10n.t('Decodes from {0} to {1}, a code the catalog does not know', outcome.format, code),
    severity: vscode.InputBoxValidationSeverity.Info,
  };
}

/** The clipboard's text, or '' where it cannot be read (a browser that refuses, VS Code for the Web). */
async function readClipboard(): Promise<string> {
  try {
    return await vscode.env.clipboard.readText();
  } catch {
    return '';
  }
}
