import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { explainEntry, type Lang } from '../core';
import type { Occurrence } from '../core/recognize/types';
import { entriesOf, occurrenceName } from './catalogEntries';

/** The `source` of every diagnostic we publish, so code actions can recognise ours. */
export const DIAGNOSTIC_SOURCE = 'KMS';

/**
 * One Information diagnostic per occurrence, in document order, at most `max`: each names the
 * code (`code`), links its documentation (`codeDescription.href`) and says in one line what the
 * error means, in the likeliest entry's wording (the matched message's variant when known).
 */
export function diagnosticsFor(document: TextDocument, occurrences: readonly Occurrence[], options: { readonly lang: Lang; readonly max: number }): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const occurrence of occurrences) {
    if (out.length >= options.max) break;
    out.push(diagnosticOf(document, occurrence, options.lang));
  }
  return out;
}

// A log repeats the same few errors thousands of times: their messages are computed once.
const MESSAGE_CACHE_LIMIT = 2000;
const messageCache = new Map<string, string>();

/** What a diagnostic says about an occurrence, whatever its position. */
type DiagnosedFields = Pick<Occurrence, 'kind' | 'code' | 'httpStatus' | 'message' | 'operation' | 'entryKeys' | 'requestId'>;

function messageOf(occurrence: DiagnosedFields, lang: Lang): string {
  const key = [lang, occurrence.code, occurrence.httpStatus, occurrence.message, occurrence.operation, ...occurrence.entryKeys].join('\u0000');
  const cached = messageCache.get(key);
  if (cached !== undefined) return cached;
  const name = occurrenceName(occurrence);
  const [first, ...others] = entriesOf(occurrence);
  let message = name;
  if (first) {
    const e = explainEntry(first, {
      lang,
      ...(occurrence.message !== null ? { message: occurrence.message } : {}),
      ...(occurrence.operation !== null ? { operation: occurrence.operation } : {}),
    });
    const status = occurrence.httpStatus ?? e.httpStatus;
    const also = others.length > 0 ? ` (${others.map((o) => explainEntry(o, { lang }).apiLabel).join(', ')}?)` : '';
    // A colon, not the hover's em dash: every character of an English diagnostic then fits in one
    // byte, so the JSON of a publication (up to maxDiagnostics of them, after every edit) stays a
    // one-byte string. One em dash makes V8 build the whole message two bytes a character, and
    // encoding 1000 diagnostics went from 2.97 to 4.09 ms (JSON.stringify + UTF-8, 425 KB).
    message = `${name}${status === null ? '' : ` · HTTP ${status}`} · ${e.apiLabel}${also}: ${e.meaning}`;
  }
  if (messageCache.size >= MESSAGE_CACHE_LIMIT) messageCache.clear();
  messageCache.set(key, message);
  return message;
}

function diagnosticOf(document: TextDocument, occurrence: Occurrence, lang: Lang): Diagnostic {
  return diagnosticAt({ start: document.positionAt(occurrence.start), end: document.positionAt(occurrence.end) }, occurrence, lang);
}

/** The diagnostic of an occurrence with these fields at `range` (see diagnosticsFor). */
export function diagnosticAt(range: Range, occurrence: DiagnosedFields, lang: Lang): Diagnostic {
  const name = occurrenceName(occurrence);
  const [first] = entriesOf(occurrence);
  const message = messageOf(occurrence, lang);
  return {
    range,
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: name,
    ...(first ? { codeDescription: { href: first.docUrl } } : {}),
    message,
    // No `data`: code actions re-read the occurrence from the document, and every byte here is
    // serialised again on each publication (up to maxDiagnostics of them after every edit).
  };
}
