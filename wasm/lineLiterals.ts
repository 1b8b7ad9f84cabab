// AssemblyScript (https://www.assemblyscript.org), compiled to WebAssembly by `npm run gen:wasm`
// into extension/core/literalScan/generated/lineLiteralsWasm.ts. Not TypeScript: `v128`, `u32`,
// `load` and `store` are AssemblyScript's, so tsc and eslint do not read this folder.
//
// Finds the lines of UTF-8 bytes that hold one of a set of ASCII literals (the full scan's
// anchors), and counts every line end, 16 bytes at a time with WebAssembly SIMD. This is the
// "Teddy" filter of Hyperscan and ripgrep: each literal's first three bytes put it in one of 8
// buckets; for each of those three positions, two 16-byte tables give the buckets that have a
// literal with that low and that high nibble there (one swizzle each). The AND over the three
// positions leaves, in each lane, the buckets whose literals may start at that byte; only those
// lanes are looked up by their first three bytes in a table of the literals' prefixes, and
// compared with the literals that have that prefix. The JavaScript side (lineLiteralFilter.ts)
// fills the tables; it reads their addresses from the exports.
//
// Why WebAssembly: a one-shot CLI process pays V8's JIT warm-up on every JavaScript loop it runs,
// and this loop sees every byte of the input. WebAssembly is compiled before it runs.

/** The nibble tables: for position j (0..2), low nibbles at NIBBLES + 32j, high at + 16. */
export const NIBBLES: usize = 256;
/**
 * The literals by their first three bytes, an open-addressing table of PREFIX_SLOTS entries of
 * 8 bytes: u32 prefix (bytes 0..2, and 1 in the top byte so that 0 marks an empty slot), u16 first
 * index into LITERALS, u16 count. The slot of a prefix is prefixSlot(prefix), then the next ones.
 */
export const PREFIXES: usize = 1024;
export const PREFIX_SLOTS: u32 = 1024;
/** u32 offsets of literals in LITERAL_BYTES, grouped by prefix. */
export const LITERALS: usize = 9216;
/** Each literal as one length byte and its bytes. */
export const LITERAL_BYTES: usize = 13312;
/** Where the input starts; JavaScript copies the bytes to scan there. */
export const INPUT: usize = 65536;
/** Bytes past the end of the input that must be readable (the shifted loads read ahead). */
export const PADDING: usize = 32;

let lineEndsSeen: u32 = 0;

/** The line ends (LF bytes) the last `scan` counted in its range. */
export function lineEnds(): u32 {
  return lineEndsSeen;
}

/** The first slot of a 3-byte prefix (Fibonacci hashing; lineLiteralFilter.ts computes the same). */
// @ts-ignore: decorator
@inline function prefixSlot(prefix: u32): u32 {
  return (prefix * 2654435761) >>> (32 - ctz(PREFIX_SLOTS));
}

/** Whether one of the literals starts at `p`, ending by `end` (bytes up to p + 3 are readable). */
function literalAt(p: usize, end: usize): bool {
  const prefix = (load<u32>(p) & 0xffffff) | 0x1000000;
  let slot = prefixSlot(prefix);
  // The table is at most half full, so an empty slot always ends the probe.
  while (load<u32>(PREFIXES + (<usize>slot << 3)) != 0) {
    const entry = PREFIXES + (<usize>slot << 3);
    if (load<u32>(entry) == prefix) {
      const first = <u32>load<u16>(entry + 4);
      const count = <u32>load<u16>(entry + 6);
      for (let k = first; k < first + count; k++) {
        const literal = LITERAL_BYTES + <usize>load<u32>(LITERALS + (<usize>k << 2));
        const length = <usize>load<u8>(literal);
        if (p + length > end) continue;
        let q: usize = 3;
        while (q < length && load<u8>(p + q) == load<u8>(literal + 1 + q)) q++;
        if (q == length) return true;
      }
      return false;
    }
    slot = (slot + 1) & (PREFIX_SLOTS - 1);
  }
  return false;
}

