import { canonicalIsoAt, leadingTimestamp, timestampPartsAt, timestampStart } from './leadingTimestamp';
import { timeFieldOf } from './timeFields';
import { recordTimeOfParts, type RecordTime } from './timestampParts';

/** How far into a pretty-printed JSON record its time field is looked for. */
const MAX_OBJECT_LINES = 40;

/**
 * The time of a log record, from its lines (`lineAt(0)` is the line that starts it; undefined
 * past its end): the timestamp that starts the record, else the time field of its first line
 * (JSON, logfmt), else, for a JSON object printed over several lines, its time field. Lines after
 * the first of other records (stack frames, continuation lines) are never read: a time in a
 * stack trace is not the record's. Null when the record gives no time.
 *
 * Forms without a year (syslog `Nov 27 09:14:03`, klog `I1127 09:14:03.112345`) give the time as
 * written with no year guessed: `--11-27T09:14:03` (ISO 8601's truncated month-day form).
 */
export function recordTime(lineAt: (index: number) => string | undefined): RecordTime | null {
  const first = lineAt(0);
  if (first === undefined) return null;
  const parts = leadingTimestamp(first);
  if (parts) return recordTimeOfParts(parts);
  return fieldTime(first, lineAt);
}

/** recordTime for a record whose first line, `first`, is known not to start with a timestamp. */
function fieldTime(first: string, lineAt: (index: number) => string | undefined): RecordTime | null {
  const field = timeFieldOf(first);
  if (field || !first.trimEnd().endsWith('{')) return field;
  for (let i = 1; i < MAX_OBJECT_LINES; i++) {
    const line = lineAt(i);
    if (line === undefined) return null;
    const found = timeFieldOf(line);
    if (found) return found;
  }
  return null;
}

/** The time of the record whose first line is `line` (a one-line record). */
export function lineTime(line: string): RecordTime | null {
  return recordTime((i) => (i === 0 ? line : undefined));
}

/**
 * The time of the record that starts at `recordStart` in `text` and ends at `recordEnd`, reading
 * its lines in place (no copy of the record).
 */
export function recordTimeInText(text: string, recordStart: number, recordEnd: number): RecordTime | null {
  // Most records start with their timestamp: read it in place, and slice its ISO text when the
  // log already wrote it that way. Only the other records have their lines copied.
  // Where the timestamp may start is found once: behind a runner's prefix it takes a few reads.
  const at = timestampStart(text, recordStart);
  const parts = timestampPartsAt(text, at);
  if (parts) return recordTimeOfParts(parts, canonicalIsoAt(text, at, parts) ?? undefined);
  // The leading timestamp was just looked for in place: only the time fields are left to read.
  let lineStart = recordStart;
  let index = 0;
  const lineAt = (i: number): string | undefined => {
    // Lines are asked for in order, so walking forward from the last one is enough.
    while (index < i) {
      const nl = text.indexOf('\n', lineStart);
      if (nl < 0 || nl >= recordEnd) return undefined;
      lineStart = nl + 1;
      index++;
    }
    if (lineStart > recordEnd) return undefined;
    const nl = text.indexOf('\n', lineStart);
    const end = nl < 0 || nl > recordEnd ? recordEnd : nl;
    return text.slice(lineStart, end > lineStart && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end);
  };
  const first = lineAt(0);
  return first === undefined ? null : fieldTime(first, lineAt);
}
