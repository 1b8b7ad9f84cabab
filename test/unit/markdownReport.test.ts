// The Markdown report (core/triage/markdownReport.ts) that `scan --format markdown` prints and the
// side bar copies: one row per code, and log text that cannot break the table or become markup.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownReport, triageSummary, lineTime, type TriagePoint } from '../../extension/core';

const point = (code: string, line: number, time: string | null, requestId: string | null = null, httpStatus: number | null = 429): TriagePoint => ({
  code,
  api: 'instance',
  httpStatus,
  requestId,
  line,
  time: time === null ? null : lineTime(`${time} x`),
});

test('per code: count, status, surface, first and last time, one-line meaning and at most five RequestIds', () => {
  const points = [
    ...Array.from({ length: 7 }, (_, i) => point('Rejected.Throttling', 10 + i, `2026-11-27T10:0${i}:00Z`, `id-${i % 6}`)),
    point('Forbidden.KeyNotFound', 3, null, null, 404),
  ];
  const report = markdownReport(triageSummary('file:///app.log', points), 'logs/app.log', 'en');
  const lines = report.split('\n');
  assert.equal(lines[0], '## KMS errors in logs/app\\.log');
  assert.ok(lines.includes('KMS errors: 8; codes: 2.'));
  const row = lines.find((l) => l.includes('`Rejected.Throttling`'))!;
  assert.ok(row.startsWith('| 7 | `Rejected.Throttling` | 429 | instance | `2026-11-27T10:00:00Z` | `2026-11-27T10:06:00Z` | '), row);
  assert.ok(row.endsWith(' | `id-0`, `id-1`, `id-2`, `id-3`, `id-4` |'), row);
  // The meaning is one line: no line break inside a table row.
  assert.equal(lines.filter((l) => l.startsWith('| ')).length, 3);
  const missing = lines.find((l) => l.includes('`Forbidden.KeyNotFound`'))!;
  assert.match(missing, /\| 404 \| instance \| – \| – \| .+ \| – \|$/);
});

test('log text is data: a RequestId with pipes, backticks and markup stays inside its cell', () => {
  const hostile = 'x|y`</td><script>alert(1)</script>[a](https://evil.example)';
  const report = markdownReport(triageSummary('u', [point('Rejected.Throttling', 1, null, hostile)]), 'a|b <img src=x>.log', 'en');
  const row = report.split('\n').find((l) => l.includes('Rejected.Throttling'))!;
  // Every | that separates cells is unescaped; the ones from the log are escaped.
  assert.equal(row.split(/(?<!\\)\|/).length - 2, 8, row);
  assert.ok(!/<script>|<img/.test(report.replace(/`[^`]*`/g, '')), report);
  assert.match(report.split('\n')[0]!, /^## KMS errors in a\\\|b &lt;img src=x&gt;\\\.log$/);
});

test('the report speaks the reader’s language, and says when there is nothing', () => {
  const summary = triageSummary('u', [point('Rejected.Throttling', 1, '2026-11-27 10:00:00,123')]);
  assert.match(markdownReport(summary, 'a.log', 'ja'), /\| 件数 \| コード \| HTTP \| API \| 最初 \| 最後 \| 意味 \|/);
  assert.match(markdownReport(summary, 'a.log', 'zh-cn'), /\| 次数 \| 错误码 \|/);
  assert.match(markdownReport(summary, 'a.log', 'en'), /`2026-11-27T10:00:00\.123`/);
  assert.match(markdownReport(triageSummary('u', []), 'a.log', 'ja'), /KMS エラーは見つかりませんでした。/);
});
