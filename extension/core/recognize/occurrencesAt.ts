import { lineMayHoldOccurrence } from './anchors';
import { joinLines, recordLinesAt } from './lineRecords';
import { scanRecord } from './scanRecord';
import type { LineSource, Occurrence } from './types';

/**
 * The occurrences in the record of `line` whose range contains (line, character), with offsets
 * of the whole document (through `source.offsetAt`). Reads only that record's lines, so the cost
 * depends on the line and its record, never on the document's size.
 */
export function occurrencesAt(source: LineSource, line: number, character: number): Occurrence[] {
  if (line < 0 || line >= source.lineCount) return [];
  // Occurrences never span lines: a line with nothing that could start one needs no record.
  if (!lineMayHoldOccurrence(source.lineAt(line))) return [];
  const offset = source.offsetAt(line) + character;
  return occurrencesInRecordOf(source, line).filter((o) => o.start <= offset && offset <= o.end);
}

/** Every occurrence in the record that contains `line`, with document offsets. */
export function occurrencesInRecordOf(source: LineSource, line: number): Occurrence[] {
  const range = recordLinesAt(source, line);
  const { text, lineStarts } = joinLines(source, range);
  // Joined text offset -> document offset: the line's document start plus the column.
  const toDoc = (at: number): number => {
    let i = lineStarts.length - 1;
    while (i > 0 && lineStarts[i]! > at) i--;
    return source.offsetAt(range.startLine + i) + (at - lineStarts[i]!);
  };
  const recordStart = source.offsetAt(range.startLine);
  const lastLine = range.endLine - 1;
  const recordEnd = source.offsetAt(lastLine) + source.lineAt(lastLine).length;
  return scanRecord(text).map((o) => ({ ...o, start: toDoc(o.start), end: toDoc(o.end), recordStart, recordEnd }));
}
