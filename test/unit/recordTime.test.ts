// Record times (core/time): every form a log starts a record with or carries in a field, printed
// back in ISO 8601 as the log gave it; multi-line records take the time of their first line.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { lineTime, printIso, recordTimeInText, recordTimeOfLines, recordTimeOfText, scanText, type TimestampParts } from '../../extension/core';

const iso = (line: string) => lineTime(line)?.iso ?? null;

test('timestamps that start a record: ISO 8601 and the log forms, zone only when given', () => {
  const cases: [string, string][] = [
    ['2026-11-27T09:14:03.112Z ERROR x', '2026-11-27T09:14:03.112Z'],
    ['2026-11-27T09:14:03 ERROR x', '2026-11-27T09:14:03'],
    ['2026-11-27 09:14:03.112 ERROR [main] x', '2026-11-27T09:14:03.112'],
    ['2026-11-27 09:14:03,112 ERROR x', '2026-11-27T09:14:03.112'],
    ['2026-11-27T09:14:03.112345+08:00 x', '2026-11-27T09:14:03.112345+08:00'],
    ['2026-11-27 09:14:03+0800 x', '2026-11-27T09:14:03+08:00'],
    ['2026-11-27T09:14:03-05 x', '2026-11-27T09:14:03-05:00'],
    ['[2026-11-27 09:14:03,112] ERROR x', '2026-11-27T09:14:03.112'],
    ['2026/11/27 09:14:03 kms: x', '2026-11-27T09:14:03'],
    ['<34>1 2026-11-27T09:14:03.112Z host app - - x', '2026-11-27T09:14:03.112Z'],
  ];
  for (const [line, expected] of cases) {
    assert.equal(iso(line), expected, line);
    // Read in place (the CLI's and the server's path), the zone still printed in the extended form.
    assert.equal(recordTimeInText(`${line}\n`, 0, line.length)?.iso, expected, line);
  }
});

test('JSON time fields: ISO strings and epoch seconds, milliseconds, microseconds, nanoseconds', () => {
  const cases: [string, string][] = [
    ['{"ts":"2026-11-27T09:14:03.112Z","level":"error"}', '2026-11-27T09:14:03.112Z'],
    ['{"level":"error","time":"2026-11-27 09:14:03,112"}', '2026-11-27T09:14:03.112'],
    ['{"level":"error","timestamp":"2026-11-27T09:14:03+08:00"}', '2026-11-27T09:14:03+08:00'],
    ['{"timestamp":"2026-11-27T09:14:03+0800","level":"error"}', '2026-11-27T09:14:03+08:00'],
    ['{"@timestamp":"2026-11-27T09:14:03.112Z","message":"x"}', '2026-11-27T09:14:03.112Z'],
    ['{"level":"error","ts":1795770843.112,"msg":"x"}', '2026-11-27T09:14:03.112Z'],
    ['{"ts":1795770843,"msg":"x"}', '2026-11-27T09:14:03.000Z'],
    ['{"time":1795770843112}', '2026-11-27T09:14:03.112Z'],
    ['{"time":1795770843112000}', '2026-11-27T09:14:03.112Z'],
    ['{"time":1795770843112000000}', '2026-11-27T09:14:03.112Z'],
    ['{"time":"1795770843112"}', '2026-11-27T09:14:03.112Z'],
  ];
  for (const [line, expected] of cases) assert.equal(iso(line), expected, line);
});

test('logfmt time fields, quoted or not', () => {
  assert.equal(iso('time=2026-11-27T09:14:03.112Z level=error code=Rejected.Throttling'), '2026-11-27T09:14:03.112Z');
  assert.equal(iso('level=error time="2026-11-27 09:14:03" msg="x"'), '2026-11-27T09:14:03');
  assert.equal(iso('level=error ts=1795770843.5 msg=x'), '2026-11-27T09:14:03.500Z');
});

test('syslog and klog carry no year: the time is given as written, with no year guessed', () => {
  assert.equal(iso('Nov 27 09:14:03 web-1 app[311]: kms error'), '--11-27T09:14:03');
  assert.equal(iso('Feb  9 09:14:03 web-1 app[311]: kms error'), '--02-09T09:14:03');
  assert.equal(iso('<11>Nov 27 09:14:03 web-1 app: x'), '--11-27T09:14:03');
  assert.equal(iso('E1127 09:14:03.112345   12345 client.go:88] kms: Rejected.Throttling'), '--11-27T09:14:03.112345');
  assert.equal(lineTime('Feb 29 00:00:00 host x')?.yearless, true);
});

