// The WebAssembly decoder of long JSON strings (wasm/jsonString.ts) must give exactly what
// JSON.parse gives, or stop where it cannot, whatever the escapes and however the bytes are cut.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { JsonStringDecoder, type DecodedPiece, type DecodeStop } from '../../extension/server/jsonStringDecoder';
import { LargeJsonParser } from '../../extension/server/largeJson';
import { TextPieces } from '../../extension/server/textPieces';

/** JSON with every character outside printable ASCII, and some inside it, written as a \u escape (as some clients send it). */
function escapingAll(value: unknown): string {
  return JSON.stringify(value).replace(/[^\x20-\x7e]|[/a]/g, (c) => (c === '/' ? '\\/' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** Characters of every kind JSON escapes or carries: JSON's short escapes, controls, quotes, lone surrogates, pairs, any code point. */
const CHARACTERS = fc.oneof(
  fc.constantFrom('\t', '\n', '\r', '\b', '\f', '"', '\\', '/', '\u0000', '\u001f', '\u007f', '\u0080', '\u07ff', '\u0800', '\ud800', '\udbff', '\udc00', '\udfff', '\uffff', '😀'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
);

/** Feeds `content` (a JSON string's content, without quotes) followed by a quote, `step` bytes at a time; returns the text and the stops seen. */
function decodeAll(content: string, step: number, pieceBytes = 1 << 20): { text: string; stops: DecodeStop[] } {
  const bytes = Buffer.from(content + '"');
  const decoder = new JsonStringDecoder(pieceBytes);
  const out: string[] = [];
  const stops: DecodeStop[] = [];
  let at = 0;
  let end = Math.min(bytes.length, step);
  for (;;) {
    const stop = decoder.feed(bytes.subarray(at, end));
    stops.push(stop);
    at += decoder.consumed;
    if (stop === 'quote') return { text: out.join('') + decoder.take().text, stops };
    if (stop === 'piece') out.push(decoder.take().text);
    // No more input to wait for: the parser's caller then leaves the rest to JSON.parse.
    else if (stop === 'fallback' || (stop === 'partial' && end === bytes.length)) return { text: '', stops };
    else end = Math.min(bytes.length, end + step);
  }
}

/** Whether `text` holds half of a surrogate pair alone (JSON.stringify escapes it; UTF-8 cannot carry it). */
const hasLoneSurrogate = (text: string) => /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);

test('the decoder gives JSON.parse\'s string for escapes of every kind, cut at any byte', () => {
  fc.assert(
    fc.property(fc.string({ unit: CHARACTERS, maxLength: 300 }), fc.integer({ min: 1, max: 40 }), fc.boolean(), (text, step, escaped) => {
      const literal = escaped ? escapingAll(text) : JSON.stringify(text);
      const { text: decoded, stops } = decodeAll(literal.slice(1, -1), step);
      const expected = JSON.parse(literal) as string;
      // Only a lone surrogate is left to JSON.parse here: JSON.stringify writes no control byte or unknown escape.
      if (hasLoneSurrogate(expected)) return;
      assert.equal(stops.at(-1), 'quote');
      assert.equal(decoded, expected);
    }),
    { numRuns: 400 },
  );
});

test('the decoder stops at what it leaves to JSON.parse: lone surrogates, control bytes, unknown escapes', () => {
  for (const content of ['ab\\ud800cd', 'ab\\udc00', 'ab\\ud800\\u0041', 'ab\\x', 'ab\\u12g4', 'ab\u0001cd', 'ab\u001fcd', 'ab\ncd']) {
    const decoder = new JsonStringDecoder(1 << 20);
    // Enough bytes after it that a pair's second half would have come.
    assert.equal(decoder.feed(Buffer.from(content + 'xxxxxxxxxxxx"')), 'fallback', JSON.stringify(content));
    assert.equal(decoder.consumed, 2, JSON.stringify(content));
  }
  // A surrogate pair is decoded whole, to one astral character.
  const decoder = new JsonStringDecoder(1 << 20);
  assert.equal(decoder.feed(Buffer.from('\\ud83d\\ude00!"')), 'quote');
  assert.equal(decoder.take().text, '😀!');
});

test('the decoder waits for the rest of an escape cut at the input\'s end', () => {
  for (const content of ['abc\\', 'abc\\u00', 'abc\\ud83d', 'abc\\ud83d\\ude']) {
    const decoder = new JsonStringDecoder(1 << 20);
    assert.equal(decoder.feed(Buffer.from(content)), 'partial', content);
    assert.equal(decoder.consumed, 3, content);
  }
});

/** Where each line of `piece` starts, 0 first, none after a final line feed (what the document keeps). */
function lineStartsOf(piece: string): number[] {
  const starts = [0];
  for (let i = piece.indexOf('\n'); i >= 0 && i + 1 < piece.length; i = piece.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

test('pieces end with the first line feed from the piece size on, hold every byte once, and know their lines when ASCII', () => {
  for (const [extra, ascii] of [[' é', false], ['', true], ['\\r', false]] as const) {
    const line = (i: number) => `2024-05-01 ERROR ${i} \\"Forbidden.KeyNotFound\\"${extra}\\n`;
    const content = Array.from({ length: 4000 }, (_, i) => line(i)).join('') + 'tail';
    const expected = JSON.parse(`"${content}"`) as string;
    for (const step of [1000, 65536, content.length + 1]) {
      const decoder = new JsonStringDecoder(16_384);
      const bytes = Buffer.from(content + '"');
      const pieces: DecodedPiece[] = [];
      let at = 0;
      let end = Math.min(bytes.length, step);
      for (;;) {
        const stop = decoder.feed(bytes.subarray(at, end));
        at += decoder.consumed;
        if (stop === 'quote') break;
        if (stop === 'piece') pieces.push(decoder.take());
        else end = Math.min(bytes.length, end + step);
      }
      pieces.push(decoder.take());
      assert.ok(pieces.length > 5);
      for (const [i, { text: p, lineStarts }] of pieces.entries()) {
        assert.deepEqual(lineStarts ? Array.from(lineStarts) : undefined, ascii ? lineStartsOf(p) : undefined);
        if (i === pieces.length - 1) continue;
        assert.ok(p.endsWith('\n'));
        assert.ok(Buffer.byteLength(p) >= 16_384);
        assert.ok(Buffer.byteLength(p.slice(0, p.lastIndexOf('\n', p.length - 2) + 1)) < 16_384, 'the piece ends at the first line feed past its size');
      }
      assert.equal(pieces.map((p) => p.text).join(''), expected);
    }
  }
});

test('a large string with a lone surrogate early (left to JSON.parse) is still read whole and right, cut in chunks', () => {
  const text = 'head \ud800 tail\n' + '2024-05-01 ERROR Rejected.Throttling "x" 注文\n'.repeat(20_000);
  for (const body of [JSON.stringify({ text }), escapingAll({ text })]) {
    const parser = new LargeJsonParser();
    const bytes = Buffer.from(body);
    for (let at = 0; at < bytes.length; at += 7777) parser.push(bytes.subarray(at, at + 7777));
    const parsed = parser.finish() as { text: TextPieces };
    assert.ok(parsed.text instanceof TextPieces);
    for (const p of parsed.text.pieces.slice(0, -1)) assert.ok(p.endsWith('\n'));
    assert.equal(parsed.text.join(), text);
  }
});

test('a piece with more lines than the decoder keeps starts for leaves its lines to the document', () => {
  const decoder = new JsonStringDecoder(1 << 17);
  assert.equal(decoder.feed(Buffer.from('a\\n'.repeat(70_000) + 'end"')), 'piece');
  const crowded = decoder.take();
  assert.equal(crowded.text, 'a\n'.repeat(65_536));
  assert.equal(crowded.lineStarts, undefined);
  // The next piece has fewer lines: its starts are kept again.
  assert.equal(decoder.feed(Buffer.from('a\\n'.repeat(70_000 - 65_536) + 'end"')), 'quote');
  assert.deepEqual(Array.from(decoder.take().lineStarts!).slice(0, 3), [0, 2, 4]);
});
