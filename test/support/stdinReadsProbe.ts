// Reads its standard input through the server's StdinReads and prints what came: the sha256 of
// the bytes (each chunk copied at once, as StdioMessageReader does), the number of chunks, and the
// events in order. test/server/stdinReads.test.ts runs it with a pipe and with a file as stdin.
import { createHash } from 'node:crypto';
import { StdinReads } from '../../extension/server/stdinReads';

const hash = createHash('sha256');
let chunks = 0;
let bytes = 0;
const events: string[] = [];
let fellBack = false;
const reads = new StdinReads(0, () => {
  fellBack = true;
  return process.stdin;
});
reads.on('data', (chunk: Buffer) => {
  // Copied now: the buffer is reused by the next read.
  hash.update(Buffer.from(chunk));
  chunks++;
  bytes += chunk.length;
});
for (const event of ['end', 'close', 'error']) reads.on(event, () => events.push(event));
process.on('exit', () => process.stdout.write(JSON.stringify({ sha256: hash.digest('hex'), chunks, bytes, events, fellBack }) + '\n'));
