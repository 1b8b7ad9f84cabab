import { isAscii } from 'node:buffer';
import { JSON_STRING_WASM_BASE64 } from './generated/jsonStringWasm';

/** What the module exports (wasm/jsonString.ts). */
interface JsonStringExports {
  readonly memory: WebAssembly.Memory;
  readonly STATUS_DONE: WebAssembly.Global;
  readonly STATUS_QUOTE: WebAssembly.Global;
  readonly STATUS_PARTIAL: WebAssembly.Global;
  readonly STATUS_PIECE: WebAssembly.Global;
  readonly STATUS_FALLBACK: WebAssembly.Global;
  readonly OUTPUT_SLACK: WebAssembly.Global;
  decode(p: number, end: number, out: number, pieceStart: number, pieceEnd: number, starts: number, startsCapacity: number): number;
  stopped(): number;
  written(): number;
  lines(): number;
  carriageReturns(): number;
  beginPiece(): void;
}

/** One decoded piece: its text, and its line starts when they are known without a search. */
export interface DecodedPiece {
  readonly text: string;
  /**
   * Where each line of the piece starts, 0 first, for an ASCII piece without carriage returns (its
   * UTF-16 offsets are its byte offsets); undefined otherwise. A start after the piece's final line
   * feed is not included: the next piece starts there.
   */
  readonly lineStarts: Uint32Array | undefined;
}

/** Why a decode step stopped (wasm/jsonString.ts's STATUS_ values, by name). */
export type DecodeStop = 'done' | 'quote' | 'partial' | 'piece' | 'fallback';

const PAGE = 65536;
/**
 * Line starts kept per piece. A piece is about 128 KB: this many lines means lines of 4 characters
 * on average; a piece with more has its lines searched by the document as before. Fixed, so a
 * text of one huge line costs no room for line starts it does not have.
 */
const STARTS_CAPACITY = 32 * 1024;
/** The line starts go here; the module's own data (none but its globals) stays below. */
const STARTS_AT = PAGE;
/** The output starts after them, and the input after the output's room. */
const OUTPUT_AT = STARTS_AT + 4 * STARTS_CAPACITY;

let compiled: WebAssembly.Module | undefined;

/** The module, compiled once per process (about 1 KB: small enough to compile synchronously). */
function jsonStringModule(): WebAssembly.Module {
  if (!compiled) compiled = new WebAssembly.Module(Buffer.from(JSON_STRING_WASM_BASE64, 'base64'));
  return compiled;
}

/**
 * Decodes the content of one long JSON string literal into line-aligned text pieces, in
 * WebAssembly (wasm/jsonString.ts): UTF-8 bytes in, decoded UTF-8 bytes gathered in the module's
 * memory, and each piece made a string with one copy (latin1 when it is ASCII, as most logs are).
 * JSON.parse of 64 KB windows and the join of windows into pieces made a string three times.
 *
 * Input is fed with `feed`, any number of bytes at a time; each call decodes all it can and says
 * why it stopped. The decoder never guesses: what it cannot decode exactly as JSON.parse would
 * (STATUS_FALLBACK in the module) it leaves to the caller, who still has those bytes.
 */
export class JsonStringDecoder {
  private readonly exports: JsonStringExports;
  private readonly statuses: readonly DecodeStop[];
  private readonly slack: number;
  /** Output bytes of the piece being gathered, at [OUTPUT_AT, OUTPUT_AT + outLength). */
  private outLength = 0;
  private outCapacity = 0;
  /** Input bytes the last `feed` consumed (all of them unless it stopped early). */
  consumed = 0;

  /** `pieceBytes`: a piece ends at the first line feed from this many bytes of output on. */
  constructor(private readonly pieceBytes: number) {
    this.exports = new WebAssembly.Instance(jsonStringModule(), {}).exports as unknown as JsonStringExports;
    const e = this.exports;
    const byValue: [WebAssembly.Global, DecodeStop][] = [
      [e.STATUS_DONE, 'done'],
      [e.STATUS_QUOTE, 'quote'],
      [e.STATUS_PARTIAL, 'partial'],
      [e.STATUS_PIECE, 'piece'],
      [e.STATUS_FALLBACK, 'fallback'],
    ];
    const statuses: DecodeStop[] = [];
    for (const [global, name] of byValue) statuses[global.value as number] = name;
    this.statuses = statuses;
    this.slack = e.OUTPUT_SLACK.value as number;
  }

  /** Whether WebAssembly can be used here (a runtime without it keeps JSON.parse). */
  static available(): boolean {
    return typeof WebAssembly === 'object' && typeof WebAssembly.Instance === 'function';
  }

  /** Forgets the piece being gathered (a fallback: the caller decodes those bytes again itself). */
  reset(): void {
    this.outLength = 0;
    this.exports.beginPiece();
  }

  /**
   * Decodes `input` onward from the piece gathered so far, and returns why it stopped: 'done' (all
   * of it), 'partial' (it ends inside an escape: feed those bytes again with more), 'quote' (the
   * literal ends at input[consumed]), 'piece' (a piece is ready: take it, then feed the rest
   * from `consumed`), 'fallback' (input[consumed] is left to JSON.parse).
   */
  feed(input: Uint8Array): DecodeStop {
    const inputAt = this.reserve(input.length);
    const memory = new Uint8Array(this.exports.memory.buffer);
    memory.set(input, inputAt);
    const status = this.exports.decode(inputAt, inputAt + input.length, OUTPUT_AT + this.outLength, OUTPUT_AT, OUTPUT_AT + this.pieceBytes, STARTS_AT, STARTS_CAPACITY);
    this.consumed = this.exports.stopped() - inputAt;
    this.outLength = this.exports.written() - OUTPUT_AT;
    return this.statuses[status]!;
  }

  /** The piece gathered so far, and a new piece begun. */
  take(): DecodedPiece {
    const e = this.exports;
    const bytes = Buffer.from(e.memory.buffer, OUTPUT_AT, this.outLength);
    const ascii = isAscii(bytes);
    const text = bytes.toString(ascii ? 'latin1' : 'utf8');
    let lineStarts: Uint32Array | undefined;
    if (ascii && !e.carriageReturns() && e.lines() <= STARTS_CAPACITY) {
      const ends = new Uint32Array(e.memory.buffer, STARTS_AT, e.lines());
      const count = ends.length > 0 && ends[ends.length - 1] === this.outLength ? ends.length : ends.length + 1;
      lineStarts = new Uint32Array(count);
      lineStarts.set(ends.subarray(0, count - 1), 1);
    }
    this.outLength = 0;
    e.beginPiece();
    return { text, lineStarts };
  }

  /**
   * Room for the output gathered so far plus `inputBytes` more (output never outgrows input),
   * then the input after it; returns where the input goes. Memory only grows: it stays the size
   * of the longest piece and feed seen, a few hundred KB for a log (plus the line starts' 128 KB).
   */
  private reserve(inputBytes: number): number {
    const memory = this.exports.memory;
    const needed = this.outLength + inputBytes + this.slack;
    if (needed > this.outCapacity) this.outCapacity = Math.max(2 * this.outCapacity, needed);
    const inputAt = OUTPUT_AT + this.outCapacity;
    const end = inputAt + inputBytes;
    if (end > memory.buffer.byteLength) memory.grow(Math.ceil((end - memory.buffer.byteLength) / PAGE));
    return inputAt;
  }
}
