// `scan --json` writes its document row by row; it must be byte for byte what JSON.stringify of
// the whole document with two-space indentation gives, whatever the rows hold.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ScanJsonWriter } from '../../extension/cli/scanJsonWriter';
import type { ScanRow } from '../../extension/cli/scanRow';

const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom('', '"', '\\', '\u2028', '\ud800', 'Forbidden.KeyNotFound'));
const row: fc.Arbitrary<ScanRow> = fc.record({
  line: fc.nat(),
  column: fc.nat(),
  code: text,
  api: fc.constantFrom('instance', 'openapi', 'unknown'),
  httpStatus: fc.option(fc.integer({ min: 100, max: 599 })),
  requestId: fc.option(text),
  message: fc.option(text),
  operation: fc.option(text),
});

function written(rows: readonly ScanRow[], counts: Record<string, number>): { out: string; writes: number } {
  let out = '';
  let writes = 0;
  const writer = new ScanJsonWriter((t) => {
    out += t;
    writes++;
  });
  for (const r of rows) writer.add(r);
  writer.end(counts);
  return { out, writes };
}

test('the writer gives JSON.stringify(document, null, 2) plus a line feed', () => {
  fc.assert(
    fc.property(fc.array(row, { maxLength: 30 }), fc.dictionary(text, fc.nat()), (rows, counts) => {
      assert.equal(written(rows, counts).out, JSON.stringify({ occurrences: rows, summary: counts }, null, 2) + '\n');
    }),
  );
});

test('no rows and no counts are written as JSON.stringify writes them', () => {
  assert.equal(written([], {}).out, JSON.stringify({ occurrences: [], summary: {} }, null, 2) + '\n');
});

test('many rows are written in several pieces', () => {
  const rows: ScanRow[] = Array.from({ length: 2000 }, (_, i) => ({ line: i + 1, column: 3, code: 'Rejected.Throttling', api: 'instance', httpStatus: 429, requestId: `req-${i}`, message: 'Concurrency Limit Exceeded.', operation: i % 2 ? 'Decrypt' : null }));
  const { out, writes } = written(rows, { 'Rejected.Throttling': 2000 });
  assert.ok(writes > 3, `${writes} writes`);
  assert.equal(out, JSON.stringify({ occurrences: rows, summary: { 'Rejected.Throttling': 2000 } }, null, 2) + '\n');
});
