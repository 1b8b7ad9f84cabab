// AssemblyScript (https://www.assemblyscript.org), compiled to WebAssembly by `npm run gen:wasm`
// into extension/server/generated/jsonStringWasm.ts. Not TypeScript: `v128`, `usize`, `load` and
// `store` are AssemblyScript's, so tsc and eslint do not read this folder.
//
// Decodes the content of a JSON string literal, UTF-8 in and UTF-8 out, 16 bytes at a time with
// WebAssembly SIMD: a block with no quote, backslash or control byte is copied as it is, and only
// the escapes are decoded one by one. The language server reads a large didOpen's text this way
// (extension/server/largeJson.ts): JSON.parse of 64 KB windows, then joining them into pieces, was
// more than half of the server's CPU time from didOpen to its first diagnostics.
//
// The decoder stops, and says why (STATUS_*), wherever it is not sure to give what JSON.parse
// gives: the caller then decodes the same bytes with JSON.parse, which also raises JSON.parse's own
// error for a malformed literal. Output never outgrows input: every escape is at least as long as
// what it decodes to.

/** The whole input was decoded. */
export const STATUS_DONE: u32 = 0;
/** An unescaped quote, the literal's end, is at stopped(). */
export const STATUS_QUOTE: u32 = 1;
/** The input ends inside an escape, which starts at stopped(): feed more bytes. */
export const STATUS_PARTIAL: u32 = 2;
/** A line feed was written at or after `pieceBytes`: the output is one piece, input resumes at stopped(). */
export const STATUS_PIECE: u32 = 3;
/**
 * At stopped() is what this decoder leaves to JSON.parse: a control byte (invalid in JSON), an
 * unknown escape, a `\u` without four hex digits, or a surrogate escape that is not one half of a
 * pair (JSON.parse keeps it as a lone UTF-16 unit, which UTF-8 cannot carry).
 */
export const STATUS_FALLBACK: u32 = 4;

/** Bytes past the output the decoder may write (whole 16-byte blocks are stored). */
export const OUTPUT_SLACK: usize = 16;

let stoppedAt: usize = 0;
let writtenTo: usize = 0;
let lineCount: u32 = 0;
let crSeen: bool = false;

/** Where the last decode() stopped in its input (see the STATUS_ values). */
export function stopped(): usize {
  return stoppedAt;
}

/** Where the last decode() stopped writing: its output is [out, written()). */
export function written(): usize {
  return writtenTo;
}

/**
 * Line feeds written since beginPiece(): the end of each of the first `startsCapacity`, from the
 * piece's start, was stored as a u32 at `starts` (the start of the next line). The server's
 * document keeps these line starts, so it need not search the piece for them again.
 */
export function lines(): u32 {
  return lineCount;
}

/** Whether a carriage return was written since beginPiece() (its lines then need their own reading). */
export function carriageReturns(): bool {
  return crSeen;
}

/** Starts a new piece: no line feeds or carriage returns counted. */
export function beginPiece(): void {
  lineCount = 0;
  crSeen = false;
}

/** The value of the hex digit `c`, or -1. */
// @ts-ignore: decorator
@inline function hexDigit(c: u32): i32 {
  if (c - 0x30 < 10) return <i32>(c - 0x30);
  const lower = c | 0x20;
  if (lower - 0x61 < 6) return <i32>(lower - 0x61 + 10);
  return -1;
}

/** The UTF-16 unit of the four hex digits at `p`, or -1. */
function hex4(p: usize): i32 {
  const a = hexDigit(load<u8>(p));
  const b = hexDigit(load<u8>(p + 1));
  const c = hexDigit(load<u8>(p + 2));
  const d = hexDigit(load<u8>(p + 3));
  if ((a | b | c | d) < 0) return -1;
  return (a << 12) | (b << 8) | (c << 4) | d;
}

/** Writes code point `cp` as UTF-8 at `out`; returns the end. */
function utf8(out: usize, cp: u32): usize {
  if (cp < 0x80) {
    store<u8>(out, cp);
    return out + 1;
  }
  if (cp < 0x800) {
    store<u8>(out, 0xc0 | (cp >> 6));
    store<u8>(out + 1, 0x80 | (cp & 0x3f));
    return out + 2;
  }
  if (cp < 0x10000) {
    store<u8>(out, 0xe0 | (cp >> 12));
    store<u8>(out + 1, 0x80 | ((cp >> 6) & 0x3f));
    store<u8>(out + 2, 0x80 | (cp & 0x3f));
    return out + 3;
  }
  store<u8>(out, 0xf0 | (cp >> 18));
  store<u8>(out + 1, 0x80 | ((cp >> 12) & 0x3f));
  store<u8>(out + 2, 0x80 | ((cp >> 6) & 0x3f));
  store<u8>(out + 3, 0x80 | (cp & 0x3f));
  return out + 4;
}

