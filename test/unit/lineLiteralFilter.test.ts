// The WebAssembly line filter (extension/core/literalScan) against a plain JavaScript reference:
// the lines it reports are exactly the lines that hold a literal, with the right line numbers,
// and it counts every line end, for any range start and end (the 16-byte blocks and the last
// partial block), near-misses, CRLF and multi-byte UTF-8 included.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineLiteralFilter } from '../../extension/core/literalScan/lineLiteralFilter';
import { literalBuckets } from '../../extension/core/literalScan/literalBuckets';
import { ANCHOR_LITERALS } from '../../extension/core/recognize/anchors';

/** The reference: for each line of bytes[start, end) holding a literal, its index and its first literal's offset. */
function expectedHits(bytes: Uint8Array, start: number, end: number, literals: readonly string[]): { lines: number; hits: string[] } {
  const text = Buffer.from(bytes.subarray(start, end)).toString('latin1');
  const lines = text.split('\n');
  const hits: string[] = [];
  let offset = 0;
  lines.forEach((line, i) => {
    let first = -1;
    for (const l of literals) {
      const at = line.indexOf(l);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    if (first >= 0) hits.push(`${i}@${offset + first}`);
    offset += line.length + 1;
  });
  return { lines: lines.length - 1, hits };
}

function actualHits(filter: LineLiteralFilter, bytes: Uint8Array, start: number, end: number): { lines: number; hits: string[] } {
  const input = filter.input(bytes.length);
  input.set(bytes, 0);
  const found = filter.scan(start, end);
  const hits: string[] = [];
  for (let i = 0; i < found.count; i++) hits.push(`${found.lineAt(i)}@${found.offsetAt(i)}`);
  return { lines: found.lineEnds, hits };
}

/** A deterministic pseudo-random generator (the tests must fail the same way twice). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const NOISE = ['Service', 'InternalQueue', 'Request', 'Forbidden', 'Invalid', 'TeaExc', 'KM', 'km', 'DE', 'Kms', 'é', '—', '\r', ' ', 'x', '12', '\t'];

/** Text made of literals, their prefixes (near-misses) and log-like noise, in lines of random length. */
function mixedText(rand: () => number, literals: readonly string[], parts: number): string {
  let text = '';
  for (let i = 0; i < parts; i++) {
    const r = rand();
    if (r < 0.08) text += literals[Math.floor(rand() * literals.length)];
    else if (r < 0.3) {
      const l = literals[Math.floor(rand() * literals.length)]!;
      text += l.slice(0, 1 + Math.floor(rand() * (l.length - 1)));
    } else if (r < 0.9) text += NOISE[Math.floor(rand() * NOISE.length)];
    else text += '\n';
  }
  return text;
}

test('the filter finds exactly the lines with an anchor literal, and counts every line end', () => {
  const filter = new LineLiteralFilter(ANCHOR_LITERALS);
  const rand = random(7);
  for (let round = 0; round < 200; round++) {
    const bytes = Buffer.from(mixedText(rand, ANCHOR_LITERALS, 20 + Math.floor(rand() * 400)));
    // Ranges that start and end anywhere, not on 16-byte blocks.
    const start = Math.floor(rand() * Math.min(40, bytes.length));
    const end = start + Math.floor(rand() * (bytes.length - start + 1));
    assert.deepEqual(actualHits(filter, bytes, start, end), expectedHits(bytes, start, end, ANCHOR_LITERALS), `round ${round}, range ${start}..${end}`);
  }
});

test('a literal that runs past the end of the range is not found, and bytes past it are never read as input', () => {
  const filter = new LineLiteralFilter(['kms', 'Forbidden.Key']);
  const bytes = Buffer.from('x\nForbidden.Ke|y kms\n');
  // The range ends inside `Forbidden.Key` and before `kms`: nothing to find, one line end.
  assert.deepEqual(actualHits(filter, bytes, 0, bytes.indexOf('Ke') + 2), { lines: 1, hits: [] });
  assert.deepEqual(actualHits(filter, bytes, 0, bytes.length), { lines: 2, hits: ['1@17'] });
  // The stale bytes after a shorter input do not count.
  const input = filter.input(64);
  input.set(Buffer.from('abc\nkms\n'), 0);
  const found = filter.scan(0, 3);
  assert.equal(found.count, 0);
  assert.equal(found.lineEnds, 0);
});

test('many literals with colliding fingerprints are all found, one hit per line', () => {
  // 300 literals sharing few nibbles: the buckets overlap and the prefix table is well filled.
  const literals = Array.from({ length: 300 }, (_, i) => `A${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}-${i}`);
  const filter = new LineLiteralFilter(literals);
  const rand = random(11);
  for (let round = 0; round < 50; round++) {
    const bytes = Buffer.from(mixedText(rand, literals, 300));
    assert.deepEqual(actualHits(filter, bytes, 0, bytes.length), expectedHits(bytes, 0, bytes.length, literals), `round ${round}`);
  }
});

test('the input grows on demand and keeps what was written', () => {
  const filter = new LineLiteralFilter(['kms']);
  const small = filter.input(16);
  small.set(Buffer.from('kms\n'), 0);
  const big = filter.input(3 << 20);
  assert.ok(big.length >= 3 << 20);
  assert.equal(Buffer.from(big.subarray(0, 4)).toString(), 'kms\n');
  big.set(Buffer.from('kms\n'), (3 << 20) - 4);
  const found = filter.scan(0, 3 << 20);
  assert.equal(found.count, 2);
  assert.equal(found.offsetAt(1), (3 << 20) - 4);
  assert.throws(() => filter.scan(0, (big.length) + 1), RangeError);
});

test('literals the filter cannot search for are refused with the reason', () => {
  assert.throws(() => new LineLiteralFilter([]), /at least one literal/);
  assert.throws(() => new LineLiteralFilter(['km']), /not a literal/);
  assert.throws(() => new LineLiteralFilter(['kmsé']), /not a literal/);
});

test('buckets group prefixes deterministically, whatever the literals order', () => {
  const buckets = literalBuckets(ANCHOR_LITERALS);
  assert.equal(buckets.length, 8);
  assert.deepEqual(literalBuckets([...ANCHOR_LITERALS].reverse()), buckets);
  assert.deepEqual(buckets.flat().sort(), [...new Set(ANCHOR_LITERALS)].sort());
  // Literals with one prefix share a bucket.
  const bucketOf = new Map(buckets.flatMap((b, i) => b.map((l) => [l.slice(0, 3), i] as const)));
  for (const [i, b] of buckets.entries()) for (const l of b) assert.equal(bucketOf.get(l.slice(0, 3)), i);
});
