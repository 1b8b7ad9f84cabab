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
