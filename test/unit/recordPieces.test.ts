// The streaming reader (the CLI's, through the core's RecordPieceCutter) cuts a file only between
// records, so a streamed scan finds the same occurrences, with the same context, as a scan of the
// whole text: plain or gzip, read in chunks of any size.
import assert from 'node:assert/strict';
import { createReadStream, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { PIECE_CHARS, readTextPieces } from '../../extension/cli/textPieces';
import { forEachPieceOccurrence, lastRecordCut, lineIndexOf, RecordPieceCutter, scanText } from '../../extension/core';

const DIR = join(__dirname, '..', 'fixtures', 'recognize');

function located(text: string, firstLine: number): string[] {
  const lineOf = lineIndexOf(text);
  return scanText(text).map((o) => `${firstLine + lineOf(o.start)} ${o.code} ${o.api} ${o.httpStatus} ${o.requestId}`);
}

const ALL_LOGS = readdirSync(DIR)
  .filter((f) => f.endsWith('.log'))
  .map((f) => readFileSync(join(DIR, f), 'utf8'))
  .join('');

test('lastRecordCut never cuts before a continuation line', () => {
  const text = 'a start\n  indented\n\tat frame\nnext start\n   more\npartial';
  assert.equal(lastRecordCut(text), text.indexOf('next start'));
  assert.equal(lastRecordCut('only\n  continuation\n  lines'), 0);
});

test('streamed pieces of any size give the occurrences of the whole text, plain and gzip', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kms-pieces-'));
  try {
    const plain = join(dir, 'all.log');
    const gz = join(dir, 'all.log.gz');
    writeFileSync(plain, ALL_LOGS);
    writeFileSync(gz, gzipSync(ALL_LOGS));
    const whole = located(ALL_LOGS, 0);
    assert.ok(whole.length > 30);
    for (const file of [plain, gz]) {
      for (const size of [1, 7, 64, 97, 1000]) {
        const streamed: string[] = [];
        let pieces = 0;
        for await (const piece of readTextPieces(createReadStream(file, { highWaterMark: size }), size)) {
          pieces++;
          streamed.push(...located(piece.text, piece.firstLine));
        }
        assert.ok(pieces > 1, `size ${size} should give several pieces`);
        assert.deepEqual(streamed, whole, `${file} in chunks of ${size} bytes`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('forEachPieceOccurrence gives whole-input lines and columns', () => {
  const cutter = new RecordPieceCutter(200);
  const pieces = ALL_LOGS.split(/(?<=\n)/).flatMap((line) => cutter.push(line));
  const last = cutter.end();
  if (last) pieces.push(last);
  assert.ok(pieces.length > 5);
  const lines = ALL_LOGS.split('\n');
  const seen: string[] = [];
  for (const p of pieces) {
    forEachPieceOccurrence(p, (o, at) => {
      // The position, read back in the whole text, holds the matched text.
      const matched = at.line === at.endLine ? lines[at.line]!.slice(at.column, at.endColumn) : lines[at.line]!.slice(at.column);
      assert.ok(p.text.slice(o.start, o.end).startsWith(matched), `${o.code} at ${at.line}:${at.column}`);
      seen.push(`${at.line} ${o.code} ${o.api} ${o.httpStatus} ${o.requestId}`);
    });
  }
  assert.deepEqual(seen, located(ALL_LOGS, 0));
});

test('a run of continuation lines longer than two pieces is still cut, at a line end', () => {
  const cutter = new RecordPieceCutter(1000);
  const pieces = [...cutter.push('start\n')];
  for (let i = 0; i < 2000; i++) pieces.push(...cutter.push('  continued line of a huge indented block\n'));
  assert.ok(pieces.length >= 5, `${pieces.length} pieces`);
  for (const p of pieces) assert.ok(p.text.endsWith('\n') && p.text.length <= 2 * 1000 + 50 + 201 * 43, `piece of ${p.text.length}`);
});

test('a 1 GiB-class input is read in bounded pieces, every character once', async () => {
  // 1 MiB of log lines (an error block every so often), given 1024 times: the reader sees 1 GiB.
  const line = '2024-05-01T10:00:00.000Z INFO  [main] c.e.orders.OrderService - order 42 created in 7 ms\n';
  const block = 'SDKError:\n   StatusCode: 404\n   Code: Forbidden.KeyNotFound\n   Message: The specified key does not exist.\n';
  let unit = '';
  while (unit.length < (1 << 20) - 4096) unit += unit.length % 50_000 < line.length ? block : line;
  const chunk = Buffer.from(unit);
  const repeats = 1024;
  async function* input(): AsyncGenerator<Buffer> {
    for (let i = 0; i < repeats; i++) yield chunk;
  }
  let pieces = 0;
  let chars = 0;
  let longest = 0;
  let lines = 0;
  for await (const piece of readTextPieces(input())) {
    pieces++;
    chars += piece.text.length;
    longest = Math.max(longest, piece.text.length);
    assert.equal(piece.firstLine, lines, 'pieces follow each other line by line');
    for (let i = piece.text.indexOf('\n'); i >= 0; i = piece.text.indexOf('\n', i + 1)) lines++;
  }
  assert.equal(chars, chunk.length * repeats);
  // Every piece but the last is cut at the first record boundary after PIECE_CHARS.
  assert.ok(pieces >= Math.floor((chunk.length * repeats) / (PIECE_CHARS + chunk.length)), `${pieces} pieces`);
  assert.ok(longest <= PIECE_CHARS + chunk.length, `longest piece ${longest}`);
});
