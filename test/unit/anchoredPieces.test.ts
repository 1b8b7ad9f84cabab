// The CLI's reader (the core's anchoredPiecesOfBytes) decodes and scans only the records around
// lines with an anchor literal, found in WebAssembly. Scanning those pieces must find exactly
// what a scan of the whole text finds: the same lines, columns, codes, context and carried times,
// for every labelled log, a generated log, and pathological shapes, read in chunks and batches
// of any size (each cut between records, with times carried across the cuts).
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { generateLog } from '../../bench/generateLog';
import { forEachAnchor, ANCHOR_LITERALS } from '../../extension/core/recognize/anchors';
import { anchoredScan, wholeScan } from '../support/anchoredScan';

const DIR = join(__dirname, '..', 'fixtures', 'recognize');
const ALL_LOGS = readdirSync(DIR)
  .filter((f) => f.endsWith('.log'))
  .map((f) => readFileSync(join(DIR, f), 'utf8'))
  .join('');

test('every anchor of the full scan starts with one of the literals the filter looks for', () => {
  let anchors = 0;
  forEachAnchor(ALL_LOGS, 0, ALL_LOGS.length, (at) => {
    anchors++;
    assert.ok(ANCHOR_LITERALS.some((l) => ALL_LOGS.startsWith(l, at)), `anchor at ${at}: ${JSON.stringify(ALL_LOGS.slice(at, at + 20))}`);
    return at + 1;
  });
  assert.ok(anchors > 50, `${anchors} anchors`);
});

test('anchored pieces give the occurrences and times of the whole text, in chunks and batches of any size', async () => {
  const bytes = Buffer.from(ALL_LOGS);
  const whole = wholeScan(ALL_LOGS);
  assert.ok(whole.length > 50 && whole.filter((w) => !w.endsWith(' -')).length > 10, 'the logs hold occurrences with times');
  for (const [chunk, batch] of [
    [1, 1],
    [7, 16],
    [64, 100],
    [1000, 999],
    [4096, 1 << 20],
    [bytes.length, 1 << 20],
  ] as const) {
    const { rows, pieces, chars } = await anchoredScan(bytes, chunk, batch);
    assert.deepEqual(rows, whole, `chunks of ${chunk}, batches of ${batch}`);
    // The labelled logs are dense with errors, so big batches join nearly all of it in a piece or two.
    assert.ok(chars <= bytes.length && pieces >= (batch <= 1000 ? 20 : 1), `${pieces} pieces, ${chars} of ${bytes.length} characters decoded`);
  }
});

test('on a generated log, anchored pieces decode a small part and find everything', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kms-anchored-'));
  try {
    const file = join(dir, 'app.log');
    await generateLog(file, 3);
    const bytes = readFileSync(file);
    const whole = wholeScan(bytes.toString('utf8'));
    assert.ok(whole.length > 300, `${whole.length} occurrences`);
    for (const batch of [4096, 64 * 1024, 512 * 1024]) {
      const { rows, chars } = await anchoredScan(bytes, 64 * 1024, batch);
      assert.deepEqual(rows, whole, `batches of ${batch}`);
      assert.ok(chars < bytes.length / 4, `${chars} of ${bytes.length} characters decoded`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('shapes at the edges: a time carried from far above, blank lines, CRLF, no final line end, long indented runs', async () => {
  const texts = [
    // The error's own record has no time: it is carried from the log line above, across cuts.
    `${'2024-05-01T10:00:00.000Z INFO  [main] c.e.Orders - order created in 5 ms\n'.repeat(40)}com.aliyun.tea.TeaException: code: 404, The specified key does not exist. request id: 0a1b2c3d-0000-4000-8000-000000000001\n\tat com.aliyun.kms20160120.Client.decryptWithOptions(Client.java:100)\n`,
    // A blank line stops the carry: no time.
    '2024-05-01T10:00:00.000Z ERROR call failed\n\ncom.aliyun.tea.TeaException: code: 400, Forbidden.KeyNotFound request id: 0a1b2c3d-0000-4000-8000-000000000002\n',
    // CRLF lines, and the last line without its line end.
    '2024-05-01T10:00:00.000Z ERROR [kms] failed\r\nErrorCode: Rejected.Throttling\r\n2024-05-01T10:00:01.000Z ERROR kms Forbidden.KeyNotFound',
    // A record of 500 indented lines with an error deep inside, then another record.
    `2024-05-01T10:00:00.000Z ERROR kms call\n${'    detail line\n'.repeat(300)}    ErrorCode: Forbidden.KeyNotFound\n${'    detail line\n'.repeat(200)}2024-05-01T10:00:05.000Z ERROR kms Rejected.Throttling\n`,
    // Non-ASCII text around the errors (columns are UTF-16).
    '2024-05-01T10:00:00.000Z 错误 KMS 调用失败：Forbidden.KeyNotFound — é\n│ Error: Forbidden.KeyNotFound kms\n',
  ];
  for (const text of texts) {
    const whole = wholeScan(text);
    assert.ok(whole.length > 0, `found in ${JSON.stringify(text.slice(0, 60))}`);
    for (const [chunk, batch] of [
      [1, 1],
      [13, 64],
      [text.length, 1 << 20],
    ] as const) {
      assert.deepEqual((await anchoredScan(Buffer.from(text), chunk, batch)).rows, whole, `${JSON.stringify(text.slice(0, 40))} in chunks of ${chunk}, batches of ${batch}`);
    }
  }
});

test('an input without any anchor decodes nothing and still ends', async () => {
  const bytes = Buffer.from('2024-05-01T10:00:00.000Z INFO  [main] c.e.Orders - order created in 5 ms\n'.repeat(20000));
  const { rows, pieces, chars } = await anchoredScan(bytes, 1 << 16, 1 << 16);
  assert.deepEqual(rows, []);
  assert.equal(pieces, 0);
  assert.equal(chars, 0);
});
