import { lineRole, MAX_RECORD_LINES } from '../recognize/records';
import { byteLineRole } from './byteRecords';

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

const LF = 0x0a;

/**
 * lastRecordCut on UTF-8 bytes [0, length): the byte offset of the last line start where a
 * record begins (not counting the possibly incomplete last line), or 0. A line start follows an
 * LF byte, so a cut never splits a character. Readers cut bytes before decoding them, so each
 * piece is decoded once into one flat string.
 */
export function lastRecordCutInBytes(bytes: Uint8Array, length: number): number {
  let nl = length > 0 ? bytes.lastIndexOf(LF, length - 1) : -1;
  while (nl > 0) {
    const start = bytes.lastIndexOf(LF, nl - 1) + 1;
    if (byteLineRole(bytes, start, nl) !== 'continues') return start;
    nl = start - 1;
  }
  return 0;
}

/**
 * Where to cut bytes that hold a run of continuation lines longer than MAX_RECORD_LINES (the
 * scanner cuts such records there anyway): after the last complete line, or 0 when the run is
 * shorter or has no line end. Keeps memory bounded on a pathological input.
 */
export function forcedCutInBytes(bytes: Uint8Array, length: number): number {
  let lines = 0;
  for (let i = bytes.indexOf(LF); i >= 0 && i < length && lines <= MAX_RECORD_LINES; i = bytes.indexOf(LF, i + 1)) lines++;
  return lines > MAX_RECORD_LINES ? bytes.lastIndexOf(LF, length - 1) + 1 : 0;
}

function hasMoreLinesThan(text: string, max: number): boolean {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && n <= max; i = text.indexOf('\n', i + 1)) n++;
  return n > max;
}

/**
 * Turns decoded text arriving in arbitrary chunks (a TextDecoder stream) into pieces that each
 * end between two records, so that every record's context stays in one piece and a scan of the
 * pieces finds what a scan of the whole text finds. Holds about `pieceChars` characters plus the
 * chunk being added: memory is bounded by the piece size, not by the input's. (Readers that have
 * bytes cut them with lastRecordCutInBytes before decoding, which is faster.)
 */
export class RecordPieceCutter {
  private pending = '';
  private pieceCount = 0;

  /** `pieceChars`: the size at which a piece is cut (at the last record boundary before it). */
  constructor(private readonly pieceChars: number) {}

  /** How many pieces have been returned so far. */
  get pieces(): number {
    return this.pieceCount;
  }

  /** Adds decoded text; returns the texts of the pieces that are complete (often none). */
  push(text: string): string[] {
    this.pending += text;
    const out: string[] = [];
    while (this.pending.length >= this.pieceChars) {
      const piece = this.cut();
      if (piece === undefined) break;
      out.push(piece);
    }
    return out;
  }

  /** The rest of the text after the input ended (undefined when nothing is left). */
  end(): string | undefined {
    if (this.pending === '') return undefined;
    const piece = this.pending;
    this.pending = '';
    this.pieceCount++;
    return piece;
  }

  private cut(): string | undefined {
    let at = lastRecordCut(this.pending);
    if (at === 0) {
      // A run of continuation lines longer than two pieces and than MAX_RECORD_LINES (where the
      // scanner cuts records anyway) is cut at a line end too, so memory stays bounded.
      if (this.pending.length < 2 * this.pieceChars || !hasMoreLinesThan(this.pending, MAX_RECORD_LINES)) return undefined;
      at = this.pending.lastIndexOf('\n') + 1;
      if (at === 0) return undefined;
    }
    const text = this.pending.slice(0, at);
    this.pending = this.pending.slice(at);
    this.pieceCount++;
    return text;
  }
}
