/**
 * A multi-literal search (Wu-Manber: a Horspool shift table over pairs of characters) for the
 * full scan. V8's regular expressions scan a 100 MB log at about 1.5 ns per character whatever
 * the pattern; this loop looks at one pair of characters per window and usually skips several
 * characters at once, so most of the text is never read. Every literal must be at least
 * WINDOW characters long.
 */

/** The number of leading characters of each literal that the shift table is built from. */
export const WINDOW = 8;

/** A compiled set of literals. */
export interface MultiSearch {
  readonly literals: readonly string[];
  /** For each pair hash, how far the window may move when its last two characters hash so. */
  readonly shift: Uint8Array;
  /** For each pair hash with shift 0, the literals whose first WINDOW characters end so. */
  readonly buckets: ReadonlyMap<number, readonly number[]>;
}

// Characters are folded to 8 bits: collisions only make shifts shorter, never skip a match,
// because every candidate is verified in full.
function pairHash(a: number, b: number): number {
  return ((a & 0xff) << 8) | (b & 0xff);
}

/** Compiles the literals (each at least WINDOW characters) into a MultiSearch. */
export function compileMultiSearch(literals: readonly string[]): MultiSearch {
  const shift = new Uint8Array(65536).fill(WINDOW - 1);
  const buckets = new Map<number, number[]>();
  literals.forEach((lit, index) => {
    if (lit.length < WINDOW) throw new Error(`search literal shorter than ${WINDOW}: ${lit}`);
    for (let q = 1; q < WINDOW; q++) {
      const h = pairHash(lit.charCodeAt(q - 1), lit.charCodeAt(q));
      shift[h] = Math.min(shift[h]!, WINDOW - 1 - q);
    }
    const last = pairHash(lit.charCodeAt(WINDOW - 2), lit.charCodeAt(WINDOW - 1));
    const list = buckets.get(last) ?? [];
    list.push(index);
    buckets.set(last, list);
  });
  return { literals, shift, buckets };
}

/** Returned by `onMatch` when a literal matched but the caller's own check refused it. */
export const REJECT = -2;
/** Returned by `onMatch` to end the search. */
export const STOP = -1;

/**
 * Calls `onMatch(offset, literalIndex)` for each literal found in `text` from `from`, in order of
 * offset. `onMatch` returns where to resume (after offset), STOP, or REJECT to let the other
 * literals sharing this window be tried at the same offset.
 */
export function searchAll(
  search: MultiSearch,
  text: string,
  from: number,
  onMatch: (offset: number, literal: number) => number,
): void {
  const { shift, buckets, literals } = search;
  const n = text.length;
  let i = from + WINDOW - 1;
  while (i < n) {
    const h = ((text.charCodeAt(i - 1) & 0xff) << 8) | (text.charCodeAt(i) & 0xff);
    const s = shift[h]!;
    if (s !== 0) {
      i += s;
      continue;
    }
    const start = i - WINDOW + 1;
    let resume = i + 1;
    const list = buckets.get(h);
    if (list) {
      for (const index of list) {
        if (text.startsWith(literals[index]!, start)) {
          const next = onMatch(start, index);
          if (next === REJECT) continue;
          if (next < 0) return;
          resume = Math.max(next + WINDOW - 1, i + 1);
          break;
        }
      }
    }
    i = resume;
  }
}
