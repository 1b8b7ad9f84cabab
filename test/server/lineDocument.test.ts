import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineDocument } from '../../extension/server/lineDocument';
import { assertSameDocument } from '../support/assertSameDocument';

const PIECES = ['', 'a', 'bc', '\n', '\r', '\r\n', '\n\n', 'x\r', '\ny', 'KMS\r\nerror\n', '😀', 'long line of text\n'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }).map((parts) => parts.join(''));
// The document's own chunk size (one chunk for these texts), or tiny chunks so that edits cross,
// merge and split chunk boundaries.
const chunkChars = fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined });

test('a LineDocument, in chunks of any size, reads and edits exactly like the library TextDocument', () => {
  fc.assert(
    fc.property(text, chunkChars, fc.array(fc.tuple(fc.nat(), fc.nat(), text), { maxLength: 8 }), (initial, chunks, edits) => {
      const mine = new LineDocument('file:///a', 'log', 1, initial, chunks);
      const theirs = TextDocument.create('file:///a', 'log', 1, initial);
      assertSameDocument(mine, theirs);
      let version = 1;
      for (const [a, b, inserted] of edits) {
        const size = theirs.getText().length;
        const range = { start: theirs.positionAt(a % (size + 1)), end: theirs.positionAt(b % (size + 1)) };
        const change = { range, text: inserted };
        const before = mine.lineCount;
        const edit = mine.apply(change, ++version);
        TextDocument.update(theirs, [change], version);
        assertSameDocument(mine, theirs);
        assert.equal(mine.version, version);
        assert.ok(edit.startLine <= Math.min(range.start.line, range.end.line));
        // The edit's line report is what the index relies on: old lines out, new lines in.
        assert.equal(mine.lineCount, before - (edit.endLine - edit.startLine + 1) + edit.newLineCount);
      }
    }),
    { numRuns: 800, seed: 42 },
  );
});

test('a whole-text change replaces everything; positions out of range are clamped, never thrown', () => {
  const d = new LineDocument('file:///a', 'log', 1, 'one\ntwo\n');
  assert.deepEqual(d.apply({ text: 'x\r\ny' }, 2), { startLine: 0, endLine: 2, newLineCount: 2 });
  assert.equal(d.getText(), 'x\r\ny');
  assert.equal(d.getEOLCharacters(0), '\r\n');
  assert.deepEqual(d.getLineRange(1), { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } });
  assert.equal(d.offsetAt({ line: -4, character: 3 }), 0);
  assert.equal(d.offsetAt({ line: 1, character: Number.NaN }), 3);
  assert.deepEqual(d.positionAt(Number.POSITIVE_INFINITY), { line: 1, character: 1 });
  d.apply({ range: { start: { line: 9, character: 9 }, end: { line: -1, character: -1 } }, text: '' }, 3);
  assert.equal(d.getText(), '');
});
