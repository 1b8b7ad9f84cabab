import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { JoinedLineSource } from '../core/recognize/lineRecords';
import { CHUNK_CHARS, LineChunks } from './lineChunks';
import { wholeText, type DocumentText } from './textPieces';

/** Which lines of the previous version an edit replaced (inclusive), and by how many lines. */
export interface LineEdit {
  readonly startLine: number;
  readonly endLine: number;
  readonly newLineCount: number;
}

/** A change as the server receives it: its text may be in pieces (TextPieces) when it is large. */
export type DocumentChange = { readonly range: Range; readonly text: DocumentText } | { readonly text: DocumentText };

/**
 * An open document kept as lines rather than one string. The library's TextDocument rebuilds
 * (and V8 then flattens) the whole text on every keystroke, a 50 MB copy for a 50 MB log; here
 * an edit rebuilds only the chunk of lines it touches (see LineChunks, which also keeps the lines
 * compact). It is a TextDocument for the LSP handlers, and `source` is its LineSource for
 * recognition.
 */
export class LineDocument implements TextDocument {
  private lines: LineChunks;
  private _version: number;
  /** The same lines as recognition reads them. */
  readonly source: JoinedLineSource;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    version: number,
    text: DocumentText,
    /** Characters per chunk of lines: tests make it tiny to exercise edits across chunks. */
    private readonly chunkChars = CHUNK_CHARS,
  ) {
    this._version = version;
    this.lines = new LineChunks(text, chunkChars);
    const lineCount = () => this.lines.lineCount;
    this.source = {
      get lineCount() {
        return lineCount();
      },
      lineAt: (line) => this.lineAt(line),
      offsetAt: (line) => this.lineOffset(line),
      joinedLines: (range) => this.lines.joinedLines(range.startLine, range.endLine),
    };
  }

  get version(): number {
    return this._version;
  }

  get lineCount(): number {
    return this.lines.lineCount;
  }

  lineAt(line: number): string {
    return line >= 0 && line < this.lines.lineCount ? this.lines.lineAt(line) : '';
  }

  /** The offset of a line's first character (the LineSource reading of offsetAt). */
  lineOffset(line: number): number {
    return this.lines.lineStart(Math.max(0, Math.min(line, this.lines.lineCount - 1)));
  }

  getLineRange(line: number): Range {
    const start = this.clamp({ line, character: 0 });
    return { start, end: { line: start.line, character: line < 0 ? 0 : this.lines.lineLength(start.line) } };
  }

  getEOLCharacters(line: number): string {
    return line >= 0 && line < this.lines.lineCount ? this.lines.breakAt(line) : '';
  }

  getText(range?: Range): string {
    if (!range) return this.lines.textBetween(0, this.lines.length);
    const [a, b] = ordered(this.clamp(range.start), this.clamp(range.end));
    return this.lines.textBetween(this.offsetAt(a), this.offsetAt(b));
  }

  /** Like TextDocument: a line past the end gives the text's length, a character past the line its end. */
  offsetAt(position: Position): number {
    if (position.line >= this.lines.lineCount) return this.lines.length;
    const p = this.clamp(position);
    return this.lines.lineStart(p.line) + p.character;
  }

  positionAt(offset: number): Position {
    const at = Math.max(0, Math.min(Math.floor(offset), this.lines.length));
    const line = this.lines.lineOfOffset(at);
    return { line, character: Math.min(at - this.lines.lineStart(line), this.lines.lineLength(line)) };
  }

  /**
   * Applies one change and says which lines it replaced. The line above the change is rebuilt
   * too, so a `\r` before the change and a `\n` it inserts become one line break, as in the text.
   */
  apply(change: DocumentChange, version: number): LineEdit {
    this._version = version;
    if (!('range' in change) || !change.range) {
      const old = this.lines.lineCount;
      this.lines = new LineChunks(change.text, this.chunkChars);
      return { startLine: 0, endLine: old - 1, newLineCount: this.lines.lineCount };
    }
    const [start, end] = ordered(this.clamp(change.range.start), this.clamp(change.range.end));
    const first = Math.max(0, start.line - 1);
    const before = this.lines.textBetween(this.lines.lineStart(first), this.offsetAt(start));
    const endLineEnd = end.line + 1 < this.lines.lineCount ? this.lines.lineStart(end.line + 1) : this.lines.length;
    const after = this.lines.textBetween(this.offsetAt(end), endLineEnd);
    const newLineCount = this.lines.replace(first, end.line - first + 1, before + wholeText(change.text) + after);
    return { startLine: first, endLine: end.line, newLineCount };
  }

  private clamp(p: Position): Position {
    if (!(p.line >= 0)) return { line: 0, character: 0 };
    if (p.line >= this.lines.lineCount) {
      const last = this.lines.lineCount - 1;
      return { line: last, character: this.lines.lineLength(last) };
    }
    const line = Math.floor(p.line);
    return { line, character: Math.max(0, Math.min(Math.floor(p.character) || 0, this.lines.lineLength(line))) };
  }
}

function ordered(a: Position, b: Position): [Position, Position] {
  return a.line < b.line || (a.line === b.line && a.character <= b.character) ? [a, b] : [b, a];
}
