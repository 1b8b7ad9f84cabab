// Scan Log File's gzip reading (the standard DecompressionStream, as in browsers): gzip by its
// bytes, plain text untouched, damaged data reported as such, a failing read reported as itself.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { GzipError, maybeGunzipChunks } from '../../extension/host/logScan/gunzipChunks';

const LOG = readFileSync(join(__dirname, '..', 'fixtures', 'recognize', 'go-sdkerror.log'));

async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const c of chunks) parts.push(c);
  return Buffer.concat(parts);
}

test('gzip data is decompressed whatever the chunking; plain data passes through', async () => {
  for (const size of [2, 100, 1 << 20]) {
    assert.deepEqual(await collect(maybeGunzipChunks(chunksOf(gzipSync(LOG), size))), LOG);
    assert.deepEqual(await collect(maybeGunzipChunks(chunksOf(LOG, size))), LOG);
  }
});

test('truncated or corrupt gzip data is a GzipError; a failing read stays itself', async () => {
  const gz = gzipSync(Buffer.concat([LOG, LOG, LOG]));
  await assert.rejects(collect(maybeGunzipChunks(chunksOf(gz.subarray(0, gz.length - 12), 64))), GzipError);
  const corrupt = Buffer.from(gz);
  for (let i = 10; i < 30; i++) corrupt[i] = corrupt[i]! ^ 0x55;
  await assert.rejects(collect(maybeGunzipChunks(chunksOf(corrupt, 64))), GzipError);
  const readFailure = new Error('EIO: i/o error, read');
  async function* failing(): AsyncGenerator<Uint8Array> {
    yield gz.subarray(0, 40);
    throw readFailure;
  }
  await assert.rejects(collect(maybeGunzipChunks(failing())), (err) => err === readFailure);
});
