import { readSync } from 'node:fs';
import { roleOfLine } from '../core/recognize/records';

const LF = 0x0a;
/** Bytes looked at first; doubled while no whole line that starts a record is in view. */
const FIRST_WINDOW = 64 * 1024;

/**
 * The first offset at or after `position` in the open file `fd` (of `size` bytes) where a record
 * can start: the start of a line that is not a continuation line (records.ts), or `size`. No
 * record spans it, so scanning the file in ranges cut there finds what a scan of the whole text
 * finds. The function only grows with `position`, so cuts at any positions make a partition of
 * the file. Each line is judged whole and decoded as UTF-8, as the scan reads it.
 */
export function recordStartAtOrAfter(fd: number, position: number, size: number): number {
  if (position <= 0) return 0;
  if (position >= size) return size;
  // From the byte before `position`: a line feed there makes `position` itself a line start.
  const from = position - 1;
  for (let window = FIRST_WINDOW; ; window *= 2) {
    const length = Math.min(window, size - from);
    const bytes = Buffer.allocUnsafe(length);
    const n = readSync(fd, bytes, 0, length, from);
    const atEnd = from + n >= size;
    for (let nl = bytes.indexOf(LF); nl >= 0 && nl < n; nl = bytes.indexOf(LF, nl + 1)) {
      const lineStart = nl + 1;
      if (lineStart >= n) {
        if (atEnd) return size;
        break;
      }
      const lineEnd = bytes.indexOf(LF, lineStart);
      // A line cut by the window is judged once it is whole.
      if ((lineEnd < 0 || lineEnd >= n) && !atEnd) break;
      if (roleOfLine(bytes.toString('utf8', lineStart, lineEnd < 0 || lineEnd >= n ? n : lineEnd)) !== 'continues') return from + lineStart;
    }
    if (atEnd) return size;
  }
}
