import type { IndexedRecord } from '../recognize/documentIndex';
import type { DocumentSummary, LineSource } from '../recognize/types';
import { ownTimeOfLines, timeFromAbove } from '../time/carriedTime';
import type { RecordTime } from '../time/timestampParts';
import { triageSummary, type TriagePoint } from './triageSummary';

/**
 * A record's time, by the identity of its occurrences array: the index keeps that array for as
 * long as the record's lines are unchanged and rescans the record below every edit
 * (documentIndex.ts), so after an edit only the records it rescanned are read again. A time
 * carried from two or more records up may lag an edit there until this record is rescanned.
 * Weak, so the times go with the records.
 */
const TIMES = new WeakMap<object, RecordTime | null>();

function timeOf(record: IndexedRecord, source: LineSource): RecordTime | null {
  let time = TIMES.get(record.occurrences);
  if (time === undefined) {
    // A record without a time of its own (an exception under its log line) takes the one above.
    time = ownTimeOfLines(source, record.startLine, record.endLine) ?? timeFromAbove(source, record.startLine);
    TIMES.set(record.occurrences, time);
  }
  return time;
}

/**
 * The triage summary of an indexed document (the language server's `kmsErrors/summary`): reads
 * each record's time once, from its first lines, only for records that hold occurrences, so the
 * cost follows the number of KMS errors, not the document's size. No occurrence list is built.
 */
export function summarizeRecords(uri: string, records: readonly IndexedRecord[], source: LineSource): DocumentSummary {
  const points: TriagePoint[] = [];
  for (const record of records) {
    if (record.occurrences.length === 0) continue;
    const time = timeOf(record, source);
    for (const o of record.occurrences) {
      const { code, api, httpStatus, requestId } = o.fields;
      points.push({ code, api, httpStatus, requestId, line: record.startLine + o.line, time });
    }
  }
  return triageSummary(uri, points);
}

/**
 * Reads the time of every record that holds occurrences into the cache, so that the next
 * summary request only counts. The server calls it when idle after a large document's
 * diagnostics; records already read are skipped.
 */
export function prepareRecordTimes(records: readonly IndexedRecord[], source: LineSource): void {
  for (const record of records) if (record.occurrences.length > 0) timeOf(record, source);
}
