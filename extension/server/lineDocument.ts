import type { Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LineSource } from '../core/recognize/types';

/** Which lines of the previous version an edit replaced (inclusive), and by how many lines. */
export interface LineEdit {
  readonly startLine: number;
  readonly endLine: number;
  readonly newLineCount: number;
}

/**
 * An open document kept as an array of lines rather than one string. The library's
 * TextDocument rebuilds (and V8 then flattens) the whole text on every keystroke, a 50 MB copy
 * for a 50 MB log; here an edit touches only its lines and shifts the line offsets after them.
 * It is a TextDocument for the LSP handlers, and `source` is its LineSource for recognition.
 */
export class LineDocument implements TextDocument {
  private lines: string[];
  /** Each line's terminator: '' (last line), '\n', '\r' or '\r\n' (shared constant strings). */
  private breaks: string[];
  /** Offset of each line's first character. */
  private starts: number[] = [];
  private _version: number;
  /** The same lines as recognition reads them, with no copying. */
  readonly source: LineSource;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    version: number,
    text: string,
  ) {
    this._version = version;
    [this.lines, this.breaks] = splitLines(text);
    this.recomputeStarts(0);
    const lineCount = () => this.lines.length;
    this.source = {
      get lineCount() {
        return lineCount();
      },
      lineAt: (line) => this.lineAt(line),
      offsetAt: (line) => this.lineOffset(line),
    };
  }

  get version(): number {
    return this._version;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  lineAt(line: number): string {
    return this.lines[line] ?? '';
  }

  /** The offset of a line's first character (the LineSource reading of offsetAt). */
  lineOffset(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.lines.length - 1))]!;
  }

  getLineRange(line: number): Range {
    const start = this.clamp({ line, character: 0 });
    return { start, end: { line: start.line, character: line < 0 ? 0 : this.lines[start.line]!.length } };
  }

  getEOLCharacters(line: number): string {
    return this.breaks[line] ?? '';
  }

  getText(range?: Range): string {
    if (!range) return this.slice(0, this.lines.length - 1, 0, Infinity, true);
    const [a, b] = ordered(this.clamp(range.start), this.clamp(range.end));
    return this.slice(a.line, b.line, a.character, b.character, false);
  }

  /** Like TextDocument: a line past the end gives the text's length, a character past the line its end. */
  offsetAt(position: Position): number {
    if (position.line >= this.lines.length) return this.length();
    const p = this.clamp(position);
    return this.starts[p.line]! + p.character;
  }

  positionAt(offset: number): Position {
    const at = Math.max(0, Math.min(Math.floor(offset), this.length()));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: Math.min(at - this.starts[lo]!, this.lines[lo]!.length) };
  }

  /**
   * Applies one change and says which lines it replaced. The line above the change is rebuilt
   * too, so a `\r` before the change and a `\n` it inserts become one line break, as in the text.
   */
  apply(change: TextDocumentContentChangeEvent, version: number): LineEdit {
    this._version = version;
    if (!('range' in change) || !change.range) {
      const old = this.lines.length;
      [this.lines, this.breaks] = splitLines(change.text);
      this.recomputeStarts(0);
      return { startLine: 0, endLine: old - 1, newLineCount: this.lines.length };
    }
    const [start, end] = ordered(this.clamp(change.range.start), this.clamp(change.range.end));
    const first = Math.max(0, start.line - 1);
    const before = this.slice(first, start.line, 0, start.character, false);
    const after = this.lines[end.line]!.slice(end.character) + this.breaks[end.line]!;
    const [newLines, newBreaks] = splitLines(before + change.text + after);
    if (end.line < this.lines.length - 1) {
      // The replaced region ended with a line break: splitting leaves an empty line after it.
      newLines.pop();
      newBreaks.pop();
    }
    this.lines = spliceLarge(this.lines, first, end.line - first + 1, newLines);
    this.breaks = spliceLarge(this.breaks, first, end.line - first + 1, newBreaks);
    this.recomputeStarts(first);
    return { startLine: first, endLine: end.line, newLineCount: newLines.length };
  }

  private length(): number {
    const last = this.lines.length - 1;
    return this.starts[last]! + this.lines[last]!.length;
  }

  private clamp(p: Position): Position {
    if (!(p.line >= 0)) return { line: 0, character: 0 };
    if (p.line >= this.lines.length) {
      const last = this.lines.length - 1;
      return { line: last, character: this.lines[last]!.length };
    }
    const line = Math.floor(p.line);
    return { line, character: Math.max(0, Math.min(Math.floor(p.character) || 0, this.lines[line]!.length)) };
  }

  /** Text from (a, ca) to (b, cb); `full` keeps the last line's terminator too. */
  private slice(a: number, b: number, ca: number, cb: number, full: boolean): string {
    if (a === b && !full) return this.lines[a]!.slice(ca, cb);
    const parts: string[] = [this.lines[a]!.slice(ca) + this.breaks[a]!];
    for (let l = a + 1; l < b; l++) parts.push(this.lines[l]! + this.breaks[l]!);
    if (b > a) parts.push(full ? this.lines[b]! + this.breaks[b]! : this.lines[b]!.slice(0, cb));
    return parts.join('');
  }

  private recomputeStarts(from: number): void {
    const { lines, breaks } = this;
    if (this.starts.length > lines.length) this.starts.length = lines.length;
    let offset = from === 0 ? 0 : this.starts[from - 1]! + lines[from - 1]!.length + breaks[from - 1]!.length;
    for (let l = from; l < lines.length; l++) {
      this.starts[l] = offset;
      offset += lines[l]!.length + breaks[l]!.length;
    }
  }
}

/** Lines and their terminators, as TextDocument splits: \r\n, \r and \n each end a line. */
function splitLines(text: string): [string[], string[]] {
  // Most logs have no \r at all: then the native split does the work.
  if (!text.includes('\r')) {
    const lines = text.split('\n');
    const breaks = new Array<string>(lines.length).fill('\n');
    breaks[breaks.length - 1] = '';
    return [lines, breaks];
  }
  const lines: string[] = [];
  const breaks: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    lines.push(text.slice(start, i));
    const crlf = c === 13 && text.charCodeAt(i + 1) === 10;
    breaks.push(crlf ? '\r\n' : c === 13 ? '\r' : '\n');
    if (crlf) i++;
    start = i + 1;
  }
  lines.push(text.slice(start));
  breaks.push('');
  return [lines, breaks];
}

function ordered(a: Position, b: Position): [Position, Position] {
  return a.line < b.line || (a.line === b.line && a.character <= b.character) ? [a, b] : [b, a];
}

/** Array splice without spreading a huge insert into call arguments. */
function spliceLarge<T>(list: T[], start: number, deleteCount: number, items: T[]): T[] {
  if (items.length < 10_000) {
    list.splice(start, deleteCount, ...items);
    return list;
  }
  return list.slice(0, start).concat(items, list.slice(start + deleteCount));
}
