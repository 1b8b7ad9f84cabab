// The whole-text readers (the core's recordPiecesOfBytes and RecordPieceCutter) cut a file only
// between records, so a streamed scan finds the same occurrences, with the same context, as a scan of the
// whole text: plain or gzip, read in chunks of any size.
import assert from 'node:assert/strict';
import { createReadStream, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { PIECE_BYTES, readTextPieces } from '../support/wholeTextPieces';
import { forEachPieceOccurrence, lastRecordCut, lastRecordCutInBytes, lineIndexOf, RecordPieceCutter, recordTimeOfPiece, recordTimeOfText, scanText } from '../../extension/core';

const DIR = join(__dirname, '..', 'fixtures', 'recognize');

/** The occurrences of `text` with their lines and times; `before` is the piece read before it, if any. */
function located(text: string, firstLine: number, before?: string): string[] {
  const lineOf = lineIndexOf(text);
  return scanText(text).map((o) => {
    const time = before === undefined ? recordTimeOfText(text, o.recordStart, o.recordEnd) : recordTimeOfPiece(text, o.recordStart, o.recordEnd, before);
    return `${firstLine + lineOf(o.start)} ${o.code} ${o.api} ${o.httpStatus} ${o.requestId} ${time?.iso ?? '-'}`;
  });
}

const ALL_LOGS = readdirSync(DIR)
  .filter((f) => f.endsWith('.log'))
  .map((f) => readFileSync(join(DIR, f), 'utf8'))
  .join('');

test('lastRecordCut never cuts before a continuation line, in text and in UTF-8 bytes', () => {
  const text = 'a start\n  indented\n\tat frame\nnext start é\n   more\npartial';
  assert.equal(lastRecordCut(text), text.indexOf('next start'));
  assert.equal(lastRecordCut('only\n  continuation\n  lines'), 0);
  const bytes = Buffer.from(text);
  assert.equal(lastRecordCutInBytes(bytes, bytes.length), bytes.indexOf('next start'));
  assert.equal(lastRecordCutInBytes(Buffer.from('only\n  continuation\n  lines'), 28), 0);
  // A line of 100 spaces then text continues its record, though its first 64 bytes are blank.
  const long = Buffer.from(`start\n${' '.repeat(100)}text\nlast`);
  assert.equal(lastRecordCutInBytes(long, long.length), 0);
});

test('streamed pieces of any size give the occurrences and times of the whole text, plain and gzip', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kms-pieces-'));
  try {
    const plain = join(dir, 'all.log');
    const gz = join(dir, 'all.log.gz');
    writeFileSync(plain, ALL_LOGS);
    writeFileSync(gz, gzipSync(ALL_LOGS));
    const whole = located(ALL_LOGS, 0);
    assert.ok(whole.length > 30);
    // Records that take their time from the record above (a Java exception under its log line):
    // cut between the two, the time must still come across.
    assert.ok(whole.filter((w) => !w.endsWith(' -')).length > 10, 'the logs hold carried times');
    for (const file of [plain, gz]) {
      for (const size of [1, 7, 64, 97, 1000]) {
        const streamed: string[] = [];
        let pieces = 0;
        let line = 0;
        let before = '';
        for await (const text of readTextPieces(createReadStream(file, { highWaterMark: size }), size)) {
          pieces++;
          streamed.push(...located(text, line, before));
          line += text.split('\n').length - 1;
          before = text;
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
  let firstLine = 0;
  let before = '';
  for (const text of pieces) {
    const p = { text, firstLine };
    firstLine += forEachPieceOccurrence(p, (o, at) => {
      // The position, read back in the whole text, holds the matched text.
      const matched = at.line === at.endLine ? lines[at.line]!.slice(at.column, at.endColumn) : lines[at.line]!.slice(at.column);
      assert.ok(p.text.slice(o.start, o.end).startsWith(matched), `${o.code} at ${at.line}:${at.column}`);
      const time = recordTimeOfPiece(text, o.recordStart, o.recordEnd, before);
      seen.push(`${at.line} ${o.code} ${o.api} ${o.httpStatus} ${o.requestId} ${time?.iso ?? '-'}`);
    });
    before = text;
  }
  assert.equal(firstLine, lines.length - 1, 'the returned line counts add up to the whole text');
  assert.deepEqual(seen, located(ALL_LOGS, 0));
});

test('a run of continuation lines longer than two pieces is still cut, at a line end', () => {
  const cutter = new RecordPieceCutter(1000);
  const pieces = [...cutter.push('start\n')];
  for (let i = 0; i < 2000; i++) pieces.push(...cutter.push('  continued line of a huge indented block\n'));
  assert.ok(pieces.length >= 5, `${pieces.length} pieces`);
  for (const p of pieces) assert.ok(p.endsWith('\n') && p.length <= 2 * 1000 + 50 + 201 * 43, `piece of ${p.length}`);
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
  let shortest = Infinity;
  for await (const text of readTextPieces(input())) {
    pieces++;
    chars += text.length;
    longest = Math.max(longest, text.length);
    if (chars < chunk.length * repeats) shortest = Math.min(shortest, text.length);
    assert.ok(text.endsWith('\n') && !text.startsWith('   '), 'cut between records');
  }
  assert.equal(chars, chunk.length * repeats);
  // Every piece but the last is cut at the last record boundary within PIECE_BYTES, whatever the
  // size of the chunks read (here 1 MiB): pieces stay small enough for V8's young generation.
  assert.ok(pieces >= Math.floor((chunk.length * repeats) / PIECE_BYTES), `${pieces} pieces`);
  assert.ok(shortest >= PIECE_BYTES - 200, `shortest piece ${shortest}`);
  assert.ok(longest <= PIECE_BYTES, `longest piece ${longest}`);
});
