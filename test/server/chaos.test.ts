// Thousands of random requests and edits against the built server over stdio: binary text, a
// 5 MB single line, positions out of range. The server must answer every request and stay up,
// and its incremental view of each document must still match a fresh scan at the end.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver';
import { recognizeAdapter } from '../../extension/server/recognizeAdapter';
import { textDocumentLines } from '../../extension/server/textDocumentLines';
import { startLspServer } from '../support/lspServerProcess';
import { SAMPLE_LOG } from './serverTestKit';
import { prng } from '../support/prng';


const SEED = 5150;
const OPERATIONS = 3000;
const PIECES = ['Forbidden.KeyNotFound', 'Rejected.Throttling ', '\n', '\r\n', 'The specified key does not exist.', '   Code: Rejected.Disabled\n', 'panic: SDKError:\n', '\u0000\u0001\uffff', '\ud800', '😀', 'x'.repeat(300), ''];

test('random edits and requests: every request answered, the server stays up and in sync', { timeout: 120_000 }, async () => {
  const random = prng(SEED);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const binary = Array.from({ length: 20_000 }, () => String.fromCharCode(int(0x10000))).join('');
  const hugeLine = `${'a'.repeat(2_500_000)} Forbidden.KeyNotFound ${'b=/+'.repeat(625_000)}`;
  const docs = [
    { uri: 'file:///chaos/app.log', languageId: 'log', text: SAMPLE_LOG.repeat(30) },
    { uri: 'file:///chaos/binary.log', languageId: 'log', text: binary },
    { uri: 'file:///chaos/huge.log', languageId: 'log', text: hugeLine },
    { uri: 'untitled:Untitled-1', languageId: 'plaintext', text: SAMPLE_LOG },
  ];
  const mirrors = new Map(docs.map((d) => [d.uri, TextDocument.create(d.uri, d.languageId, 1, d.text)]));
  const server = await startLspServer({ settings: { diagnostics: 'all' } });
  let answered = 0;
  try {
    for (const d of docs) await server.connection.sendNotification('textDocument/didOpen', { textDocument: { ...d, version: 1 } });
    const pending: Promise<unknown>[] = [];
    const randomPosition = (doc: TextDocument) =>
      random() < 0.15 ? { line: pick([-1, 1e9, doc.lineCount, 2 ** 31]), character: pick([-3, 1e9, 0]) } : { line: int(doc.lineCount), character: int(random() < 0.1 ? 3_000_000 : 400) };
    for (let i = 0; i < OPERATIONS; i++) {
      const doc = mirrors.get(pick(docs).uri)!;
      const uri = random() < 0.03 ? 'file:///chaos/not-open.log' : doc.uri;
      const roll = random();
      if (roll < 0.3 && uri === doc.uri && doc.uri !== 'file:///chaos/huge.log') {
        const size = doc.getText().length;
        const start = int(size + 1);
        const range: Range = { start: doc.positionAt(start), end: doc.positionAt(Math.min(size, start + int(60))) };
        const text = pick(PIECES);
        const version = doc.version + 1;
        TextDocument.update(doc, [{ range, text }], version);
        await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
      } else if (roll < 0.65) {
        pending.push(server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: randomPosition(doc) }));
      } else if (roll < 0.9) {
        const a = randomPosition(doc);
        const b = random() < 0.5 ? a : randomPosition(doc);
        pending.push(server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: a, end: b }, context: { diagnostics: [] } }));
      } else {
        pending.push(server.connection.sendRequest('kmsErrors/summary', random() < 0.1 ? { nonsense: true } : { uri }));
      }
      if (pending.length >= 64) answered += (await Promise.all(pending.splice(0))).length;
    }
    answered += (await Promise.all(pending.splice(0))).length;
    assert.ok(answered > OPERATIONS / 2, `only ${answered} requests answered`);
    assert.equal(server.child.exitCode, null, 'the server is still running');

    // Its incremental view still equals a fresh scan of what we sent.
    for (const [uri, mirror] of mirrors) {
      const summary = await server.connection.sendRequest<{ total: number }>('kmsErrors/summary', { uri });
      const expected = recognizeAdapter.createIndex(textDocumentLines(mirror)).all().length;
      assert.equal(summary.total, expected, uri);
    }
    // And it still explains: a hover on the 5 MB line's code.
    const hover = await server.connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: 'file:///chaos/huge.log' }, position: { line: 0, character: 2_500_005 } });
    assert.match(hover?.contents.value ?? '', /Forbidden\\\.KeyNotFound/);
  } finally {
    assert.equal(await server.close(), 0, server.logs.join('\n').slice(0, 2000));
  }
});
