import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineDocument } from '../../extension/server/lineDocument';

const PIECES = ['', 'a', 'bc', '\n', '\r', '\r\n', '\n\n', 'x\r', '\ny', 'KMS\r\nerror\n', '😀'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(''));

/** Every observable of the two documents agrees: text, line count, offsets and positions. */
function assertSame(mine: LineDocument, theirs: TextDocument): void {
  const full = theirs.getText();
  assert.equal(mine.getText(), full);
  assert.equal(mine.lineCount, theirs.lineCount);
  for (let offset = -1; offset <= full.length + 1; offset++) assert.deepEqual(mine.positionAt(offset), theirs.positionAt(offset), `positionAt(${offset})`);
  for (let line = -1; line <= theirs.lineCount; line++) {
    for (const character of [0, 1, 2, 5, 1000]) {
      const p = { line, character };
      assert.equal(mine.offsetAt(p), theirs.offsetAt(p), `offsetAt(${line}, ${character})`);
    }
    const lineRange = { start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } };
    if (line >= 0 && line < theirs.lineCount) {
      assert.equal(mine.getText(lineRange), theirs.getText(lineRange), `line ${line}`);
      assert.equal(mine.source.lineAt(line), theirs.getText(lineRange));
      assert.equal(mine.source.offsetAt(line), theirs.offsetAt({ line, character: 0 }));
    }
  }
}

test('a LineDocument reads and edits exactly like the library TextDocument', () => {
  fc.assert(
    fc.property(text, fc.array(fc.tuple(fc.nat(), fc.nat(), text), { maxLength: 8 }), (initial, edits) => {
      const mine = new LineDocument('file:///a', 'log', 1, initial);
      const theirs = TextDocument.create('file:///a', 'log', 1, initial);
      assertSame(mine, theirs);
      let version = 1;
      for (const [a, b, inserted] of edits) {
        const size = theirs.getText().length;
        const range = { start: theirs.positionAt(a % (size + 1)), end: theirs.positionAt(b % (size + 1)) };
        const change = { range, text: inserted };
        const edit = mine.apply(change, ++version);
        TextDocument.update(theirs, [change], version);
        assertSame(mine, theirs);
        assert.equal(mine.version, version);
        assert.ok(edit.startLine <= Math.min(range.start.line, range.end.line));
      }
    }),
    { numRuns: 400, seed: 42 },
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
