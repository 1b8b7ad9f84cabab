// The CLI's streaming reader cuts a file only between records, so a streamed scan finds the same
// occurrences, with the same context, as a scan of the whole text.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { lastRecordCut, readRecordPieces } from '../../extension/cli/recordChunks';
import { lineIndexOf, scanText } from '../../extension/core';

const DIR = join(__dirname, '..', 'fixtures', 'recognize');

function located(text: string, firstLine: number): string[] {
  const lineOf = lineIndexOf(text);
  return scanText(text).map((o) => `${firstLine + lineOf(o.start)} ${o.code} ${o.api} ${o.httpStatus} ${o.requestId}`);
}

test('lastRecordCut never cuts before a continuation line', () => {
  const text = 'a start\n  indented\n\tat frame\nnext start\n   more\npartial';
  assert.equal(lastRecordCut(text), text.indexOf('next start'));
  assert.equal(lastRecordCut('only\n  continuation\n  lines'), 0);
});

test('streamed pieces of any size give the occurrences of the whole text', async () => {
  const text = readdirSync(DIR)
    .filter((f) => f.endsWith('.log'))
    .map((f) => readFileSync(join(DIR, f), 'utf8'))
    .join('');
  const dir = mkdtempSync(join(tmpdir(), 'kms-pieces-'));
  try {
    const file = join(dir, 'all.log');
    writeFileSync(file, text);
    const whole = located(text, 0);
    assert.ok(whole.length > 30);
    for (const size of [1, 7, 64, 97, 1000]) {
      const streamed: string[] = [];
      let pieces = 0;
      for await (const piece of readRecordPieces(file, size)) {
        pieces++;
        streamed.push(...located(piece.text, piece.firstLine));
      }
      assert.ok(pieces > 1, `size ${size} should give several pieces`);
      assert.deepEqual(streamed, whole, `chunks of ${size} bytes`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
