// Benchmark: decode a 3 MiB KMS Error payload from base64 text, in process, against
// `protoc --decode_raw` on the same bytes, both measured in this run. Not part of `npm test`.
// Run: npm run bench:decode   (protoc: apt-get install -y protobuf-compiler)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { decodeErrorBytes, decodePayloadText, encodeError, renderBytes } from '../extension/core';

const MIB = 1024 * 1024;
const RUNS = 15;

/** A 3 MiB body: a known code and a message that fills it (deterministic, printable). */
function bigBody(): Uint8Array {
  const fixed = encodeError({ StatusCode: 413, ErrorCode: 'InvalidParameter', RequestId: '475f1620-b9d3-4d35-b5c6-3fbdd941423d' }).length;
  const messageLength = 3 * MIB - fixed - 1 - 4; // tag and a 4-byte length prefix
  let message = '';
  const words = ['Request ', 'body ', 'exceeds ', 'limit; ', 'KMS ', 'instance ', 'API ', '3 MB. '];
  for (let i = 0; message.length < messageLength; i++) message += words[i % words.length];
  const body = encodeError({ StatusCode: 413, ErrorCode: 'InvalidParameter', ErrorMessage: message.slice(0, messageLength), RequestId: '475f1620-b9d3-4d35-b5c6-3fbdd941423d' });
  if (body.length !== 3 * MIB) throw new Error(`body is ${body.length} bytes, expected ${3 * MIB}`);
  return body;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeInProcess(label: string, run: () => boolean): number {
  for (let i = 0; i < 3; i++) if (!run()) throw new Error(`${label}: decode failed`);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const ok = run();
    times.push(performance.now() - t0);
    if (!ok) throw new Error(`${label}: decode failed`);
  }
  return median(times);
}

/** Median wall time of `protoc --decode_raw < file`, process start included; null without protoc. */
function timeProtoc(file: string): number | null {
  const probe = spawnSync('protoc', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return null;
  const times: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const fd = openSync(file, 'r');
    const t0 = performance.now();
    const r = spawnSync('protoc', ['--decode_raw'], { stdio: [fd, 'ignore', 'pipe'] });
    const elapsed = performance.now() - t0;
    closeSync(fd);
    if (r.status !== 0) throw new Error(`protoc --decode_raw failed: ${r.stderr?.toString()}`);
    if (i >= 2) times.push(elapsed);
  }
  return median(times);
}

const body = bigBody();
const base64 = renderBytes(body, 'base64');
const textMs = timeInProcess('base64 text', () => decodePayloadText(base64).ok);
const forcedMs = timeInProcess('base64 text, --format base64', () => decodePayloadText(base64, { format: 'base64' }).ok);
const bytesMs = timeInProcess('raw bytes', () => decodeErrorBytes(body).ok);

const dir = mkdtempSync(join(tmpdir(), 'kms-bench-'));
const file = join(dir, 'body.bin');
const empty = join(dir, 'empty.bin');
writeFileSync(file, body);
writeFileSync(empty, new Uint8Array(0));
const protocMs = timeProtoc(file);
const protocStartMs = protocMs === null ? null : timeProtoc(empty);
rmSync(dir, { recursive: true, force: true });

const mbps = (ms: number) => (body.length / MIB / (ms / 1000)).toFixed(1);
console.log(`payload: ${body.length} bytes (3 MiB) Error, ${base64.length} characters of base64; median of ${RUNS} runs`);
console.log(`decodePayloadText(base64, auto):     ${textMs.toFixed(1)} ms  ${mbps(textMs)} MiB/s`);
console.log(`decodePayloadText(base64, forced):   ${forcedMs.toFixed(1)} ms  ${mbps(forcedMs)} MiB/s`);
console.log(`decodeErrorBytes(raw bytes):         ${bytesMs.toFixed(1)} ms  ${mbps(bytesMs)} MiB/s`);
if (protocMs === null || protocStartMs === null) {
  console.log('protoc not found: the reference is missing, no ratio printed. Install it with: apt-get install -y protobuf-compiler');
} else {
  console.log(`protoc --decode_raw (process, raw bytes): ${protocMs.toFixed(1)} ms  ${mbps(protocMs)} MiB/s (of which ${protocStartMs.toFixed(1)} ms start-up on an empty body)`);
  console.log(`ratio, in-process base64 auto decode / protoc --decode_raw: ${(textMs / protocMs).toFixed(2)} (below 1 is faster than protoc)`);
  const net = protocMs - protocStartMs;
  if (net > 0) console.log(`ratio against protoc without its start-up: ${(textMs / net).toFixed(2)}`);
}
