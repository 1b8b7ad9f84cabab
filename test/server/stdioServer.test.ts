// The built server (dist/server.js) as a separate process over a real stdio JSON-RPC connection,
// the way Neovim or Helix run it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CodeAction, Hover } from 'vscode-languageserver';
import { startLspServer } from '../support/lspServerProcess';
import { SAMPLE_LOG } from './serverTestKit';

const URI = 'file:///tmp/app.log';

test('initialize, open, hover, edit, diagnostics, code actions, summary, shutdown and exit', async () => {
  const server = await startLspServer({ locale: 'en' });
  try {
    const caps = server.initializeResult.capabilities;
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });

    const first = server.nextDiagnostics(URI);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'log', version: 1, text: SAMPLE_LOG } });
    const published = await first;
    assert.equal(published.version, 1);
    const codes = published.diagnostics.map((d) => d.code);
    assert.ok(codes.includes('Forbidden.KeyNotFound') && codes.includes('Rejected.Throttling'), JSON.stringify(codes));
    const before = published.diagnostics.length;

    // Line 4 is "   Code: Forbidden.KeyNotFound".
    const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: URI }, position: { line: 4, character: 12 } });
    assert.ok(hover, 'hover on the code');
    assert.match((hover.contents as { value: string }).value, /^\*\*Forbidden\\\.KeyNotFound\*\* · HTTP 404 · KMS instance API/);
    assert.deepEqual(hover.range, { start: { line: 4, character: 9 }, end: { line: 4, character: 30 } });

    // Append one more error line: only that record is rescanned, and diagnostics follow.
    const lastLine = SAMPLE_LOG.split('\n').length - 1;
    const second = server.nextDiagnostics(URI, (p) => p.version === 2);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: 0 } }, text: '2026-11-27 10:00:06.000 ERROR Code: Rejected.PendingDeletion\n' }],
    });
    const after = await second;
    assert.equal(after.diagnostics.length, before + 1);
    assert.equal(after.diagnostics.at(-1)?.code, 'Rejected.PendingDeletion');
    assert.equal(after.diagnostics.at(-1)?.range.start.line, lastLine);

    const actions = await server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: after.diagnostics[0]!.range,
      context: { diagnostics: [after.diagnostics[0]] },
    });
    assert.ok(actions.length >= 1);
    assert.equal(actions[0]!.command?.command, 'kmsErrors.showReference');
    assert.equal(actions[0]!.isPreferred, true);

    const summary = await server.connection.sendRequest<{ uri: string; total: number; rows: { code: string; count: number }[] }>('kmsErrors/summary', { uri: URI });
    assert.equal(summary.uri, URI);
    assert.equal(summary.total, after.diagnostics.length);
    assert.ok(summary.rows.some((r) => r.code === 'Rejected.PendingDeletion' && r.count === 1));
    assert.equal(await server.connection.sendRequest('kmsErrors/summary', { uri: 'file:///never/opened.log' }), null);

    // Closing clears the Problems entries.
    const cleared = server.nextDiagnostics(URI, (p) => p.diagnostics.length === 0);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
    await cleared;
  } finally {
    assert.equal(await server.close(), 0, server.logs.join('\n'));
  }
});

test('settings from a plain client: diagnostics off, Japanese explanations, pushed configuration', async () => {
  const server = await startLspServer({ settings: { diagnostics: 'all', language: 'ja' } });
  try {
    const uri = 'file:///tmp/Main.java';
    const first = server.nextDiagnostics(uri);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'java', version: 1, text: 'throw new KmsError("Rejected.Throttling");\n' } });
    assert.match(String((await first).diagnostics[0]!.message), /KMS インスタンス API/);
    const cleared = server.nextDiagnostics(uri, (p) => p.diagnostics.length === 0);
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { kmsErrors: { diagnostics: 'logs' } } });
    await cleared;
    const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 25 } });
    assert.match((hover?.contents as { value: string }).value, /対処方法/);
  } finally {
    assert.equal(await server.close(), 0, server.logs.join('\n'));
  }
});

