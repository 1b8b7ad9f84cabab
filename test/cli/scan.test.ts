// Runs the built `kms-errors scan` as a process, on the labelled fixtures and on a file large
// enough to be streamed.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { scanText } from '../../extension/core';
import { runBuiltCli } from '../support/runBuiltCli';

const FIXTURES = join(__dirname, '..', 'fixtures', 'recognize');
const GO = join(FIXTURES, 'go-sdkerror.log');

test('scan --json prints 1-based positions, context and a summary by code', () => {
  const r = runBuiltCli(['scan', GO, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.occurrences[0], {
    line: 5,
    column: 10,
    code: 'Rejected.Throttling',
    api: 'instance',
    httpStatus: 429,
    requestId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    message: 'Concurrency Limit Exceeded.',
    time: '2024-05-01T10:00:00',
    operation: null,
  });
  assert.equal(out.occurrences.length, 2);
  assert.deepEqual(out.summary, { 'Rejected.Throttling': 1, InternalFailure: 1 });
});

test('scan groups by code with counts, HTTP status, first and last line and first and last time', () => {
  const file = join(FIXTURES, 'payloads.log');
  const r = runBuiltCli(['scan', file]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /9 KMS errors, 5 kinds/);
  assert.match(r.stdout, /^\s+3\s+Forbidden\.KeyNotFound\s+instance\s+404\s+8\s+14\s/m);
  assert.match(r.stdout, /^\s+2\s+Rejected\.Throttling\s+instance\s+429\s+4\s+7\s/m);
  // An exception and its `Caused by` in one record are one error, counted once.
  const chained = runBuiltCli(['scan', join(FIXTURES, 'java-tea-exception.log')]);
  assert.match(chained.stdout, /3 KMS errors, 3 kinds/);
  assert.match(chained.stdout, /^\s+1\s+Rejected\.Throttling\s+instance\s+429\s+11\s+11\s+2024-05-01T10:00:02\.001\s+2024-05-01T10:00:02\.001$/m);
  assert.match(chained.stdout, /^\s+1\s+Forbidden\.NoPermission\s+instance\s+403\s+17\s+17\s+2024-05-01T10:00:03\.000\s+2024-05-01T10:00:03\.000$/m);
});

test('scan - reads standard input; a clean input exits 1', () => {
  const r = runBuiltCli(['scan', '-', '--json'], readFileSync(join(FIXTURES, 'rust-formatter.log')));
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout).summary, { 'Forbidden.KeyNotFound': 1, InvalidApiVersion: 1 });
  const clean = runBuiltCli(['scan', join(FIXTURES, 'negatives.log')]);
  assert.equal(clean.status, 1);
  assert.match(clean.stdout, /no KMS errors found/);
});

test('a missing or unreadable file exits 2 with a clear message', () => {
  const missing = runBuiltCli(['scan', join(FIXTURES, 'no-such-file.log')]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read .*no-such-file\.log: no such file/);
  const bad = runBuiltCli(['scan', '--nope']);
  assert.equal(bad.status, 2);
});

test('a file over 64 MiB is streamed by records and finds what a whole scan finds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kms-scan-'));
  try {
    // The Go block is multi-line: a piece boundary inside it would lose its status and request id.
    const go = readFileSync(GO, 'utf8');
    const block = go + readFileSync(join(FIXTURES, 'java-tea-exception.log'), 'utf8');
    const filler = '2024-05-01 10:00:00 INFO nothing to see here, just an ordinary line of an application log\n'.repeat(4000);
    const unit = filler + block;
    const copies = Math.ceil((65 * 1024 * 1024) / unit.length);
    const file = join(dir, 'big.log');
    writeFileSync(file, unit.repeat(copies));
    const r = runBuiltCli(['scan', file, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    const perUnit = scanText(unit);
    assert.equal(out.occurrences.length, perUnit.length * copies);
    assert.ok(out.occurrences.every((o: { httpStatus: number | null }) => o.httpStatus !== null));
    const last = out.occurrences[out.occurrences.length - 1];
    const linesOf = (t: string): number => t.split('\n').length - 1;
    // The last error is Forbidden.NoPermission on line 17 of the Java log in the last copy.
    assert.equal(last.line, (copies - 1) * linesOf(unit) + linesOf(filler) + linesOf(go) + 17);
    assert.equal(last.code, 'Forbidden.NoPermission');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
