import { CodeActionKind, type CodeAction, type Command, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { COMMAND_IDS, apiLabel, type CopyRequestIdArgs, type DecodePayloadArgs, type Lang, type ShowReferenceArgs } from '../core';
import type { Occurrence } from '../core/recognize/types';
import { entriesOf, occurrenceName } from './catalogEntries';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { SERVER_LABELS } from './serverLabels';

/** Occurrences a selection or a diagnostic can act on at once; more would flood the light bulb menu. */
const MAX_OCCURRENCES = 3;

/** What code actions need besides the document and range. */
export interface CodeActionContextInput {
  readonly lang: Lang;
  /** The diagnostics the editor sent with the request (ours are attached to the actions they fix). */
  readonly diagnostics: readonly Diagnostic[];
  /** Occurrences on or near the range's lines, in document order; those the range touches are used. */
  readonly occurrences: readonly Occurrence[];
}

/**
 * The actions on KMS errors under a diagnostic or a selection, each a call to one of our client
 * commands: Explain (the reference at the likeliest entry, with the message and operation as
 * found), Show in reference for the other API surface when the record does not say which,
 * Decode payload for a payload, Copy RequestId when the record has one.
 */
export function codeActionsFor(document: TextDocument, range: Range, input: CodeActionContextInput): CodeAction[] {
  const actions: CodeAction[] = [];
  const from = document.offsetAt(range.start);
  const to = document.offsetAt(range.end);
  // A bare cursor touches an occurrence it stands at either end of; a selection must overlap it.
  const touched = input.occurrences.filter((o) => (from === to ? o.start <= from && from <= o.end : o.start < to && from < o.end));
  for (const occurrence of touched.slice(0, MAX_OCCURRENCES)) {
    const diagnostic = input.diagnostics.find((d) => d.source === DIAGNOSTIC_SOURCE && sameRange(document, d.range, occurrence));
    const fixes = diagnostic ? { diagnostics: [diagnostic] } : {};
    const name = occurrenceName(occurrence);
    const context = {
      ...(occurrence.message !== null ? { message: occurrence.message } : {}),
      ...(occurrence.operation !== null ? { operation: occurrence.operation } : {}),
    };
    entriesOf(occurrence).forEach((entry, i) => {
      const args: ShowReferenceArgs = { api: entry.api, code: entry.code, ...context };
      const title = i === 0 ? `${SERVER_LABELS.explain[input.lang]} ${name}` : `${SERVER_LABELS.showReference[input.lang]}: ${name} (${apiLabel(entry.api, input.lang)})`;
      actions.push({ title, kind: CodeActionKind.QuickFix, ...fixes, ...(i === 0 && diagnostic ? { isPreferred: true } : {}), command: { title, command: COMMAND_IDS.showReference, arguments: [args] } });
    });
    if (occurrence.kind === 'payload') {
      const args: DecodePayloadArgs = { text: document.getText({ start: document.positionAt(occurrence.start), end: document.positionAt(occurrence.end) }) };
      const title = SERVER_LABELS.decodePayload[input.lang];
      actions.push({ title, kind: CodeActionKind.QuickFix, ...fixes, command: { title, command: COMMAND_IDS.decodePayload, arguments: [args] } });
    }
    if (occurrence.requestId) {
      const args: CopyRequestIdArgs = { requestId: occurrence.requestId };
      const title = `${SERVER_LABELS.copyRequestId[input.lang]} ${occurrence.requestId.slice(0, 64)}`;
      actions.push({ title, kind: CodeActionKind.QuickFix, ...fixes, command: { title, command: COMMAND_IDS.copyRequestId, arguments: [args] } });
    }
  }
  return actions;
}

/** The same actions as bare Commands, for clients without CodeAction literal support. */
export function asCommands(actions: readonly CodeAction[]): Command[] {
  return actions.flatMap((a) => (a.command ? [a.command] : []));
}

function sameRange(document: TextDocument, range: Range, occurrence: Occurrence): boolean {
  return document.offsetAt(range.start) === occurrence.start && document.offsetAt(range.end) === occurrence.end;
}
