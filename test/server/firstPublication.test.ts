// Opening a large log publishes diagnostics as soon as the scan has passed the first
// maxDiagnostics occurrences, and indexes the rest after. Over a real stdio connection to the
// built server: the first publication must be what a full scan publishes, and the summary and
// hovers complete.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnosticsFor } from '../../extension/server/diagnostics';
import { allOccurrences } from './serverTestKit';
import { startLspServer } from '../support/lspServerProcess';

const DIR = join(__dirname, '..', 'fixtures', 'recognize');

/** About 6 MB: every labelled fixture log between ordinary lines, so occurrences run to the end. */
function largeLog(): string {
  const logs = readdirSync(DIR)
    .filter((f) => f.endsWith('.log'))
    .map((f) => readFileSync(join(DIR, f), 'utf8'));
  const parts: string[] = [];
  for (let i = 0; i < 60_000; i++) parts.push(i % 50 === 0 ? logs[(i / 50) % logs.length]! : `2024-05-01T10:00:00Z INFO  [worker-${i % 7}] an ordinary line ${i} of an application log\n`);
  return parts.join('');
}

for (const maxDiagnostics of [1000, 40]) {
  test(`the first publication on open (maxDiagnostics ${maxDiagnostics}) is a full scan's, and the summary counts every error`, async () => {
    const text = largeLog();
    const expectedAll = allOccurrences(TextDocument.create('file:///big.log', 'log', 1, text));
    assert.ok(expectedAll.length > 2 * maxDiagnostics, `${expectedAll.length} occurrences`);
    const expected = diagnosticsFor(TextDocument.create('file:///big.log', 'log', 1, text), expectedAll, { lang: 'en', max: maxDiagnostics });
    const server = await startLspServer({ settings: { diagnostics: 'logs', maxDiagnostics, language: 'en' } });
    try {
      const uri = 'file:///work/big.log';
      const first = server.nextDiagnostics(uri, () => true, 60_000);
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'log', version: 1, text } });
      const published = await first;
      assert.equal(published.version, 1);
      assert.deepEqual(published.diagnostics, JSON.parse(JSON.stringify(expected)));

      // The last occurrence is past what the first publication needed: hover and summary see it.
      const last = expectedAll[expectedAll.length - 1]!;
      const lastDoc = TextDocument.create(uri, 'log', 1, text);
      const hover = await server.connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: lastDoc.positionAt(last.start + 1) });
      assert.ok(hover && hover.contents.value.includes(last.code), 'a hover on the last error');
      const summary = await server.connection.sendRequest<{ total: number; rows: { code: string; count: number }[] }>('kmsErrors/summary', { uri });
      assert.equal(summary.total, expectedAll.length);
      const counts = new Map<string, number>();
      for (const o of expectedAll) counts.set(o.code, (counts.get(o.code) ?? 0) + 1);
      const summed = new Map<string, number>();
      for (const r of summary.rows) summed.set(r.code, (summed.get(r.code) ?? 0) + r.count);
      assert.deepEqual(summed, counts);

      // Once indexing is done, a republication (settings changed) is the same list.
      const again = server.nextDiagnostics(uri, () => true, 60_000);
      await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { kmsErrors: { diagnostics: 'logs', maxDiagnostics, language: 'en' } } });
      assert.deepEqual((await again).diagnostics, published.diagnostics);
    } finally {
      await server.close();
    }
  });
}
