import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineDocument } from '../../extension/server/lineDocument';
import { assertSameDocument } from '../support/assertSameDocument';

const PIECES = ['', 'a', 'bc', '\n', '\r', '\r\n', '\n\n', 'x\r', '\ny', 'KMS\r\nerror\n', 'long line of text\n'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }).map((parts) => parts.join(''));


test('lines kept in many tiny chunks read and edit exactly like the library TextDocument', () => {
  fc.assert(
    fc.property(text, fc.integer({ min: 1, max: 8 }), fc.array(fc.tuple(fc.nat(), fc.nat(), text), { maxLength: 8 }), (initial, chunkChars, edits) => {
      const mine = new LineDocument('file:///a', 'log', 1, initial, chunkChars);
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
        // The edit's line report is what the index relies on: old lines out, new lines in.
        assert.equal(mine.lineCount, before - (edit.endLine - edit.startLine + 1) + edit.newLineCount);
      }
    }),
    { numRuns: 400, seed: 7 },
  );
});
