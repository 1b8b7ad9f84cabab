import { scanText, type Occurrence } from '../../core';

/** Longest terminal line scanned: a megabyte of minified JSON on one line is not a log record. */
export const MAX_TERMINAL_LINE = 100_000;

/** An occurrence on a terminal line, with its place in that line. */
export interface TerminalOccurrence {
  readonly startIndex: number;
  readonly length: number;
  readonly occurrence: Occurrence;
  /** The matched text as it is on the line (a payload's encoded form, for decoding). */
  readonly text: string;
}

/**
 * The KMS errors on `line`, read with the core's rules (codes, known messages, encoded payloads,
 * client-side failures), with the record context the lines just `above` it give (the terminal's
 * recent output, oldest first; empty where the buffer gives nothing). The lines above are scanned
 * with the line as one text, so a Go `SDKError:` block's `Code:` line sees its `StatusCode:`, and
 * only occurrences that lie on `line` itself are returned.
 */
export function terminalOccurrences(line: string, above: readonly string[] = []): TerminalOccurrence[] {
  if (line.length === 0 || line.length > MAX_TERMINAL_LINE) return [];
  const context = above.filter((l) => l.length <= MAX_TERMINAL_LINE);
  const prefix = context.length > 0 ? context.join('\n') + '\n' : '';
  const text = prefix + line;
  const out: TerminalOccurrence[] = [];
  for (const o of scanText(text)) {
    if (o.start < prefix.length) continue;
    const end = Math.min(o.end, text.length);
    out.push({ startIndex: o.start - prefix.length, length: end - o.start, occurrence: o, text: text.slice(o.start, end) });
  }
  return out;
}
