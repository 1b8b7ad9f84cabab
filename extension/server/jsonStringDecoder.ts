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
  decode(p: number, end: number, out: number, pieceBytes: number): number;
  stopped(): number;
  written(): number;
}

/** Why a decode step stopped (wasm/jsonString.ts's STATUS_ values, by name). */
export type DecodeStop = 'done' | 'quote' | 'partial' | 'piece' | 'fallback';

const PAGE = 65536;
/** The output starts here; the module's own data (none but its globals) stays below. */
const OUTPUT_AT = PAGE;

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
    const out = OUTPUT_AT + this.outLength;
    const status = this.exports.decode(inputAt, inputAt + input.length, out, Math.max(0, this.pieceBytes - this.outLength));
    this.consumed = this.exports.stopped() - inputAt;
    this.outLength = this.exports.written() - OUTPUT_AT;
    return this.statuses[status]!;
  }

  /** The piece gathered so far as a string, and a new piece begun. */
  take(): string {
    const bytes = Buffer.from(this.exports.memory.buffer, OUTPUT_AT, this.outLength);
    this.outLength = 0;
    return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  }

  /**
   * Room for the output gathered so far plus `inputBytes` more (output never outgrows input),
   * then the input after it; returns where the input goes. Memory only grows: it stays the size
   * of the longest piece and feed seen, a few hundred KB for a log.
   */
  private reserve(inputBytes: number): number {
    const needed = this.outLength + inputBytes + this.slack;
    if (needed > this.outCapacity) this.outCapacity = Math.max(2 * this.outCapacity, needed);
    const inputAt = OUTPUT_AT + this.outCapacity;
    const end = inputAt + inputBytes;
    const memory = this.exports.memory;
    if (end > memory.buffer.byteLength) memory.grow(Math.ceil((end - memory.buffer.byteLength) / PAGE));
    return inputAt;
  }
}
