// The `kmsErrors/summary` request over a real stdio LSP connection: per-code times and
// RequestIds, and the timeline's buckets computed in the core, before and after an edit.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentSummary } from '../../extension/core';
import { bucketBounds, bucketCounts } from '../../extension/core';
import { startLspServer } from '../support/lspServerProcess';
import { timedLog } from '../support/timedLog';

test('the summary carries first and last times, RequestIds and a minute-bucket timeline', async () => {
  const log = timedLog();
  const server = await startLspServer({ settings: { diagnostics: 'logs' } });
  const uri = 'file:///tmp/timed.log';
  try {
    const opened = server.nextDiagnostics(uri);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'log', version: 1, text: log.text } });
    await opened;
    const summary = await server.connection.sendRequest<DocumentSummary>('kmsErrors/summary', { uri });
    const rows = new Map(summary.rows.map((r) => [r.code, r]));
    for (const [code, count] of Object.entries(log.counts)) assert.equal(rows.get(code)?.count, count, code);
    // The exception line takes the time of the timestamped line above it.
    assert.equal(rows.get('Forbidden.KeyNotFound')?.firstTime, '2026-11-27T10:00:10.005');
    assert.equal(rows.get('Forbidden.KeyNotFound')?.lastTime, '2026-11-27T10:44:10.005');
    assert.equal(rows.get('Forbidden.KeyNotFound')?.requestIds?.length, 5);
    const timeline = summary.timeline!;
    assert.equal(timeline.axis, 'time');
    assert.equal(timeline.step, 60_000);
    assert.equal(timeline.buckets.length, 45);
    const total = timeline.buckets.reduce((n, b) => n + b.counts.reduce((x, y) => x + y, 0), 0);
    assert.equal(total, summary.total);
    const burst = timeline.buckets[2]!;
    assert.deepEqual(bucketBounds(timeline, burst), { from: '10:02', to: '10:03' });
    assert.deepEqual(bucketCounts(timeline, burst)[0], { code: 'Rejected.Throttling', count: 340 });
    assert.equal(burst.firstLine, 11, 'the minute’s first error is its Forbidden.KeyNotFound exception line');

    // An edit that adds a throttling error at 10:05 shows in that bucket.
    const changed = server.nextDiagnostics(uri, (p) => p.version === 2);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '2026-11-27 10:05:30.000 ERROR Code: Rejected.Throttling\n' }],
    });
    await changed;
    const after = await server.connection.sendRequest<DocumentSummary>('kmsErrors/summary', { uri });
    const five = after.timeline!.buckets[5]!;
    assert.equal(bucketCounts(after.timeline!, five).find((c) => c.code === 'Rejected.Throttling')?.count, 1);
    assert.equal(five.firstLine, 0);
  } finally {
    assert.equal(await server.close(), 0, server.logs.join('\n'));
  }
});

test('a document without times gets a timeline by line', async () => {
  const server = await startLspServer({ settings: { diagnostics: 'all' } });
  const uri = 'file:///tmp/Handler.java';
  try {
    // Unindented lines without times: each error is a record of its own (indented lines would
    // continue one record, and one record's mentions of a code are one error).
    const text = Array.from({ length: 120 }, (_, i) => (i % 10 === 0 ? `throw new KmsError("Rejected.Throttling"); // ${i}` : `int x${i} = ${i};`)).join('\n');
    const opened = server.nextDiagnostics(uri);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'java', version: 1, text } });
    await opened;
    const summary = await server.connection.sendRequest<DocumentSummary>('kmsErrors/summary', { uri });
    assert.equal(summary.timeline?.axis, 'line');
    assert.equal(summary.rows[0]?.firstTime, null);
    assert.equal(summary.timeline!.buckets.reduce((n, b) => n + b.counts[0]!, 0), 12);
  } finally {
    assert.equal(await server.close(), 0, server.logs.join('\n'));
  }
});
