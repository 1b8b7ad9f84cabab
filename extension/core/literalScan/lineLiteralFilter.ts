import { LINE_LITERALS_WASM_BASE64 } from './generated/lineLiteralsWasm';
import { literalBuckets, FINGERPRINT_BYTES } from './literalBuckets';

/** What the module exports (wasm/lineLiterals.ts). */
interface LineLiteralsExports {
  readonly memory: WebAssembly.Memory;
  readonly NIBBLES: WebAssembly.Global;
  readonly PREFIXES: WebAssembly.Global;
  readonly PREFIX_SLOTS: WebAssembly.Global;
  readonly LITERALS: WebAssembly.Global;
  readonly LITERAL_BYTES: WebAssembly.Global;
  readonly INPUT: WebAssembly.Global;
  readonly PADDING: WebAssembly.Global;
  scan(start: number, end: number, out: number): number;
  lineEnds(): number;
}

/** The lines of one scanned range that hold a literal, valid until the filter's next call. */
export interface LineHits {
  /** How many lines hold a literal. */
  readonly count: number;
  /** Line ends (LF bytes) in the whole range. */
  readonly lineEnds: number;
  /** The offset (from the range's start) of the first literal found on the i-th such line. */
  offsetAt(i: number): number;
  /** That line: how many line ends come before it in the range. */
  lineAt(i: number): number;
}

const PAGE = 65536;

/** A literal's first three bytes as the module reads them (little-endian), with 1 above them: 0 is an empty slot. */
function prefixKey(literal: string): number {
  return (literal.charCodeAt(0) | (literal.charCodeAt(1) << 8) | (literal.charCodeAt(2) << 16) | 0x1000000) >>> 0;
}

/** The first slot of a prefix: the module's prefixSlot (Fibonacci hashing), for `slots` a power of two. */
function prefixSlot(key: number, slots: number): number {
  return Math.imul(key, 2654435761) >>> (32 - Math.log2(slots));
}

let compiled: WebAssembly.Module | undefined;

