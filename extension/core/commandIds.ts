import type { ApiSurface } from './catalog/types';

/**
 * The ids of the commands the extension registers, and the argument each takes. The language
 * server builds hover links and code actions that call them; the extension host registers them.
 * Both read this one table so a renamed command cannot silently break the links.
 */
export const COMMAND_IDS = {
  /** Opens the reference (side bar) at one entry. Registered by the webview side of the host. */
  showReference: 'kmsErrors.showReference',
  /** Opens the decode panel on a payload's text. Registered by the webview side of the host. */
  decodePayload: 'kmsErrors.decodePayload',
  /** Copies a RequestId to the clipboard. Registered by the language client. */
  copyRequestId: 'kmsErrors.copyRequestId',
  /** Restarts the language server. Registered by the language client. */
  restartServer: 'kmsErrors.restartServer',
} as const;

/** Argument of `kmsErrors.showReference`: which entry, and optionally what the text said. */
export interface ShowReferenceArgs {
  readonly api: ApiSurface;
  readonly code: string;
  /** The message as found, so the reference can mark the variant. */
  readonly message?: string;
  /** The failed operation as found, so the reference can pick its notes. */
  readonly operation?: string;
}

/** Argument of `kmsErrors.decodePayload`: the payload exactly as it appears in the text. */
export interface DecodePayloadArgs {
  readonly text: string;
}

/** Argument of `kmsErrors.copyRequestId`. */
export interface CopyRequestIdArgs {
  readonly requestId: string;
}

/**
 * A Markdown link target that runs one of our commands with one JSON argument, in the form VS
 * Code's trusted Markdown expects: `command:ID?<encoded JSON array of arguments>`. Parentheses
 * and the other characters encodeURIComponent leaves alone are escaped too, so text from a log
 * inside the arguments cannot close the link early.
 */
export function commandLink(id: string, args: object): string {
  const encoded = encodeURIComponent(JSON.stringify([args])).replace(/[()'!*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${id}?${encoded}`;
}
