import assert from 'node:assert/strict';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LineDocument } from '../../extension/server/lineDocument';

/**
 * Every observable of our LineDocument agrees with the library's TextDocument: text, line count,
 * positions and offsets (out of range ones included, which both clamp), each line's text through
 * getText and through the LineSource the index reads, line offsets, and line terminators.
 */
export function assertSameDocument(mine: LineDocument, theirs: TextDocument): void {
  const full = theirs.getText();
  assert.equal(mine.getText(), full);
  assert.equal(mine.lineCount, theirs.lineCount);
  for (let offset = -1; offset <= full.length + 1; offset++) assert.deepEqual(mine.positionAt(offset), theirs.positionAt(offset), `positionAt(${offset})`);
  for (let line = -1; line <= theirs.lineCount; line++) {
    for (const character of [0, 1, 2, 5, 1000]) {
      const p = { line, character };
      assert.equal(mine.offsetAt(p), theirs.offsetAt(p), `offsetAt(${line}, ${character})`);
    }
    if (line < 0 || line >= theirs.lineCount) continue;
    const range = { start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } };
    assert.equal(mine.getText(range), theirs.getText(range), `line ${line}`);
    assert.equal(mine.source.lineAt(line), theirs.getText(range), `source line ${line}`);
    assert.equal(mine.source.offsetAt(line), theirs.offsetAt({ line, character: 0 }));
    const next = line + 1 < theirs.lineCount ? theirs.offsetAt({ line: line + 1, character: 0 }) : full.length;
    assert.equal(mine.getEOLCharacters(line), full.slice(theirs.offsetAt(range.end), next), `terminator of ${line}`);
  }
}
