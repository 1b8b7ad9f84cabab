// The server reads stdio through StdinReads: one buffer reused for every read. Whatever the pipe
// delivers must arrive whole and in order, and a stdin that is a file falls back to process.stdin.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const PROBE = join(__dirname, '..', 'support', 'stdinReadsProbe.ts');
const ARGS = ['--import', 'tsx', PROBE];

interface ProbeResult {
  readonly sha256: string;
  readonly chunks: number;
  readonly bytes: number;
  readonly events: readonly string[];
  readonly fellBack: boolean;
}

test('stdin through a pipe: 20 MB written in uneven pieces arrive whole, in order, in many reads of one buffer', async () => {
  const data = randomBytes(20 * 1024 * 1024);
  const child = spawn(process.execPath, ARGS, { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  // Pieces of varying size, so reads end anywhere.
  for (let at = 0, size = 1; at < data.length; at += size, size = (size * 7 + 13) % 300_000) {
    if (!child.stdin.write(data.subarray(at, at + size))) await new Promise((resolve) => child.stdin.once('drain', resolve));
  }
  child.stdin.end();
  await new Promise((resolve) => child.once('exit', resolve));
  const result = JSON.parse(out) as ProbeResult;
  assert.equal(result.fellBack, false);
  assert.equal(result.bytes, data.length);
  assert.equal(result.sha256, createHash('sha256').update(data).digest('hex'));
  assert.ok(result.chunks > 20, `${result.chunks} reads`);
  assert.deepEqual(result.events.slice(0, 2), ['end', 'close']);
});

test('stdin that is a file (no socket possible) is read through process.stdin, whole', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kms-stdin-'));
  try {
    const file = join(dir, 'input.bin');
    const data = randomBytes(3 * 1024 * 1024);
    writeFileSync(file, data);
    const r = spawnSync(process.execPath, ARGS, { stdio: [openSync(file, 'r'), 'pipe', 'inherit'], encoding: 'utf8' });
    const result = JSON.parse(r.stdout) as ProbeResult;
    assert.equal(result.fellBack, true);
    assert.equal(result.sha256, createHash('sha256').update(data).digest('hex'));
    assert.ok(result.events.includes('end'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
