// The server's summary over an index's records (core/triage/summarizeRecords.ts): record times are
// cached by record, so they must follow edits exactly as a fresh summary of the new text would.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DocumentIndex, prepareRecordTimes, summarizeRecords } from '../../extension/core';
import { MutableLines, stringLineSource } from '../support/stringLineSource';
import { timedLog } from '../support/timedLog';

const fresh = (text: string) => {
  const source = stringLineSource(text);
  return summarizeRecords('u', new DocumentIndex(source).records(), source);
};

test('reading record times ahead gives the same summary as reading them on request', () => {
  const { text } = timedLog(3);
  const source = stringLineSource(text);
  const index = new DocumentIndex(source);
  prepareRecordTimes(index.records(), source);
  assert.deepEqual(summarizeRecords('u', index.records(), source), fresh(text));
});

test('after edits, the cached record times match a fresh summary of the edited text', () => {
  const lines = new MutableLines(timedLog(5).text.trimEnd().split('\n'));
  const index = new DocumentIndex(lines);
  summarizeRecords('u', index.records(), lines);
  // Retime the first error's log line: the exception record below it carries the new time.
  const at = lines.lines.findIndex((l) => l.includes('decrypt failed'));
  lines.lines[at] = lines.lines[at]!.replace('2026-11-27 10:00', '2026-11-27 09:59');
  index.applyChange(at, at + 1, 1);
  // Insert a blank line above a throttling line, and a new timed error at the top.
  const burst = lines.lines.findIndex((l) => l.includes('Rejected.Throttling'));
  lines.lines.splice(burst, 0, '');
  index.applyChange(burst, burst, 1);
  lines.lines.unshift('2026-11-27T09:00:00Z ERROR Code: Forbidden.KeyNotFound');
  index.applyChange(0, 0, 1);
  const after = summarizeRecords('u', index.records(), lines);
  assert.deepEqual(after, fresh(lines.text()));
  // The new line names no API surface: its own row, with its own time.
  assert.equal(after.rows.find((r) => r.code === 'Forbidden.KeyNotFound' && r.api === 'unknown')?.firstTime, '2026-11-27T09:00:00Z');
  assert.equal(after.rows.find((r) => r.code === 'Forbidden.KeyNotFound' && r.api === 'instance')?.firstTime, '2026-11-27T09:59:10.005');
});
