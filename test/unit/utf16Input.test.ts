// UTF-16 logs with a byte order mark (Windows PowerShell 5's `>` and `Out-File`) are read as
// UTF-8 (core/pieces/utf16Input.ts); anything else passes through byte for byte.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asUtf8Chunks, utf16ByMark } from '../../extension/core';

const TEXT = '2024-05-01 10:00:00 ERROR 请求失败 🔑 code: 404, Forbidden.KeyNotFound request id: 5C1B2A39\r\n\tat com.aliyun.kms.Client.decrypt\n';

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

async function* inChunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  // One reused buffer, as the CLI's reader hands out its chunks.
  const reused = new Uint8Array(size);
  for (let at = 0; at < bytes.length; at += size) {
    const n = Math.min(size, bytes.length - at);
    reused.set(bytes.subarray(at, at + n));
    yield reused.subarray(0, n);
  }
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of chunks) parts.push(Buffer.from(c));
  return Buffer.concat(parts);
}

test('UTF-16LE and UTF-16BE with their mark become the same UTF-8, however the bytes are cut', async () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]);
  for (const bytes of [le, be]) {
    // A chunk of 1 cuts every code unit, 3 cuts the surrogate pair of the emoji, 1 MiB cuts nothing.
    for (const size of [1, 2, 3, 7, 1 << 20]) {
      assert.equal((await collect(asUtf8Chunks(inChunks(bytes, size)))).toString('utf8'), TEXT, `${bytes[0]} ${size}`);
    }
  }
});

test('bytes without a UTF-16 mark pass through untouched, a UTF-8 mark and invalid bytes included', async () => {
  for (const bytes of [Buffer.from(TEXT, 'utf8'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), Buffer.from([0xff, 0x00, 0xfe]), Buffer.from([0xff]), Buffer.alloc(0)]) {
    for (const size of [1, 5, 1 << 20]) assert.deepEqual(await collect(asUtf8Chunks(inChunks(bytes, size))), bytes);
  }
});

test('the mark names the encoding; a lone surrogate or an odd last byte become U+FFFD', async () => {
  assert.equal(utf16ByMark(Buffer.from([0xff, 0xfe, 0x41, 0x00])), 'utf-16le');
  assert.equal(utf16ByMark(Buffer.from([0xfe, 0xff])), 'utf-16be');
  assert.equal(utf16ByMark(Buffer.from([0xef, 0xbb, 0xbf])), null);
  assert.equal(utf16ByMark(Buffer.from([0xff])), null);
  const broken = Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00, 0x43]);
  assert.equal((await collect(asUtf8Chunks(inChunks(broken, 2)))).toString('utf8'), 'A\ufffdB\ufffd');
});