test('Helix/Neovim style: top-level init options, then settings pulled through workspace/configuration', async () => {
  const server = await startLspServer({ language: 'zh-cn' });
  const uri = 'file:///tmp/plain.txt';
  const hoverValue = async () => {
    const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 10 } });
    return (hover?.contents as { value: string } | undefined)?.value ?? '';
  };
  try {
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: 'error: Rejected.Throttling\n' } });
    assert.match(await hoverValue(), /解决方法/);
  } finally {
    assert.equal(await server.close(), 0, server.logs.join('\n'));
  }
  const pulling = await startLspServer({}, { workspace: { configuration: true } });
  const asked: unknown[] = [];
  pulling.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => {
    asked.push(...params.items);
    return [{ language: 'ja' }];
  });
  try {
    await pulling.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await pulling.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: 'error: Rejected.Throttling\n' } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const hover = await pulling.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 10 } });
    assert.match((hover?.contents as { value: string }).value, /対処方法/);
    assert.deepEqual(asked[0], { section: 'kmsErrors' });
  } finally {
    assert.equal(await pulling.close(), 0, pulling.logs.join('\n'));
  }
});

test('a KMS client-side failure is diagnosed and hovered over LSP; the same failure of another product or cloud is not', async () => {
  const server = await startLspServer({ locale: 'en' });
  const uri = 'file:///tmp/kms-errors-client-failures.log';
  try {
    const text = [
      '2026-11-27 10:00:00.000 ERROR dial tcp: lookup kst-hzz6xxxxxx.cryptoservice.kms.aliyuncs.com: no such host',
      '2026-11-27 10:00:01.000 ERROR dial tcp: lookup ecs-cn-hangzhou.aliyuncs.com: no such host',
      '2026-11-27 10:00:02.000 ERROR Post "https://kms.us-west-2.amazonaws.com/": dial tcp: lookup kms.us-west-2.amazonaws.com: no such host',
      '',
    ].join('\n');
    const first = server.nextDiagnostics(uri);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'log', version: 1, text } });
    const published = await first;
    assert.deepEqual(
      published.diagnostics.map((d) => [d.code, d.range.start.line]),
      [['client.EndpointNotResolved', 0]],
    );
    assert.match(String(published.diagnostics[0]!.message), /^client\.EndpointNotResolved · client side \(before any KMS answer\): /);
    const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 100 } });
    assert.ok(hover, 'hover on the failure');
    assert.match((hover.contents as { value: string }).value, /^\*\*client\\\.EndpointNotResolved\*\* · no HTTP answer · client side/);
    const none = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 80 } });
    assert.equal(none, null);
  } finally {
    assert.equal(await server.close(), 0, server.logs.join('\n'));
  }
});

test('over stdio: a code the catalog gained, with the operation its record names first', async () => {
  const server = await startLspServer({ locale: 'en' });
  const uri = 'file:///tmp/import.log';
  try {
    const text = '2024-06-01 12:00:03 ERROR kms.cn-hangzhou.aliyuncs.com Action=ImportKeyMaterial Code: ExpiredImportToken Message: import token is expired\n';
    const published = server.nextDiagnostics(uri);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'log', version: 1, text } });
    assert.deepEqual((await published).diagnostics.map((d) => d.code), ['ExpiredImportToken']);
    const at = text.indexOf('ExpiredImportToken') + 3;
    const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: at } });
    const value = (hover?.contents as { value: string } | undefined)?.value ?? '';
    assert.match(value, /^\*\*ExpiredImportToken\*\* · HTTP 400 · shared gateway/);
    assert.match(value, /`import token is expired` \(only from \*\*`ImportKeyMaterial`\*\*\) \*\*← found here\*\*/);
    assert.match(value, /\*\*Operations:\*\* any operation · `ImportKeyMaterial` \*\*← found here\*\*/);
  } finally {
    assert.equal(await server.close(), 0, server.logs.join('\n'));
  }
});
