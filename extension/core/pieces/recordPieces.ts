import { lineRole, MAX_RECORD_LINES } from '../recognize/records';

/** A piece of a text cut between two records, with the 0-based line its first character is on. */
export interface TextPiece {
  readonly text: string;
  readonly firstLine: number;
}

/**
 * Where to cut `text` so that no record is split: the start of the last line that starts a
 * record (or is blank), not counting the last line, which may be incomplete. 0 when there is no
 * such line; then the caller reads more before scanning.
 */
export function lastRecordCut(text: string): number {
  let end = text.lastIndexOf('\n');
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (lineRole(text, start) !== 'continues') return start;
    end = start - 1;
  }
  return 0;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function hasMoreLinesThan(text: string, max: number): boolean {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && n <= max; i = text.indexOf('\n', i + 1)) n++;
  return n > max;
}

/**
 * Turns decoded text arriving in arbitrary chunks (file reads, a gunzip stream, a terminal) into
 * pieces that each end between two records, so that every record's context stays in one piece
 * and a scan of the pieces finds what a scan of the whole text finds. Holds at most about
 * `pieceChars` characters (plus the chunk being added): memory is bounded by the piece size, not
 * by the input's. The CLI and the editor's Scan Log File both cut through this one class.
 */
export class RecordPieceCutter {
  private pending = '';
  private line = 0;
  private pieceCount = 0;

  /** `pieceChars`: the size at which a piece is cut (at the last record boundary before it). */
  constructor(private readonly pieceChars: number) {}

  /** How many pieces have been returned so far. */
  get pieces(): number {
    return this.pieceCount;
  }

  /** Adds decoded text; returns the pieces that are complete (often none). */
  push(text: string): TextPiece[] {
    this.pending += text;
    const out: TextPiece[] = [];
    while (this.pending.length >= this.pieceChars) {
      const piece = this.cut();
      if (!piece) break;
      out.push(piece);
    }
    return out;
  }

  /** The rest of the text after the input ended (undefined when nothing is left). */
  end(): TextPiece | undefined {
    if (this.pending === '') return undefined;
    const piece = this.emit(this.pending.length);
    this.pending = '';
    return piece;
  }

  private cut(): TextPiece | undefined {
    let at = lastRecordCut(this.pending);
    if (at === 0) {
      // A run of continuation lines longer than two pieces and than MAX_RECORD_LINES (where the
      // scanner cuts records anyway) is cut at a line end too, so memory stays bounded.
      if (this.pending.length < 2 * this.pieceChars || !hasMoreLinesThan(this.pending, MAX_RECORD_LINES)) return undefined;
      at = this.pending.lastIndexOf('\n') + 1;
      if (at === 0) return undefined;
    }
    return this.emit(at);
  }

  private emit(at: number): TextPiece {
    const text = this.pending.slice(0, at);
    this.pending = this.pending.slice(at);
    const piece = { text, firstLine: this.line };
    this.line += countLines(text);
    this.pieceCount++;
    return piece;
  }
}
