import type { Hover, Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../core';
import type { Occurrence } from '../core/recognize/types';
import { occurrenceMarkdown } from './hoverMarkdown';

/** What a hover needs besides the document: the language, and the occurrences whose record touches a line. */
export interface HoverContext {
  readonly lang: Lang;
  /** Occurrences whose record [recordStart, recordEnd) intersects `line`; reads only that line's neighbourhood. */
  readonly occurrencesNearLine: (line: number) => readonly Occurrence[];
  /**
   * Whether the editor shows a diagnostic of ours with exactly this range inside the hover (VS
   * Code puts it above the hover's content); then the hover leaves out what it already says.
   */
  readonly diagnosticShownAt?: (range: Range) => boolean;
}

/**
 * The hover at a position: on a code, a known message or a payload, the occurrence under the
 * cursor (the narrowest when several overlap); on a RequestId or a repeated mention of the code
 * printed in a record, that record's occurrence. Anything else, including a position outside the document, gives null.
 */
export function hoverAt(document: TextDocument, position: Position, context: HoverContext): Hover | null {
  if (!isInside(document, position)) return null;
  const offset = document.offsetAt(position);
  const near = context.occurrencesNearLine(position.line);
  const under = narrowest(near.filter((o) => o.start <= offset && offset < o.end));
  if (under) return hoverOf(document, under, { start: under.start, end: under.end }, context);
  // A RequestId, or a repeated mention of the code, is printed outside its occurrence's range,
  // where no diagnostic of ours is shown.
  const echo = echoAt(document, position, offset, near);
  return echo ? hoverOf(document, echo.occurrence, echo.span, { lang: context.lang }) : null;
}

/** A line's text without its terminator. */
export function lineTextOf(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } });
}

function hoverOf(document: TextDocument, occurrence: Occurrence, span: { start: number; end: number }, context: Pick<HoverContext, 'lang' | 'diagnosticShownAt'>): Hover {
  const matchedText = document.getText({ start: document.positionAt(occurrence.start), end: document.positionAt(occurrence.end) });
  const range = { start: document.positionAt(span.start), end: document.positionAt(span.end) };
  const diagnosed = context.diagnosticShownAt?.(range) ?? false;
  return { contents: { kind: 'markdown', value: occurrenceMarkdown(occurrence, matchedText, context.lang, diagnosed) }, range };
}

/** Whether the position names a character of the document (the end of a line included). */
export function isInside(document: TextDocument, position: Position): boolean {
  const { line, character } = position;
  return Number.isInteger(line) && Number.isInteger(character) && line >= 0 && character >= 0 && line < document.lineCount;
}

function narrowest(list: readonly Occurrence[]): Occurrence | undefined {
  let best: Occurrence | undefined;
  for (const o of list) if (!best || o.end - o.start < best.end - best.start) best = o;
  return best;
}

/**
 * The occurrence whose RequestId, or another mention of whose code, is printed under the cursor,
 * searched in the hovered line only. One error is one occurrence however often its record names
 * it (a `Recommend` URL's `q=CODE`, a `Data` JSON, a second `throw` of the same code in an
 * indented block of source): each of those mentions still gets the error's hover.
 */
function echoAt(document: TextDocument, position: Position, offset: number, near: readonly Occurrence[]) {
  const lineStart = document.offsetAt({ line: position.line, character: 0 });
  const lineText = lineTextOf(document, position.line);
  for (const occurrence of near) {
    if (offset < occurrence.recordStart || offset >= occurrence.recordEnd) continue;
    const code = occurrence.kind === 'payload' ? null : occurrence.code;
    for (const echo of [code, occurrence.requestId]) {
      const at = echo ? mentionAt(lineText, echo, offset - lineStart) : -1;
      if (at >= 0) return { occurrence, span: { start: lineStart + at, end: lineStart + at + echo!.length } };
    }
  }
  return undefined;
}

const WORD_CHAR = /[A-Za-z0-9._-]/;

/** Where `word` is printed as a whole word over `column` of `line`, or -1. */
function mentionAt(line: string, word: string, column: number): number {
  for (let at = line.indexOf(word); at >= 0 && at <= column; at = line.indexOf(word, at + 1)) {
    const whole = !WORD_CHAR.test(line[at - 1] ?? ' ') && !WORD_CHAR.test(line[at + word.length] ?? ' ');
    if (whole && column < at + word.length) return at;
  }
  return -1;
}