test("behind a quote or a runner's prefix that is no time, the line's own timestamp is read", () => {
  assert.equal(iso('> 2026-11-27 09:14:03 ERROR x'), '2026-11-27T09:14:03');
  assert.equal(iso('> > [2026-11-27 09:14:03,112] ERROR x'), '2026-11-27T09:14:03.112');
  assert.equal(iso('web-1  | 2026-11-27T09:14:03.112Z ERROR x'), '2026-11-27T09:14:03.112Z');
  assert.equal(iso('[pod/keys-5f6d7c8b9-q4w2e/keys] 2026-11-27 09:14:03 ERROR x'), '2026-11-27T09:14:03');
  // journald's, GitHub Actions', CRI's and Jenkins' prefixes are times: they are the line's time.
  assert.equal(iso('Nov 27 09:14:03 host app[1]: 2026-11-27 10:00:00 ERROR x'), '--11-27T09:14:03');
  assert.equal(iso('2026-11-27T09:14:03.1234567Z 2026-11-27 10:00:00 ERROR x'), '2026-11-27T09:14:03.1234567Z');
  assert.equal(iso('2026-11-27T09:14:03.123456789Z stderr F 2026-11-27 10:00:00 ERROR x'), '2026-11-27T09:14:03.123456789Z');
  assert.equal(iso('[2026-11-27T09:14:03.123Z] 2026-11-27 10:00:00 ERROR x'), '2026-11-27T09:14:03.123Z');
  // In place, as the CLI and the server read it.
  const quoted = '> 2026-11-27 09:14:03 ERROR x\n> \tat com.example.A.b(A.java:1)';
  assert.equal(recordTimeInText(quoted, 0, quoted.length)?.iso, '2026-11-27T09:14:03');
});

test('no time: lines without one, impossible dates, numbers that are no epoch', () => {
  for (const line of ['ERROR Code: Forbidden.KeyNotFound', '  at com.example.A.b(A.java:1)', '2026-02-30 10:00:00 x', '2026-11-27T24:00:00Z x', '2026-13-01 10:00:00 x', '{"time":42}', 'time=soon level=error', '20261127 091403 x', '2026-11-27T09:14:03+25:00 x', '']) {
    assert.equal(lineTime(line), null, line);
  }
});

test('the time axis orders zoned times by instant and reads unzoned times as written', () => {
  const a = lineTime('2026-11-27T09:14:03+08:00 x')!;
  const b = lineTime('2026-11-27T01:14:03Z x')!;
  assert.equal(a.at, b.at);
  assert.equal(a.offsetMinutes, 480);
  assert.equal(lineTime('2026-11-27 09:14:03 x')!.at, Date.UTC(2026, 10, 27, 9, 14, 3));
});

test('a multi-line record takes the time of the line that starts it, never of its frames', () => {
  const text = [
    '2026-11-27 09:14:03.112 ERROR [main] c.e.KeyService - decrypt failed',
    'com.aliyun.tea.TeaException: code: 404, The specified key does not exist. request id: 6A1B',
    '\tat com.example.Job.run(Job.java:1) 2026-11-28 00:00:00',
    '{',
    '  "level": "error",',
    '  "time": "2026-11-27T09:15:00Z",',
    '  "code": "Rejected.Throttling"',
    '}',
  ].join('\n');
  const occurrences = scanText(text);
  assert.ok(occurrences.length >= 2);
  const times = occurrences.map((o) => recordTimeOfText(text, o.recordStart, o.recordEnd)?.iso);
  // The exception line is a record of its own (records.ts): it takes the time of the line above.
  assert.equal(times[0], '2026-11-27T09:14:03.112');
  assert.equal(recordTimeInText(text, occurrences[0]!.recordStart, occurrences[0]!.recordEnd), null);
  // A JSON object printed over lines: its time field, not the frame's date above it.
  assert.equal(times[times.length - 1], '2026-11-27T09:15:00Z');
  // The same through a LineSource, as the language server reads documents.
  const lines = text.split('\n');
  const source = { lineCount: lines.length, lineAt: (l: number) => lines[l]!, offsetAt: () => 0 };
  assert.equal(recordTimeOfLines(source, 1, 3)?.iso, '2026-11-27T09:14:03.112');
  assert.equal(recordTimeOfLines(source, 3, 8)?.iso, '2026-11-27T09:15:00Z');
});

