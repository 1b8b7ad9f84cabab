// The CLI's file scan cuts a file into segments and pieces between records, decodes each piece
// on its own and counts lines as it goes: whatever the cuts, it must find what one scan of the
// whole text finds, at the same lines and columns.
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileRecordPieces } from '../../extension/cli/fileRecordPieces';
import { scanFile } from '../../extension/cli/fileScan';
import { recordStartAtOrAfter } from '../../extension/cli/recordBoundary';
import { roleOfLine } from '../../extension/core/recognize/records';
import { lineIndexOf, scanText } from '../../extension/core';

const DIR = join(__dirname, '..', 'fixtures', 'recognize');

/** Every labelled fixture log, one after the other, with non-ASCII lines between them. */
function corpusText(): string {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.log'))
    .map((f) => readFileSync(join(DIR, f), 'utf8') + '2024-05-01 10:00:00 INFO 注文 ✓ café — übergeben\n')
    .join('');
}

/** The rows `scan --json` would print for a scan of the whole text. */
function wholeRows(text: string) {
  const lineOf = lineIndexOf(text);
  return scanText(text).map((o) => ({
    line: lineOf(o.start) + 1,
    column: o.start - (text.lastIndexOf('\n', o.start - 1) + 1) + 1,
    code: o.code,
    api: o.api,
    httpStatus: o.httpStatus,
    requestId: o.requestId,
    message: o.message,
    operation: o.operation,
  }));
}

function withFile(text: string, run: (file: string) => Promise<void> | void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kms-filescan-'));
  const file = join(dir, 'all.log');
  writeFileSync(file, text);
  return Promise.resolve(run(file)).finally(() => rmSync(dir, { recursive: true, force: true }));
}

test('segments and pieces of any size give the rows of one whole scan', async () => {
  const text = corpusText();
  const whole = wholeRows(text);
  assert.ok(whole.length > 30);
  await withFile(text, async (file) => {
    for (const [segmentBytes, pieceBytes] of [
      [1 << 30, 1 << 20],
      [997, 64],
      [4096, 7],
      [300, 1],
    ] as const) {
      const rows: unknown[] = [];
      await scanFile(file, (r) => rows.push(r), { segmentBytes, pieceBytes });
      assert.deepEqual(rows, whole, `segments of ${segmentBytes} bytes, pieces of ${pieceBytes}`);
    }
  });
});

test('pieces join to the file decoded as UTF-8 and each ends between records', async () => {
  const text = corpusText();
  await withFile(text, (file) => {
    const fd = openSync(file, 'r');
    try {
      const size = Buffer.byteLength(text);
      for (const pieceBytes of [1, 13, 500]) {
        const pieces = [...fileRecordPieces(fd, { from: 0, to: size }, pieceBytes)];
        assert.ok(pieces.length > 10);
        assert.equal(pieces.join(''), text);
        for (const p of pieces.slice(1)) assert.notEqual(roleOfLine(p.slice(0, p.indexOf('\n') >>> 0)), 'continues');
      }
    } finally {
      closeSync(fd);
    }
  });
});

test('record starts found from any byte grow with it and never precede a continuation line', async () => {
  const text = corpusText();
  await withFile(text, (file) => {
    const fd = openSync(file, 'r');
    try {
      const bytes = Buffer.from(text);
      let previous = 0;
      for (let position = 0; position <= bytes.length; position += 37) {
        const at = recordStartAtOrAfter(fd, position, bytes.length);
        assert.ok(at >= position && at >= previous);
        if (at < bytes.length) {
          assert.ok(at === 0 || bytes[at - 1] === 0x0a, 'a line start');
          const lineEnd = bytes.indexOf(0x0a, at);
          assert.notEqual(roleOfLine(bytes.toString('utf8', at, lineEnd < 0 ? bytes.length : lineEnd)), 'continues');
        }
        previous = at;
      }
    } finally {
      closeSync(fd);
    }
  });
});

test('a record longer than the piece size grows the buffer instead of cutting it', async () => {
  const frames = Array.from({ length: 150 }, (_, i) => `\tat com.example.Frame${i}.call(Frame.java:${i})`).join('\n');
  const text = `2024-05-01 ERROR boom\ncom.aliyun.tea.TeaException: code: 404, The specified Key is not found. request id: 7A3F\n${frames}\n  Data: {"httpCode":404,"requestId":"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"}\n`;
  await withFile(text.repeat(3), async (file) => {
    const rows: { requestId: string | null }[] = [];
    await scanFile(file, (r) => rows.push(r), { segmentBytes: 1000, pieceBytes: 256 });
    assert.deepEqual(rows, wholeRows(text.repeat(3)));
    assert.ok(rows.every((r) => r.requestId === '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'));
  });
});