/** The lanes of the 16 bytes at `i` where a literal's fingerprint matches (a bucket bit in each). */
// @ts-ignore: decorator
@inline function fingerprints(i: usize, lo0: v128, hi0: v128, lo1: v128, hi1: v128, lo2: v128, hi2: v128, nibble: v128): v128 {
  const c0 = v128.load(i);
  const c1 = v128.load(i + 1);
  const c2 = v128.load(i + 2);
  const m0 = v128.and(i8x16.swizzle(lo0, v128.and(c0, nibble)), i8x16.swizzle(hi0, v128.and(i8x16.shr_u(c0, 4), nibble)));
  const m1 = v128.and(i8x16.swizzle(lo1, v128.and(c1, nibble)), i8x16.swizzle(hi1, v128.and(i8x16.shr_u(c1, 4), nibble)));
  const m2 = v128.and(i8x16.swizzle(lo2, v128.and(c2, nibble)), i8x16.swizzle(hi2, v128.and(i8x16.shr_u(c2, 4), nibble)));
  return v128.and(v128.and(m0, m1), m2);
}

let found: u32 = 0;
let lastLine: u32 = 0;

/** Checks the candidate `lanes` of the block at `i` (line `lines` at its start) and records hits. */
function candidates(i: usize, end: usize, lanes: u32, lineEndLanes: u32, lines: u32, start: usize, out: usize): void {
  while (lanes != 0) {
    const lane = ctz(lanes);
    lanes &= lanes - 1;
    const line = lines + <u32>popcnt(lineEndLanes & ((<u32>1 << lane) - 1));
    // One literal per line is enough: the scan in JavaScript reads the whole record.
    if (line == lastLine) continue;
    const p = i + <usize>lane;
    if (literalAt(p, end)) {
      store<u32>(out + (<usize>found << 3), <u32>(p - start));
      store<u32>(out + (<usize>found << 3) + 4, line);
      found++;
      lastLine = line;
    }
  }
}

/**
 * Scans bytes [start, end). For each line that holds a literal, writes two u32 at `out`: the
 * offset (from `start`) of the first literal found on it, and its line (line ends before it,
 * from `start`). Returns how many lines were written; lineEnds() then gives the line ends of the
 * whole range. `out` must have room for one pair per line, and PADDING bytes after `end` must
 * be readable (their values do not matter).
 */
export function scan(start: usize, end: usize, out: usize): u32 {
  const lo0 = v128.load(NIBBLES);
  const hi0 = v128.load(NIBBLES + 16);
  const lo1 = v128.load(NIBBLES + 32);
  const hi1 = v128.load(NIBBLES + 48);
  const lo2 = v128.load(NIBBLES + 64);
  const hi2 = v128.load(NIBBLES + 80);
  const nibble = i8x16.splat(0x0f);
  const lf = i8x16.splat(0x0a);
  let lines: u32 = 0;
  found = 0;
  lastLine = 0xffffffff;
  let i = start;
  // Whole blocks: the loop every byte goes through, kept free of the last block's masking.
  for (; i + 16 <= end; i += 16) {
    const m = fingerprints(i, lo0, hi0, lo1, hi1, lo2, hi2, nibble);
    const lineEndLanes = <u32>i8x16.bitmask(i8x16.eq(v128.load(i), lf));
    if (v128.any_true(m)) {
      candidates(i, end, <u32>i8x16.bitmask(i8x16.ne(m, i8x16.splat(0))), lineEndLanes, lines, start, out);
    }
    lines += <u32>popcnt(lineEndLanes);
  }
  if (i < end) {
    // The last block: lanes past `end` are neither line ends nor candidates.
    const live: u32 = (<u32>1 << <u32>(end - i)) - 1;
    const m = fingerprints(i, lo0, hi0, lo1, hi1, lo2, hi2, nibble);
    const lineEndLanes = <u32>i8x16.bitmask(i8x16.eq(v128.load(i), lf)) & live;
    candidates(i, end, <u32>i8x16.bitmask(i8x16.ne(m, i8x16.splat(0))) & live, lineEndLanes, lines, start, out);
    lines += <u32>popcnt(lineEndLanes);
  }
  lineEndsSeen = lines;
  return found;
}
