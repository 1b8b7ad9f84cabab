// The timeline (core/time/timeline.ts): bucket sizes for the span, counts per code, the first
// line of each bucket, the fallback to lines, and bucket bounds in the log's own clock.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { bucketBounds, bucketCounts, buildTimeline, MAX_BUCKETS, type TimelinePoint } from '../../extension/core';

const at = (iso: string) => Date.parse(iso);
const point = (code: string, when: string | null, line: number, offsetMinutes: number | null = null): TimelinePoint => ({
  code,
  at: when === null ? null : at(when),
  offsetMinutes,
  yearless: false,
  line,
});

test('a burst over three minutes gets minute buckets, stacked by code, most frequent code first', () => {
  const points = [
    point('Rejected.Throttling', '2026-11-27T10:02:05Z', 10),
    point('Rejected.Throttling', '2026-11-27T10:02:59Z', 11),
    point('Forbidden.KeyNotFound', '2026-11-27T10:02:30Z', 12),
    point('Rejected.Throttling', '2026-11-27T10:04:00Z', 20),
  ];
  const timeline = buildTimeline(points, 3);
  assert.equal(timeline.axis, 'time');
  assert.equal(timeline.step, 60_000);
  assert.deepEqual(timeline.codes, ['Rejected.Throttling', 'Forbidden.KeyNotFound']);
  assert.deepEqual(timeline.buckets.map((b) => b.counts), [[2, 1], [0, 0], [1, 0]]);
  assert.deepEqual(timeline.buckets.map((b) => b.firstLine), [10, -1, 20]);
  assert.deepEqual(bucketBounds(timeline, timeline.buckets[0]!), { from: '10:02', to: '10:03' });
  assert.deepEqual(bucketCounts(timeline, timeline.buckets[0]!), [{ code: 'Rejected.Throttling', count: 2 }, { code: 'Forbidden.KeyNotFound', count: 1 }]);
});

test('bucket sizes follow the span: seconds, hours, days', () => {
  const span = (a: string, b: string) => buildTimeline([point('X', a, 0), point('X', b, 1)]).step;
  assert.equal(span('2026-11-27T10:00:00Z', '2026-11-27T10:00:40Z'), 1000);
  assert.equal(span('2026-11-27T00:00:00Z', '2026-11-27T23:00:00Z'), 30 * 60_000);
  assert.equal(span('2026-11-01T00:00:00Z', '2026-11-27T00:00:00Z'), 12 * 3_600_000);
  assert.equal(span('2026-01-01T00:00:00Z', '2026-11-27T00:00:00Z'), 7 * 86_400_000);
});

test('bounds are printed in the log’s clock, with the date when the buckets span days', () => {
  const zoned = buildTimeline([point('X', '2026-11-27T02:02:00Z', 0, 480), point('X', '2026-11-27T02:40:30Z', 1, 480)]);
  assert.deepEqual(bucketBounds(zoned, zoned.buckets[0]!), { from: '10:02', to: '10:03' });
  const days = buildTimeline([point('X', '2026-11-27T23:00:00Z', 0), point('X', '2026-11-28T01:00:00Z', 1)]);
  assert.equal(bucketBounds(days, days.buckets[0]!).from, '2026-11-27 23:00');
});

test('a log without times gets a timeline by line; untimed points are counted on a time axis', () => {
  const byLine = buildTimeline([point('X', null, 0), point('X', null, 150), point('Y', '2026-11-27T10:00:00Z', 300)]);
  assert.equal(byLine.axis, 'line');
  assert.equal(byLine.buckets.reduce((n, b) => n + b.counts.reduce((x, y) => x + y, 0), 0), 3);
  assert.deepEqual(bucketBounds(byLine, byLine.buckets[0]!), { from: '1', to: String(byLine.step) });
  const mostlyTimed = buildTimeline([point('X', null, 0), point('X', '2026-11-27T10:00:00Z', 1), point('X', '2026-11-27T10:00:01Z', 2)]);
  assert.equal(mostlyTimed.axis, 'time');
  assert.equal(mostlyTimed.untimed, 1);
  assert.deepEqual(buildTimeline([]).buckets, []);
});

test('property: every point lands in exactly one bucket, in at most MAX_BUCKETS buckets', () => {
  const arb = fc.array(
    fc.record({ code: fc.constantFrom('A', 'B', 'C'), at: fc.option(fc.integer({ min: 0, max: 4e12 }), { freq: 3 }), line: fc.nat(1e6) }),
    { minLength: 1, maxLength: 200 },
  );
  fc.assert(
    fc.property(arb, (raw) => {
      const points = raw.map((p) => ({ ...p, offsetMinutes: null, yearless: false }));
      const t = buildTimeline(points);
      assert.ok(t.buckets.length >= 1 && t.buckets.length <= MAX_BUCKETS, `${t.buckets.length} buckets`);
      const counted = t.buckets.reduce((n, b) => n + b.counts.reduce((x, y) => x + y, 0), 0);
      assert.equal(counted + t.untimed, points.length);
      for (const b of t.buckets) assert.equal(b.end - b.start, t.step);
    }),
    { numRuns: 200 },
  );
});