test('a time is carried down to the records below it, but never across a blank line', () => {
  const text = '2026-11-27 09:14:03 ERROR x\ncom.aliyun.tea.TeaException: a\n\ncom.aliyun.tea.TeaException: b';
  const second = text.indexOf('com');
  const last = text.lastIndexOf('com');
  assert.equal(recordTimeOfText(text, second, text.indexOf('\n\n'))?.iso, '2026-11-27T09:14:03');
  assert.equal(recordTimeOfText(text, last, text.length), null);
});

// ---------------------------------------------------------------- round trip

const partsArb = (withYear: boolean, withZone: boolean, fractionDigits: number[]) =>
  fc
    .record({
      year: withYear ? fc.integer({ min: 1971, max: 2199 }) : fc.constant(null),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      second: fc.integer({ min: 0, max: 59 }),
      fraction: fc.constantFrom(...fractionDigits).chain((n) => (n === 0 ? fc.constant('') : fc.stringMatching(new RegExp(`^\\d{${n}}$`)))),
      zone: withZone
        ? fc.oneof(fc.constant(null), fc.constant('Z'), fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 14 }), fc.constantFrom(0, 30, 45)).map(([s, h, m]) => `${s}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`))
        : fc.constant(null),
    })
    .map((p) => p as TimestampParts);

const p2 = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const date = (p: TimestampParts) => `${p.year}-${p2(p.month)}-${p2(p.day)}`;
const clock = (p: TimestampParts) => `${p2(p.hour)}:${p2(p.minute)}:${p2(p.second)}`;
const frac = (p: TimestampParts, sep: string) => (p.fraction === '' ? '' : `${sep}${p.fraction}`);

/** Each form, as a log library would print the parts, in a line as it would appear. */
const FORMS: { name: string; arb: fc.Arbitrary<TimestampParts>; render: (p: TimestampParts) => string }[] = [
  { name: 'ISO 8601', arb: partsArb(true, true, [0, 3, 6, 9]), render: (p) => `${printIso(p)} ERROR x` },
  { name: 'yyyy-MM-dd HH:mm:ss,SSS', arb: partsArb(true, false, [0, 3]), render: (p) => `${date(p)} ${clock(p)}${frac(p, ',')} WARN x` },
  { name: 'yyyy-MM-dd HH:mm:ss.SSS', arb: partsArb(true, false, [0, 3]), render: (p) => `[${date(p)} ${clock(p)}${frac(p, '.')}] x` },
  { name: 'JSON "time"', arb: partsArb(true, true, [0, 3]), render: (p) => `{"level":"error","time":"${printIso(p)}","code":"Rejected.Throttling"}` },
  { name: 'JSON "@timestamp"', arb: partsArb(true, true, [3]), render: (p) => `{"@timestamp":"${printIso(p)}"}` },
  { name: 'logfmt time=', arb: partsArb(true, true, [0, 3, 6]), render: (p) => `level=error time=${printIso(p)} code=InvalidParam` },
  { name: 'syslog', arb: partsArb(false, false, [0]), render: (p) => `${MONTHS[p.month - 1]} ${String(p.day).padStart(2, ' ')} ${clock(p)} host app[1]: x` },
  { name: 'klog', arb: partsArb(false, false, [6]), render: (p) => `E${p2(p.month)}${p2(p.day)} ${clock(p)}${frac(p, '.')}    7 a.go:1] x` },
];

for (const form of FORMS) {
  test(`property: a timestamp printed in the ${form.name} form parses back to the same time`, () => {
    fc.assert(
      fc.property(form.arb, (parts) => {
        const expected = printIso(parts);
        const line = form.render(parts);
        assert.equal(iso(line), expected);
        // Read in place in a larger text, as the CLI and the server read records.
        const text = `x\n${line}\ny`;
        assert.equal(recordTimeInText(text, 2, 2 + line.length)?.iso, expected);
        // And the ISO text we print is itself read back unchanged.
        if (parts.year !== null) assert.equal(iso(`${expected} x`), expected);
      }),
      { numRuns: 300 },
    );
  });
}

test('property: epoch milliseconds in a JSON field print as that instant in UTC', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1e11, max: 7e12 }), (ms) => {
      const time = lineTime(`{"ts":${ms},"level":"error"}`);
      assert.equal(time?.iso, new Date(ms).toISOString());
      assert.equal(time?.at, ms);
      assert.equal(lineTime(`{"ts":${(ms / 1000).toFixed(3)}}`)?.at, ms);
    }),
    { numRuns: 300 },
  );
});
