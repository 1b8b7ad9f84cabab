// A large LSP message is parsed with its long strings left in line-aligned pieces; read back,
// it must be exactly what JSON.parse gives, and a document built from the pieces must read and
// index exactly like one built from the string.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { joinLines } from '../../extension/core/recognize/lineRecords';
import { LargeJsonParser, parseWithLargeStrings } from '../../extension/server/largeJson';
import { LineDocument } from '../../extension/server/lineDocument';
import { StdioMessageReader } from '../../extension/server/stdioMessageReader';
import { TextPieces } from '../../extension/server/textPieces';
import { assertSameDocument } from '../support/assertSameDocument';

/** Log-like text with what JSON must escape: quotes, backslashes, tabs, CRLF, controls, non-ASCII, astral. */
const LINE_PARTS = ['2024-05-01 ERROR ', '{"code":"Forbidden.KeyNotFound"}', '\\', '\\n', '\t', '"', 'é', '注文', '😀', '\u0001', '\r', ' at x.y(Z.java:1)'];
/** ASCII parts with no \r: pieces of such text come with their line starts from the decoder. */
const ASCII_LINE_PARTS = LINE_PARTS.filter((p) => !p.includes('\r') && [...p].every((c) => c.charCodeAt(0) < 0x80));
const logText = (minChars: number, parts = LINE_PARTS) =>
  fc.array(fc.array(fc.constantFrom(...parts), { maxLength: 12 }).map((p) => p.join('')), { minLength: 1, maxLength: 40 }).map((lines) => {
    let text = lines.join('\n') + '\n';
    while (text.length < minChars) text += text;
    return text;
  });

/** JSON.parse, with every TextPieces read back as its string. */
function joined(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (v instanceof TextPieces ? v.join() : v)));
}

/** JSON with every character outside printable ASCII written as a \u escape, as some clients send it. */
const escapingNonAscii = (value: unknown) => JSON.stringify(value).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The body fed to LargeJsonParser `step` bytes at a time, as a stream would bring it. */
function parsedInChunks(body: Buffer, step: number): unknown {
  const parser = new LargeJsonParser();
  for (let at = 0; at < body.length; at += step) parser.push(body.subarray(at, at + step));
  return parser.finish();
}

test('parseWithLargeStrings gives what JSON.parse gives, large strings in pieces that end with a line feed', () => {
  fc.assert(
    fc.property(logText(70_000), fc.string(), fc.boolean(), fc.boolean(), fc.constantFrom(0, 1, 4093, 65536), (text, other, endsWithLine, escaped, step) => {
      const value = { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///x "y".log', text: endsWithLine ? text : text + 'tail', other, version: 3 } } };
      const body = Buffer.from(escaped ? escapingNonAscii(value) : JSON.stringify(value));
      const parsed = (step === 0 ? parseWithLargeStrings(body) : parsedInChunks(body, step)) as typeof value;
      const pieces = parsed.params.textDocument.text as unknown as TextPieces;
      assert.ok(pieces instanceof TextPieces);
      assert.ok(pieces.pieces.length > 0);
      for (const p of pieces.pieces.slice(0, -1)) assert.ok(p.endsWith('\n'));
      assert.deepEqual(joined(parsed), value);
    }),
    { numRuns: 25 },
  );
});

test('small strings and other values are left to JSON.parse; malformed bodies throw as JSON.parse does', () => {
  const value = { a: [1, 2.5, -3e-7, true, false, null], b: { 'k"\\': 'v\u2028' }, c: 'x'.repeat(70_000) };
  assert.deepEqual(joined(parseWithLargeStrings(Buffer.from(JSON.stringify(value)))), value);
  assert.throws(() => parseWithLargeStrings(Buffer.from(`{"text":"${'a\\n'.repeat(40_000)}`)), SyntaxError);
  assert.throws(() => parseWithLargeStrings(Buffer.from(`{"text":"${'a\\n'.repeat(40_000)}\\q"}`)), SyntaxError);
});

test('a LineDocument from pieces reads, joins lines and edits like one from the whole string', () => {
  fc.assert(
    fc.property(fc.oneof(logText(140_000), logText(300_000, ASCII_LINE_PARTS)), (text) => {
      const body = Buffer.from(JSON.stringify({ text }));
      const pieces = (parseWithLargeStrings(body) as { text: TextPieces }).text;
      const mine = new LineDocument('file:///a', 'log', 1, pieces);
      assertSameDocument(mine, TextDocument.create('file:///a', 'log', 1, text));
      const whole = new LineDocument('file:///a', 'log', 1, text);
      for (let start = 0; start < mine.lineCount; start += 997) {
        const range = { startLine: start, endLine: Math.min(mine.lineCount, start + 1500) };
        const fast = mine.source.joinedLines!(range);
        const slow = joinLines(whole.source, range);
        // Lines with \r terminators are left to joinLines, which drops them.
        if (fast) assert.deepEqual({ text: fast.text, lineStarts: Array.from(fast.lineStarts) }, slow);
        else assert.ok(text.includes('\r'));
      }
    }),
    { numRuns: 10 },
  );
});

test('the stdio reader delivers messages split anywhere across chunks, in order, with large texts in pieces', async () => {
  const text = '2024-05-01 ERROR Code: Rejected.Throttling "quoted"\n'.repeat(30_000);
  const messages = [
    { jsonrpc: '2.0', id: 1, method: 'initialize', params: {} },
    { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///a.log', languageId: 'log', version: 1, text } } },
    { jsonrpc: '2.0', method: 'custom/big', params: { blob: text } },
    { jsonrpc: '2.0', id: 2, method: 'shutdown' },
  ];
  const wire = Buffer.concat(messages.map((m) => {
    const body = Buffer.from(JSON.stringify(m));
    return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n`), body]);
  }));
  for (const chunk of [1 << 16, 7777, 3]) {
    const stream = new PassThrough();
    const reader = new StdioMessageReader(stream);
    const got: unknown[] = [];
    reader.listen((m) => got.push(m));
    const step = chunk === 3 ? 1 << 15 : chunk; // a 3-byte chunking only around the headers
    for (let at = 0; at < wire.length; ) {
      const n = at < 200 || (chunk === 3 && wire.length - at < 200) ? 3 : step;
      stream.write(wire.subarray(at, at + n));
      at += n;
    }
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(got.length, messages.length);
    const open = got[1] as { params: { textDocument: { text: unknown } } };
    assert.ok(open.params.textDocument.text instanceof TextPieces, 'didOpen text stays in pieces');
    assert.equal(typeof (got[2] as { params: { blob: unknown } }).params.blob, 'string', 'other large strings are strings');
    assert.deepEqual(joined(got), messages);
    assert.ok(reader.shutdownRequested);
  }
});

test('a malformed large message is reported and the next message is still read', async () => {
  const bad = Buffer.from(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"text":"${'line\\n'.repeat(300_000)}\\x"}}`);
  const good = Buffer.from(JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'shutdown' }));
  const frame = (b: Buffer) => Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n\r\n`), b]);
  const stream = new PassThrough();
  const reader = new StdioMessageReader(stream);
  const got: unknown[] = [];
  const errors: Error[] = [];
  reader.onError((e) => errors.push(e));
  reader.listen((m) => got.push(m));
  const wire = Buffer.concat([frame(bad), frame(good)]);
  for (let at = 0; at < wire.length; at += 65536) stream.write(wire.subarray(at, at + 65536));
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(errors.length, 1);
  assert.deepEqual(got, [{ jsonrpc: '2.0', id: 7, method: 'shutdown' }]);
});
