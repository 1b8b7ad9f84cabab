import type { CopyWhat, WebviewToHost } from '../../webview/protocol';
import { COPY_WHATS, WEBVIEW_KINDS } from '../../webview/protocol';
import { isApiSurface } from '../core';

/**
 * A webview is a web page: whatever it posts is untrusted until checked. Each message type has
 * its own small validator that rebuilds the message from known fields only, so an extra or
 * malformed field never reaches a command. Unknown or malformed messages give undefined and are
 * ignored by the caller.
 */

type Fields = Readonly<Record<string, unknown>>;
type Validator = (m: Fields) => WebviewToHost | undefined;

// Bounds keep a hostile page from handing the host megabytes to copy or a line far past any file.
const MAX_TEXT = 1_000_000;
const MAX_LINE = 10_000_000;

const VALIDATORS: Readonly<Record<WebviewToHost['type'], Validator>> = {
  ready: (m) => (isOneOf(m.view, WEBVIEW_KINDS) ? { type: 'ready', view: m.view } : undefined),
  copy: (m) =>
    isOneOf(m.what, COPY_WHATS) && isText(m.text) ? { type: 'copy', what: m.what as CopyWhat, text: m.text } : undefined,
  openDocs: (m) => (isHttpsUrl(m.url) ? { type: 'openDocs', url: m.url } : undefined),
  revealLine: (m) =>
    isText(m.uri) && m.uri !== '' && Number.isInteger(m.line) && (m.line as number) >= 0 && (m.line as number) <= MAX_LINE
      ? { type: 'revealLine', uri: m.uri, line: m.line as number }
      : undefined,
  showInReference: (m) =>
    isApiSurface(m.api) && isText(m.code) && m.code.length <= 200
      ? { type: 'showInReference', api: m.api, code: m.code }
      : undefined,
};

/** The message, rebuilt from its known fields, if it is one the host understands; otherwise undefined. */
export function validateWebviewMessage(raw: unknown): WebviewToHost | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const fields = raw as Fields;
  const type = fields.type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(VALIDATORS, type)) return undefined;
  return VALIDATORS[type as WebviewToHost['type']](fields);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TEXT;
}

function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

/** Only absolute https URLs are opened: no command:, file:, javascript: or vscode: links. */
function isHttpsUrl(value: unknown): value is string {
  if (!isText(value) || value.length > 2000) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

