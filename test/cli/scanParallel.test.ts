// A large file is scanned by the built CLI on two threads (the main one and a worker, claiming
// segments in turn): the --json it prints must be that of one scan of the whole text.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { lineIndexOf, scanText } from '../../extension/core';
import { CLI_PATH } from '../support/runBuiltCli';

const DIR = join(__dirname, '..', 'fixtures', 'recognize');

test('scan --json of a 24 MB log on two threads equals a scan of the whole text', { skip: availableParallelism() < 2 && 'one core: the scan uses one thread' }, () => {
  const logs = readdirSync(DIR)
    .filter((f) => f.endsWith('.log'))
    .map((f) => readFileSync(join(DIR, f), 'utf8'));
  const filler = (i: number) => `2024-05-01T10:00:${String(i % 60).padStart(2, '0')}Z INFO  [worker-${i % 7}] ordinary line ${i} of an application log, nothing to see\n`;
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 24 * 1024 * 1024; i++) {
    const part = i % 40 === 0 ? logs[(i / 40) % logs.length]! : filler(i);
    parts.push(part);
    size += part.length;
  }
  const text = parts.join('');
  const dir = mkdtempSync(join(tmpdir(), 'kms-parallel-'));
  try {
    const file = join(dir, 'big.log');
    writeFileSync(file, text);
    const r = spawnSync(process.execPath, [CLI_PATH, 'scan', file, '--json'], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: 60_000, env: { ...process.env, KMS_ERRORS_TIMINGS: '1', KMS_ERRORS_SCAN_THREADS: '2' } });
    assert.equal(r.status, 0, r.stderr);
    const timings = JSON.parse(/kms-errors timings: (.*)/.exec(r.stderr)![1]!) as { workerSegments: number };
    assert.ok(timings.workerSegments > 0, 'the worker scanned some segments');
    const lineOf = lineIndexOf(text);
    const expected = scanText(text).map((o) => ({
      line: lineOf(o.start) + 1,
      column: o.start - (text.lastIndexOf('\n', o.start - 1) + 1) + 1,
      code: o.code,
      api: o.api,
      httpStatus: o.httpStatus,
      requestId: o.requestId,
      message: o.message,
      operation: o.operation,
    }));
    const out = JSON.parse(r.stdout) as { occurrences: unknown[]; summary: Record<string, number> };
    // KMS_ERRORS_SCAN_THREADS=1 keeps the scan on one thread, with the same output.
    const one = spawnSync(process.execPath, [CLI_PATH, 'scan', file, '--json'], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: 60_000, env: { ...process.env, KMS_ERRORS_TIMINGS: '1', KMS_ERRORS_SCAN_THREADS: '1' } });
    assert.equal(one.status, 0, one.stderr);
    assert.equal((JSON.parse(/kms-errors timings: (.*)/.exec(one.stderr)![1]!) as { workerSegments: number }).workerSegments, 0);
    assert.equal(one.stdout, r.stdout);
    assert.ok(expected.length > 1000);
    assert.deepEqual(out.occurrences, expected);
    const counts: Record<string, number> = {};
    for (const o of expected) counts[o.code] = (counts[o.code] ?? 0) + 1;
    assert.deepEqual(out.summary, counts);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a path that is not a regular file (a pipe) is read to its end', () => {
  const file = join(DIR, 'go-sdkerror.log');
  const fromFile = spawnSync(process.execPath, [CLI_PATH, 'scan', file, '--json'], { encoding: 'utf8' });
  // A shell pipe: /dev/stdin is then a FIFO, with no size and no positional reads.
  const fromPipe = spawnSync('bash', ['-c', 'cat "$1" | "$2" "$3" scan /dev/stdin --json', 'bash', file, process.execPath, CLI_PATH], { encoding: 'utf8' });
  assert.equal(fromPipe.status, 0, fromPipe.stderr);
  assert.ok((JSON.parse(fromPipe.stdout) as { occurrences: unknown[] }).occurrences.length > 0);
  assert.equal(fromPipe.stdout, fromFile.stdout);
});
