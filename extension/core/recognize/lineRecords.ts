import { MAX_RECORD_LINES, roleOfLine, roleOfLineIn } from './records';
import type { LineSource } from './types';

/** A record as a range of lines of a LineSource: [startLine, endLine). */
export interface LineRange {
  readonly startLine: number;
  readonly endLine: number;
}

/**
 * The record containing `line`, by the rules of records.ts, reading only the lines of that
 * record (and one line past each end). A blank line is its own empty-of-errors record.
 */
export function recordLinesAt(source: LineSource, line: number): LineRange {
  // Whether a line is blank is its own (roleOfLine); only 'continues' reads the lines above.
  if (roleOfLine(source.lineAt(line)) === 'blank') return { startLine: line, endLine: line + 1 };
  let start = line;
  let count = 1;
  while (start > 0 && count < MAX_RECORD_LINES && roleOfLineIn(source, start) === 'continues') {
    if (roleOfLine(source.lineAt(start - 1)) === 'blank') break;
    start--;
    count++;
  }
  let end = line + 1;
  while (end < source.lineCount && count < MAX_RECORD_LINES && roleOfLineIn(source, end) === 'continues') {
    end++;
    count++;
  }
  return { startLine: start, endLine: end };
}

/** The text of lines [startLine, endLine) joined by `\n`, with the offset of each line in it. */
export function joinLines(source: LineSource, range: LineRange): { text: string; lineStarts: number[] } {
  const parts: string[] = [];
  const lineStarts: number[] = [];
  let at = 0;
  for (let l = range.startLine; l < range.endLine; l++) {
    const s = source.lineAt(l);
    lineStarts.push(at);
    parts.push(s);
    at += s.length + 1;
  }
  return { text: parts.join('\n'), lineStarts };
}

/** Lines [startLine, endLine) joined by `\n`, and where each line starts in that text (see joinLines). */
export interface JoinedLines {
  readonly text: string;
  readonly lineStarts: ArrayLike<number>;
}

/**
 * A LineSource that may hand lines joined without reading them one by one: an editor's document
 * that keeps its text in chunks can give a range of lines as a slice of one chunk. It returns
 * exactly what joinLines would, or undefined when it cannot do so cheaply.
 */
export interface JoinedLineSource extends LineSource {
  joinedLines?(range: LineRange): JoinedLines | undefined;
}

/** The lines of `range` joined by `\n`, from the source's own join when it has one, else joinLines. */
export function joinedLinesOf(source: JoinedLineSource, range: LineRange): JoinedLines {
  return source.joinedLines?.(range) ?? joinLines(source, range);
}
