import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { diagnosticsFor } from '../../extension/server/diagnostics';
import { DocumentStore } from '../../extension/server/documentStore';
import { recognizeAdapter } from '../../extension/server/recognizeAdapter';
import { RecordDiagnostics } from '../../extension/server/recordDiagnostics';
import { allOccurrences, doc, SAMPLE_LOG } from './serverTestKit';

const PIECES = ['', '\n', 'x', 'Forbidden.KeyNotFound', ' Rejected.Throttling\n', '\r\n', '   Code: InternalFailure\n', 'panic: SDKError:\n', '\n\n\n'];

test('diagnostics kept per record and reused across edits equal those of a fresh scan', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.nat(), fc.nat(40), fc.constantFrom(...PIECES)), { minLength: 1, maxLength: 10 }),
      fc.integer({ min: 0, max: 40 }),
      (edits, max) => {
        const store = new DocumentStore(recognizeAdapter);
        const tracked = store.open('file:///t.log', 'log', 1, SAMPLE_LOG.repeat(3));
        const cache = new RecordDiagnostics();
        let version = 1;
        for (const [at, length, text] of edits) {
          // Publish between edits, so later publications reuse (and must shift) cached records.
          cache.diagnostics(store.indexOf(tracked).records(), 'en', max);
          const size = tracked.document.getText().length;
          const start = at % (size + 1);
          const end = Math.min(size, start + length);
          const range = { start: tracked.document.positionAt(start), end: tracked.document.positionAt(end) };
          store.change('file:///t.log', ++version, [{ range, text }]);
        }
        const fresh = doc(tracked.document.getText());
        const expected = diagnosticsFor(fresh, allOccurrences(fresh), { lang: 'en', max });
        assert.deepEqual(cache.diagnostics(store.indexOf(tracked).records(), 'en', max), expected);
      },
    ),
    { numRuns: 120, seed: 5 },
  );
});

test('a change of language rebuilds the cached messages', () => {
  const store = new DocumentStore(recognizeAdapter);
  const tracked = store.open('file:///t.log', 'log', 1, SAMPLE_LOG);
  const cache = new RecordDiagnostics();
  const records = store.indexOf(tracked).records();
  const en = cache.diagnostics(records, 'en', 100);
  const ja = cache.diagnostics(records, 'ja', 100);
  assert.ok(en.length > 0);
  assert.deepEqual(ja, diagnosticsFor(tracked.document, store.indexOf(tracked).all(), { lang: 'ja', max: 100 }));
  assert.notDeepEqual(ja, en);
});