/**
 * Decodes the JSON string content at [p, end) to UTF-8 at `out`, until the input ends or a
 * STATUS_ condition stops it; then stopped() and written() say where. With STATUS_PIECE the output
 * ends with a line feed (from `\n` or `\u000a`) and reaches `pieceEnd`. The piece started at
 * `pieceStart`; line starts go to `starts` (see lines()), room for `startsCapacity` of them. The
 * output may need (end - p) + OUTPUT_SLACK bytes of room.
 */
export function decode(p: usize, end: usize, out: usize, pieceStart: usize, pieceEnd: usize, starts: usize, startsCapacity: u32): u32 {
  const quote = i8x16.splat(0x22);
  const backslash = i8x16.splat(0x5c);
  const space = i8x16.splat(0x20);
  let status = STATUS_DONE;
  for (;;) {
    // Plain blocks: most of a log's bytes go through this loop alone.
    while (p + 16 <= end) {
      const block = v128.load(p);
      v128.store(out, block);
      const special = v128.or(v128.or(i8x16.eq(block, quote), i8x16.eq(block, backslash)), i8x16.lt_u(block, space));
      const lanes = <u32>i8x16.bitmask(special);
      if (lanes == 0) {
        p += 16;
        out += 16;
        continue;
      }
      const k = <usize>ctz(lanes);
      p += k;
      out += k;
      break;
    }
    if (p >= end) break;
    const c = <u32>load<u8>(p);
    if (c == 0x22) {
      status = STATUS_QUOTE;
      break;
    }
    if (c < 0x20) {
      status = STATUS_FALLBACK;
      break;
    }
    if (c != 0x5c) {
      // The last bytes of the input, fewer than a block.
      store<u8>(out, c);
      p++;
      out++;
      continue;
    }
    if (p + 1 >= end) {
      status = STATUS_PARTIAL;
      break;
    }
    const e = <u32>load<u8>(p + 1);
    let decoded: u32 = 0;
    let length: usize = 2;
    if (e == 0x6e) decoded = 0x0a;
    else if (e == 0x22 || e == 0x5c || e == 0x2f) decoded = e;
    else if (e == 0x74) decoded = 0x09;
    else if (e == 0x72) decoded = 0x0d;
    else if (e == 0x62) decoded = 0x08;
    else if (e == 0x66) decoded = 0x0c;
    else if (e == 0x75) {
      if (p + 6 > end) {
        status = STATUS_PARTIAL;
        break;
      }
      const unit = hex4(p + 2);
      if (unit < 0) {
        status = STATUS_FALLBACK;
        break;
      }
      decoded = <u32>unit;
      length = 6;
      if (decoded >= 0xd800 && decoded < 0xe000) {
        // A pair is a high half then `\u` and a low half; anything else is left to JSON.parse.
        if (decoded >= 0xdc00) {
          status = STATUS_FALLBACK;
          break;
        }
        if (p + 12 > end) {
          status = STATUS_PARTIAL;
          break;
        }
        const low = load<u8>(p + 6) == 0x5c && load<u8>(p + 7) == 0x75 ? hex4(p + 8) : -1;
        if (low < 0xdc00 || low >= 0xe000) {
          status = STATUS_FALLBACK;
          break;
        }
        decoded = 0x10000 + ((decoded - 0xd800) << 10) + (<u32>low - 0xdc00);
        length = 12;
      }
    } else {
      status = STATUS_FALLBACK;
      break;
    }
    out = utf8(out, decoded);
    p += length;
    if (decoded == 0x0a) {
      if (lineCount < startsCapacity) store<u32>(starts + (<usize>lineCount << 2), <u32>(out - pieceStart));
      lineCount++;
      if (out >= pieceEnd) {
        status = STATUS_PIECE;
        break;
      }
    } else if (decoded == 0x0d) {
      crSeen = true;
    }
  }
  stoppedAt = p;
  writtenTo = out;
  return status;
}
