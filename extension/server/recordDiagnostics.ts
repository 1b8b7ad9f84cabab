import type { Diagnostic } from 'vscode-languageserver';
import type { Lang } from '../core';
import type { IndexedRecord, RecordOccurrence } from '../core/recognize/documentIndex';
import { diagnosticAt } from './diagnostics';

/** The diagnostics of one record's occurrences, as last built, and for what. */
interface CachedRecord {
  readonly lang: Lang;
  readonly startLine: number;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Diagnostics of a document index's records, keeping those of records an edit did not touch.
 * The index gives an unchanged record's occurrences the same array after every edit, so that
 * array keys the cache; a record only shifted by an edit above it gets new ranges around the
 * same message and data, and a rescanned one is built anew. A publication then costs about
 * `max` small objects, whatever the document's size.
 */
export class RecordDiagnostics {
  private cache = new WeakMap<readonly RecordOccurrence[], CachedRecord>();

  /** The first `max` diagnostics of `records`, in document order. */
  diagnostics(records: readonly IndexedRecord[], lang: Lang, max: number): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const record of records) {
      if (out.length >= max) break;
      for (const d of this.ofRecord(record, lang)) {
        if (out.length >= max) break;
        out.push(d);
      }
    }
    return out;
  }

  private ofRecord(record: IndexedRecord, lang: Lang): readonly Diagnostic[] {
    const cached = this.cache.get(record.occurrences);
    if (cached && cached.lang === lang && cached.startLine === record.startLine) return cached.diagnostics;
    const base = record.startLine;
    const diagnostics = record.occurrences.map((o, i): Diagnostic => {
      const range = { start: { line: base + o.line, character: o.character }, end: { line: base + o.endLine, character: o.endCharacter } };
      // Shifted only: the same message and data, at the new lines.
      const same = cached && cached.lang === lang ? cached.diagnostics[i] : undefined;
      return same ? { ...same, range } : diagnosticAt(range, o.fields, lang);
    });
    this.cache.set(record.occurrences, { lang, startLine: base, diagnostics });
    return diagnostics;
  }
}
