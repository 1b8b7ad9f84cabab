/** The filter's buckets: one bit each in a lane's mask (wasm/lineLiterals.ts). */
export const BUCKET_COUNT = 8;
/** How many leading bytes of a literal its fingerprint takes. */
export const FINGERPRINT_BYTES = 3;

/** The distinct low and high nibbles a bucket's fingerprints have at each position. */
type NibbleSets = Set<number>[];

/** How many byte triples a bucket with these nibble sets lets through: the product of their sizes. */
function passed(sets: NibbleSets): number {
  return sets.reduce((n, s) => n * Math.max(1, s.size), 1);
}

function withPrefix(sets: NibbleSets, prefix: string): NibbleSets {
  return sets.map((s, k) => {
    const c = prefix.charCodeAt(k >> 1);
    return new Set(s).add(k & 1 ? c >> 4 : c & 15);
  });
}

/**
 * Puts each literal in one of BUCKET_COUNT buckets by its first FINGERPRINT_BYTES bytes. A
 * bucket lets through every byte triple whose nibbles each match one of its prefixes' nibbles
 * at that position, so prefixes are grouped where they add the fewest such triples (greedy, in
 * a fixed order so the tables never depend on the literals' order). Literals with the same
 * prefix share a bucket. Returns the literals of each bucket.
 */
export function literalBuckets(literals: readonly string[]): string[][] {
  const prefixes = [...new Set(literals.map((l) => l.slice(0, FINGERPRINT_BYTES)))].sort();
  const sets: NibbleSets[] = Array.from({ length: BUCKET_COUNT }, () => Array.from({ length: 2 * FINGERPRINT_BYTES }, () => new Set<number>()));
  const bucketOf = new Map<string, number>();
  for (const prefix of prefixes) {
    let best = 0;
    let bestCost = Infinity;
    for (let b = 0; b < BUCKET_COUNT; b++) {
      const before = sets[b]![0]!.size === 0 ? 0 : passed(sets[b]!);
      const cost = passed(withPrefix(sets[b]!, prefix)) - before;
      if (cost < bestCost) {
        bestCost = cost;
        best = b;
      }
    }
    sets[best] = withPrefix(sets[best]!, prefix);
    bucketOf.set(prefix, best);
  }
  const buckets: string[][] = Array.from({ length: BUCKET_COUNT }, () => []);
  for (const l of [...new Set(literals)].sort()) buckets[bucketOf.get(l.slice(0, FINGERPRINT_BYTES))!]!.push(l);
  return buckets;
}
