import * as vscode from 'vscode';
import { decodePayloadText, entryForError } from '../../core';
import { CLIPBOARD_WAIT_MS, clipboardPayloadWithin } from './clipboardPayload';
import { askForPayload } from './payloadInputBox';

/**
 * Where `Decode Error Payload` finds its text when no argument brings it: the editor selection,
 * else an input box that says as you type whether (and as what) the text decodes. The box shows
 * at once; when the clipboard answers quickly and holds a payload, the box is prefilled with it
 * (Enter decodes it). Undefined when the user cancels.
 */
export async function payloadFromUser(): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '';
  if (selected.trim() !== '') return selected;
  return askForPayload({
    title: vscode.l10n.t('Decode KMS Error Payload'),
    prompt: vscode.l10n.t('Paste the error body: base64, hex, a hex dump, escaped bytes or a byte list'),
    placeholder: 'CJQDEhVGb3JiaWRkZW4uS2V5Tm90Rm91bmQa…',
    validate: validatePayloadInput,
    prefill: clipboardPayloadWithin(CLIPBOARD_WAIT_MS),
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
