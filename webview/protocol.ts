import type { ApiSurface, Lang } from '../extension/core/catalog/types';
import type { DocumentSummary } from '../extension/core/recognize/types';

/**
 * Every message between the extension host and the two webviews (the decode panel and the
 * side-bar reference), both ways. Only plain JSON crosses: no class instances, no Uint8Array.
 *
 * Handshake: the webview posts `ready` once its listeners are attached; the host answers with
 * `init` and only then sends anything else (messages posted before `ready` would be lost).
 */

/** Which of the two webviews a page is. */
export type WebviewKind = 'panel' | 'reference';

/** The two webview kinds, for validation. */
export const WEBVIEW_KINDS: readonly WebviewKind[] = ['panel', 'reference'];

/** What a copy button copies, so the host can say "Error code copied" in the right words. */
export type CopyWhat = 'statusCode' | 'errorCode' | 'errorMessage' | 'requestId' | 'message' | 'payload';

/** All CopyWhat values, for validation. */
export const COPY_WHATS: readonly CopyWhat[] = ['statusCode', 'errorCode', 'errorMessage', 'requestId', 'message', 'payload'];

// ---------------------------------------------------------------- webview -> host

/** Sent by either webview once, when its script has run and it listens for messages. */
export interface ReadyMessage {
  readonly type: 'ready';
  readonly view: WebviewKind;
}

/** Sent by either webview when the user presses a copy button; the host writes the clipboard. */
export interface CopyMessage {
  readonly type: 'copy';
  readonly what: CopyWhat;
  readonly text: string;
}

/** Sent by either webview when the user opens a documentation link; the host opens only https URLs. */
export interface OpenDocsMessage {
  readonly type: 'openDocs';
  readonly url: string;
}

/** Sent by the reference when the user picks a row of the document summary or a timeline bucket: go to that line. */
export interface RevealLineMessage {
  readonly type: 'revealLine';
  readonly uri: string;
  /** 0-based line. */
  readonly line: number;
}

/**
 * Sent by the reference when the user presses Copy report: the host puts the Markdown report of
 * the summary it last sent for `uri` (core markdownReport) on the clipboard.
 */
export interface CopyReportMessage {
  readonly type: 'copyReport';
  readonly uri: string;
}

/** Sent by the panel when the user asks to see the decoded code in the side-bar reference. */
export interface ShowInReferenceMessage {
  readonly type: 'showInReference';
  readonly api: ApiSurface;
  readonly code: string;
}

/** Every message a webview may post to the host. */
export type WebviewToHost = ReadyMessage | CopyMessage | OpenDocsMessage | RevealLineMessage | ShowInReferenceMessage | CopyReportMessage;

// ---------------------------------------------------------------- host -> webview

/** Sent by the host in answer to `ready`: the display language for strings and explanations. */
export interface InitMessage {
  readonly type: 'init';
  readonly lang: Lang;
}

/** Sent by the host when the display language setting (kmsErrors.language) changes. */
export interface SetLanguageMessage {
  readonly type: 'setLanguage';
  readonly lang: Lang;
}

/**
 * Sent by the host to the panel when a command brings text to decode (selection, clipboard,
 * input box, file, hover link). `format` is 'auto' or one explicit text form.
 */
export interface DecodeMessage {
  readonly type: 'decode';
  readonly text: string;
  readonly format: string;
}

/**
 * Sent by the host to the reference to select and reveal one entry (Show in reference from a
 * hover or code action, Explain Error Code). `message` and `operation`, when the text had them,
 * pick the matching message variant and the operation's notes.
 */
export interface RevealEntryMessage {
  readonly type: 'revealEntry';
  readonly api: ApiSurface | null;
  readonly code: string;
  readonly message?: string;
  readonly operation?: string;
}

/**
 * Sent by the host to the reference when the active editor changes or its summary is updated.
 * `summary` is null when no document is active or the language server has no answer.
 */
export interface SummaryMessage {
  readonly type: 'summary';
  readonly documentName: string | null;
  readonly summary: DocumentSummary | null;
}

/** Every message the host may post to a webview. */
export type HostToWebview = InitMessage | SetLanguageMessage | DecodeMessage | RevealEntryMessage | SummaryMessage;
