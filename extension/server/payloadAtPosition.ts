import { decodePayloadText, entryForError, entryKey } from '../core';
import type { Occurrence } from '../core/recognize/types';

/** Longest candidate read around the cursor: real error bodies are a few hundred bytes. */
const MAX_CANDIDATE = 16 * 1024;
const MIN_CANDIDATE = 8;
const CODE_SHAPE = /^[A-Za-z][\w.]*$/;

/**
 * A stopgap until core/recognize reports payloads itself: the encoded `Error` under the cursor,
 * read from the hovered line only, as a 'payload' Occurrence. The candidates are the
 * whitespace-free token at the cursor (base64, hex, byte literals) and the quoted string that
 * holds it (escaped strings). Only a well-formed, non-empty Error whose ErrorCode the catalog
 * knows, or that carries an HTTP error status and a code-shaped ErrorCode, counts: random words
 * decode as protobuf more often than one would think.
 */
export function payloadAtPosition(lineText: string, lineOffset: number, character: number): Occurrence | null {
  if (character < 0 || character > lineText.length) return null;
  for (const [start, end] of candidates(lineText, character)) {
    if (end - start < MIN_CANDIDATE || end - start > MAX_CANDIDATE) continue;
    const outcome = decodePayloadText(lineText.slice(start, end), { maxBytes: MAX_CANDIDATE });
    if (!outcome.ok || outcome.empty) continue;
    const error = outcome.error;
    const entry = entryForError(error);
    const plausible = entry !== undefined ? error.ErrorCode !== '' : error.StatusCode >= 400 && CODE_SHAPE.test(error.ErrorCode);
    if (!plausible) continue;
    return {
      start: lineOffset + start,
      end: lineOffset + end,
      kind: 'payload',
      code: error.ErrorCode,
      // Protobuf Error bodies come from the KMS instance API only.
      api: entry?.api ?? 'instance',
      httpStatus: error.StatusCode > 0 ? error.StatusCode : (entry?.httpStatus ?? null),
      requestId: error.RequestId !== '' ? error.RequestId : null,
      message: error.ErrorMessage !== '' ? error.ErrorMessage : null,
      operation: null,
      entryKeys: entry ? [entryKey(entry)] : [],
      payload: { format: outcome.format, fields: error },
      recordStart: lineOffset,
      recordEnd: lineOffset + lineText.length,
    };
  }
  return null;
}

/** [start, end) spans around `character`: the bare token, then the enclosing quoted string. */
function candidates(line: string, character: number): [number, number][] {
  const out: [number, number][] = [];
  const stop = /[\s"'`,;()[\]{}<>]/;
  let s = character;
  while (s > 0 && character - s < MAX_CANDIDATE && !stop.test(line[s - 1]!)) s--;
  let e = character;
  while (e < line.length && e - character < MAX_CANDIDATE && !stop.test(line[e]!)) e++;
  out.push([s, e]);
  // `body=<base64>` or `payload:<hex>`: the value after the last separator before the cursor.
  const head = line.slice(s, character);
  const sep = Math.max(head.search(/[=:][^=:]*$/), -1);
  if (sep >= 0 && line[s + sep + 1] !== '=') out.push([s + sep + 1, e]);
  for (const quote of ['"', "'", '`']) {
    const open = line.lastIndexOf(quote, character - 1);
    const close = open >= 0 ? line.indexOf(quote, Math.max(character, open + 1)) : -1;
    if (open >= 0 && close > open) out.push([open + 1, close]);
  }
  return out;
}
