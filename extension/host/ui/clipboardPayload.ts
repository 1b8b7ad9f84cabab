import * as vscode from 'vscode';
import { decodePayloadText } from '../../core';

/**
 * How long Decode Error Payload lets the clipboard answer before it gives up on it. A desktop
 * clipboard answers in a few milliseconds; a browser's may wait on a permission prompt or on the
 * "Unable to read from the browser's clipboard" notification for as long as the user leaves it.
 */
export const CLIPBOARD_WAIT_MS = 200;

/** A large clipboard is someone's document, not a payload someone copied. */
const MAX_CLIPBOARD_PAYLOAD = 100_000;

/**
 * The clipboard's text when it answers within `waitMs` and holds a KMS error payload; otherwise
 * undefined, after `waitMs` at the latest. It never rejects: a refused or failing clipboard is
 * just no prefill. A read that answers late is left to settle on its own and ignored.
 */
export function clipboardPayloadWithin(waitMs: number, read: () => Thenable<string> = () => vscode.env.clipboard.readText()): Promise<string | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), waitMs);
    const settle = (text: string | undefined) => {
      clearTimeout(timer);
      resolve(text);
    };
    try {
      read().then(
        (text) => settle(isPayload(text) ? text : undefined),
        () => settle(undefined),
      );
    } catch {
      settle(undefined);
    }
  });
}

function isPayload(text: unknown): text is string {
  return typeof text === 'string' && text.trim() !== '' && text.length < MAX_CLIPBOARD_PAYLOAD && decodePayloadText(text).ok;
}
