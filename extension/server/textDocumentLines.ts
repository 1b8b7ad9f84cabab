import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LineSource } from '../core/recognize/types';

/**
 * A TextDocument seen line by line, as recognition reads it: one line costs a binary search in
 * the document's line table and a slice, never a copy of the whole text.
 */
export function textDocumentLines(document: TextDocument): LineSource {
  return {
    get lineCount() {
      return document.lineCount;
    },
    lineAt(line: number): string {
      // offsetAt clamps a character past the end to the line's end, before its terminator.
      return document.getText({ start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } });
    },
    offsetAt(line: number): number {
      return document.offsetAt({ line, character: 0 });
    },
  };
}

/** Lines longer than this are read through a window around the cursor (minified JSON, dumps on one line). */
export const LONG_LINE = 16 * 1024;
/** Characters kept on each side of the cursor in a long line: far more than any KMS record needs. */
const WINDOW_RADIUS = 4 * 1024;

/**
 * The document's lines, except that `line`, when longer than LONG_LINE, is cut to a window
 * around `character`. `offsetAt(line)` then names the window's first character, so offsets
 * that recognition computes stay offsets of the whole document. This keeps a hover on a 5 MB
 * line as cheap as on an ordinary one.
 */
export function windowedLines(document: TextDocument & { readonly source?: LineSource }, line: number, character: number): LineSource {
  const full = document.source ?? textDocumentLines(document);
  if (line < 0 || line >= document.lineCount) return full;
  const lineStart = document.offsetAt({ line, character: 0 });
  const length = document.offsetAt({ line, character: Number.MAX_SAFE_INTEGER }) - lineStart;
  if (length <= LONG_LINE) return full;
  const from = Math.max(0, Math.min(character, length) - WINDOW_RADIUS);
  const to = Math.min(length, from + 2 * WINDOW_RADIUS);
  return {
    get lineCount() {
      return document.lineCount;
    },
    lineAt: (l) => (l === line ? document.getText({ start: { line, character: from }, end: { line, character: to } }) : full.lineAt(l)),
    offsetAt: (l) => (l === line ? lineStart + from : full.offsetAt(l)),
  };
}