/** The module, compiled once per process (850 bytes: small enough to compile synchronously anywhere). */
function lineLiteralsModule(): WebAssembly.Module {
  if (!compiled) {
    const binary = atob(LINE_LITERALS_WASM_BASE64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    compiled = new WebAssembly.Module(bytes);
  }
  return compiled;
}

/**
 * Finds, in UTF-8 bytes, the lines that hold one of a fixed set of ASCII literals, and counts
 * line ends, in WebAssembly (see wasm/lineLiterals.ts for the algorithm). The bytes to scan are
 * written into the filter's own memory (`input`), so a reader that fills that buffer copies each
 * byte once. A literal in the bytes is exactly a literal in the decoded text: UTF-8 never uses an
 * ASCII byte inside a multi-byte character.
 */
export class LineLiteralFilter {
  private readonly exports: LineLiteralsExports;
  private readonly inputAt: number;
  private readonly padding: number;
  private readonly shortest: number;
  private capacity = 0;
  private view = new Uint8Array(0);
  private out = new Uint32Array(0);
  private outAt = 0;

  /**
   * A filter for `literals`: ASCII, each at least FINGERPRINT_BYTES long (the fingerprint is a
   * literal's first bytes), at most 255, and about 800 of them at most (the tables' room).
   */
  constructor(literals: readonly string[]) {
    if (literals.length === 0) throw new Error('LineLiteralFilter needs at least one literal');
    for (const l of literals) {
      // eslint-disable-next-line no-control-regex
      if (l.length < FINGERPRINT_BYTES || l.length > 255 || !/^[\x00-\x7f]*$/.test(l)) throw new Error(`not a literal the filter can search for: ${JSON.stringify(l)}`);
    }
    this.exports = new WebAssembly.Instance(lineLiteralsModule(), {}).exports as unknown as LineLiteralsExports;
    this.inputAt = this.exports.INPUT.value as number;
    this.padding = this.exports.PADDING.value as number;
    this.shortest = Math.min(...literals.map((l) => l.length));
    this.writeTables(literals);
  }

  private writeTables(literals: readonly string[]): void {
    const e = this.exports;
    const memory = new Uint8Array(e.memory.buffer);
    const words = new DataView(e.memory.buffer);
    const nibbles = e.NIBBLES.value as number;
    const prefixes = e.PREFIXES.value as number;
    const slots = e.PREFIX_SLOTS.value as number;
    const index = e.LITERALS.value as number;
    const bytesAt = e.LITERAL_BYTES.value as number;
    // The fingerprint tables: a bit per bucket for each nibble at each of the first three bytes.
    literalBuckets(literals).forEach((members, b) => {
      for (const literal of members) {
        for (let j = 0; j < FINGERPRINT_BYTES; j++) {
          const c = literal.charCodeAt(j);
          memory[nibbles + 32 * j + (c & 15)]! |= 1 << b;
          memory[nibbles + 32 * j + 16 + (c >> 4)]! |= 1 << b;
        }
      }
    });
    // The literals grouped by prefix, and the prefix table that finds each group.
    const groups = new Map<number, string[]>();
    for (const literal of [...new Set(literals)].sort()) {
      const key = prefixKey(literal);
      groups.set(key, [...(groups.get(key) ?? []), literal]);
    }
    if (groups.size > slots / 2) throw new Error('too many literal prefixes for the filter');
    let entry = 0;
    let at = 0;
    for (const [key, group] of groups) {
      let slot = prefixSlot(key, slots);
      while (words.getUint32(prefixes + 8 * slot, true) !== 0) slot = (slot + 1) & (slots - 1);
      words.setUint32(prefixes + 8 * slot, key, true);
      words.setUint16(prefixes + 8 * slot + 4, entry, true);
      words.setUint16(prefixes + 8 * slot + 6, group.length, true);
      for (const literal of group) {
        if (index + 4 * entry + 4 > bytesAt || bytesAt + at + 1 + literal.length > this.inputAt) throw new Error('too many literals for the filter');
        words.setUint32(index + 4 * entry, at, true);
        memory[bytesAt + at] = literal.length;
        for (let k = 0; k < literal.length; k++) memory[bytesAt + at + 1 + k] = literal.charCodeAt(k);
        at += 1 + literal.length;
        entry++;
      }
    }
  }

  /**
   * The filter's input buffer, with room for at least `bytes` bytes. Growing keeps the bytes
   * already written but returns a new view: use the one returned by the latest call.
   */
  input(bytes: number): Uint8Array {
    if (bytes > this.capacity) {
      // A multiple of 16 keeps the hit pairs after it aligned.
      const capacity = Math.ceil(Math.max(bytes, 2 * this.capacity) / 16) * 16;
      // One hit per line, and a line with a hit holds a literal and a line end (the last line
      // may lack one): the most hits `capacity` bytes can give.
      const maxHits = Math.floor(capacity / (this.shortest + 1)) + 1;
      const outAt = this.inputAt + capacity + this.padding;
      const needed = outAt + 8 * maxHits;
      const memory = this.exports.memory;
      if (needed > memory.buffer.byteLength) memory.grow(Math.ceil((needed - memory.buffer.byteLength) / PAGE));
      this.capacity = capacity;
      this.outAt = outAt;
    }
    const buffer = this.exports.memory.buffer;
    if (this.view.buffer !== buffer || this.view.length !== this.capacity) {
      this.view = new Uint8Array(buffer, this.inputAt, this.capacity);
      this.out = new Uint32Array(buffer, this.outAt, (buffer.byteLength - this.outAt) >> 2);
    }
    return this.view;
  }

  /** Scans input bytes [start, end) (see LineHits). */
  scan(start: number, end: number): LineHits {
    if (start < 0 || end > this.capacity || start > end) throw new RangeError(`scan range ${start}..${end} is outside the input (${this.capacity} bytes)`);
    const count = this.exports.scan(this.inputAt + start, this.inputAt + end, this.outAt);
    const out = this.out;
    return { count, lineEnds: this.exports.lineEnds(), offsetAt: (i) => out[2 * i]!, lineAt: (i) => out[2 * i + 1]! };
  }
}
