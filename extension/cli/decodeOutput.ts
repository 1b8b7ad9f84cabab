import {
  entryForError,
  explainEntry,
  explanationToJson,
  explanationToPlain,
  suggestCodes,
  type DecodeFailure,
  type DecodeSuccess,
  type ExplanationJson,
  type FieldSpan,
  type Lang,
} from '../core';

/** What `decode --json` prints for a payload that decodes. */
export interface DecodeSuccessJson {
  readonly ok: true;
  readonly format: DecodeSuccess['format'];
  readonly error: DecodeSuccess['error'];
  readonly empty: boolean;
  readonly byteLength: number;
  readonly unknownFields: readonly FieldSpan[];
  readonly explanation: ExplanationJson | null;
}

/**
 * Decoded text comes from a server or a log, not from us: control characters (terminal escape
 * sequences among them) are shown as escapes so that printing a payload cannot drive the terminal.
 */
export function safeForTerminal(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
    out += control ? `\\u${code.toString(16).padStart(4, '0')}` : c;
  }
  return out;
}

function explanationFor(outcome: DecodeSuccess, lang: Lang) {
  const entry = entryForError(outcome.error);
  return entry ? explainEntry(entry, { lang, message: outcome.error.ErrorMessage }) : undefined;
}

/** The JSON of a decoded payload: its fields, unknown fields, and the catalog entry or null. */
export function successJson(outcome: DecodeSuccess, lang: Lang): DecodeSuccessJson {
  const explanation = explanationFor(outcome, lang);
  return {
    ok: true,
    format: outcome.format,
    error: outcome.error,
    empty: outcome.empty,
    byteLength: outcome.byteLength,
    unknownFields: outcome.unknownFields.map(({ field, wireType, offset, length }) => ({ field, wireType, offset, length })),
    explanation: explanation ? explanationToJson(explanation) : null,
  };
}

/** The JSON of a payload that does not decode: why, where, and what was read before. */
export function failureJson(outcome: DecodeFailure) {
  return { ok: false, format: outcome.format, reason: outcome.reason, offset: outcome.offset, partial: outcome.partial };
}

/** The one-line reason a payload does not decode, with the byte offset. */
export function failureLine(outcome: DecodeFailure): string {
  return `not a KMS Error payload (read as ${outcome.format}): ${safeForTerminal(outcome.reason)} [byte offset ${outcome.offset}]`;
}

/** The four fields, the unknown ones, then the catalog's explanation, for a terminal. */
export function successText(outcome: DecodeSuccess, lang: Lang): string {
  const { error } = outcome;
  const lines = [`Decoded from ${outcome.format} (${outcome.byteLength} bytes)`];
  if (outcome.empty) lines.push('The body was empty: every field is empty. The KMS instance API documents a code-less answer for HTTP 413 (request body above 3 MB).');
  lines.push(
    `  StatusCode:   ${error.StatusCode}`,
    `  ErrorCode:    ${safeForTerminal(error.ErrorCode)}`,
    `  ErrorMessage: ${safeForTerminal(error.ErrorMessage)}`,
    `  RequestId:    ${safeForTerminal(error.RequestId)}`,
  );
  for (const f of outcome.unknownFields) lines.push(`  Unknown field ${f.field} (wire type ${f.wireType}) at bytes ${f.offset}..${f.offset + f.length - 1}`);
  const explanation = explanationFor(outcome, lang);
  if (explanation) {
    lines.push('', explanationToPlain(explanation, lang));
  } else {
    const suggestions = suggestCodes(error.ErrorCode);
    const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.join(', ')}?` : '';
    lines.push('', `The error code "${safeForTerminal(error.ErrorCode)}" is not in the catalog.${hint}`);
  }
  return lines.join('\n');
}
