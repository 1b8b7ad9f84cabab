import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { DocumentStore } from '../../extension/server/documentStore';
import { recognizeAdapter } from '../../extension/server/recognizeAdapter';
import { allOccurrences, doc, SAMPLE_LOG } from './serverTestKit';

const PIECES = ['', '\n', 'x', 'Forbidden.KeyNotFound', ' Rejected.Throttling\n', 'The specified key does not exist.', '\r\n', '   Code: InternalFailure\n', 'panic: SDKError:\n'];

test('after any sequence of incremental edits the index equals a fresh scan of the text', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.nat(), fc.nat(40), fc.constantFrom(...PIECES)), { minLength: 1, maxLength: 12 }),
      (edits) => {
        const store = new DocumentStore(recognizeAdapter);
        const tracked = store.open('file:///t.log', 'log', 1, SAMPLE_LOG);
        store.indexOf(tracked);
        let version = 1;
        for (const [at, length, text] of edits) {
          const size = tracked.document.getText().length;
          const start = at % (size + 1);
          const end = Math.min(size, start + length);
          const range = { start: tracked.document.positionAt(start), end: tracked.document.positionAt(end) };
          store.change('file:///t.log', ++version, [{ range, text }]);
        }
        const incremental = store.indexOf(tracked).all();
        const fresh = allOccurrences(doc(tracked.document.getText()));
        assert.deepEqual(incremental, fresh);
      },
    ),
    { numRuns: 150, seed: 20261127 },
  );
});

test('a full-text change rebuilds the index; a closed document is forgotten', () => {
  const store = new DocumentStore(recognizeAdapter);
  const tracked = store.open('file:///t.log', 'log', 1, SAMPLE_LOG);
  assert.ok(store.indexOf(tracked).all().length > 0);
  store.change('file:///t.log', 2, [{ text: 'nothing here\n' }]);
  assert.deepEqual(store.indexOf(tracked).all(), []);
  assert.equal(store.summary(tracked).total, 0);
  store.close('file:///t.log');
  assert.equal(store.get('file:///t.log'), undefined);
  assert.equal(store.change('file:///t.log', 3, [{ text: 'x' }]), undefined);
});

test('a very long line is read through a window around the cursor, with document offsets', () => {
  const prefix = 'a'.repeat(2_000_000) + ' ';
  const text = `first line\n${prefix}Forbidden.KeyNotFound ${'b'.repeat(2_000_000)}\n`;
  const store = new DocumentStore(recognizeAdapter);
  const tracked = store.open('file:///long.log', 'log', 1, text);
  const lineStart = text.indexOf('\n') + 1;
  const near = store.nearLine(tracked, 1, prefix.length + 3);
  assert.equal(near.length, 1);
  assert.equal(text.slice(near[0]!.start, near[0]!.end), 'Forbidden.KeyNotFound');
  assert.equal(near[0]!.start, lineStart + prefix.length);
  // Far from the code, the window does not reach it.
  assert.deepEqual(store.nearLine(tracked, 1, 10), []);
});
