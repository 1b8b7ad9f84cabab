import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { encodeBase64, encodeError, getEntry } from '../../extension/core';
import { codeActionsFor } from '../../extension/server/codeActions';
import { diagnosticsFor } from '../../extension/server/diagnostics';
import { isLogDocument, parseSettings, resolveLang, wantsDiagnostics } from '../../extension/server/settings';
import { allOccurrences, doc, SAMPLE_LOG } from './serverTestKit';

test('one Information diagnostic per KMS error, with code, documentation link and source', () => {
  const d = doc(SAMPLE_LOG);
  const diagnostics = diagnosticsFor(d, allOccurrences(d), { lang: 'en', max: 100 });
  const codes = diagnostics.map((x) => x.code);
  assert.ok(codes.includes('Forbidden.KeyNotFound'), JSON.stringify(codes));
  assert.ok(codes.includes('Rejected.Throttling'), JSON.stringify(codes));
  for (const x of diagnostics) {
    assert.equal(x.severity, DiagnosticSeverity.Information);
    assert.equal(x.source, 'KMS');
    assert.match(x.codeDescription?.href ?? '', /^https:\/\/(www\.alibabacloud\.com|help\.aliyun\.com)\//);
  }
  const go = diagnostics.find((x) => d.getText(x.range) === 'Forbidden.KeyNotFound');
  assert.ok(go, 'the Go record is diagnosed on its code');
  assert.equal(go.codeDescription?.href, getEntry('instance', 'Forbidden.KeyNotFound')!.docUrl);
  assert.match(String(go.message), /^Forbidden\.KeyNotFound · HTTP 404 · KMS instance API: /);
  const throttled = diagnostics.find((x) => x.code === 'Rejected.Throttling');
  assert.match(String(throttled!.message), /HTTP 429/);
  // Document order, so "go to next problem" walks the log top to bottom.
  const lines = diagnostics.map((x) => x.range.start.line);
  assert.deepEqual(lines, [...lines].sort((a, b) => a - b));
});

test('diagnostics are capped at max and written in the chosen language', () => {
  const d = doc(SAMPLE_LOG.repeat(20));
  const all = allOccurrences(d);
  assert.ok(all.length > 10);
  assert.equal(diagnosticsFor(d, all, { lang: 'en', max: 10 }).length, 10);
  assert.equal(diagnosticsFor(d, all, { lang: 'en', max: 0 }).length, 0);
  const ja = diagnosticsFor(d, all, { lang: 'ja', max: 1 })[0]!;
  assert.match(String(ja.message), /KMS インスタンス API/);
});

test('a text without KMS errors has no diagnostics', () => {
  const d = doc('INFO all good\nWARN disk 80% full\nERROR NullPointerException at Main.java:3\n');
  assert.deepEqual(diagnosticsFor(d, allOccurrences(d), { lang: 'en', max: 100 }), []);
});

test('which documents count as logs', () => {
  assert.equal(isLogDocument('file:///x/app.ts', 'log'), true);
  assert.equal(isLogDocument('file:///x/app.txt', 'Log'), true);
  assert.equal(isLogDocument('file:///x/server.log', 'plaintext'), true);
  assert.equal(isLogDocument('file:///x/server.log.3', 'plaintext'), true);
  assert.equal(isLogDocument('output:extension-output-kms', 'plaintext'), true);
  assert.equal(isLogDocument('file:///x/catalog.ts', 'typescript'), false);
  assert.equal(isLogDocument('file:///x/login.md', 'markdown'), false);
  assert.equal(wantsDiagnostics('logs', 'file:///x/a.ts', 'typescript'), false);
  assert.equal(wantsDiagnostics('all', 'file:///x/a.ts', 'typescript'), true);
  assert.equal(wantsDiagnostics('off', 'file:///x/a.log', 'log'), false);
});

test('settings: each bad value falls back alone; auto follows the editor locale', () => {
  assert.deepEqual(parseSettings({ language: 'ja', diagnostics: 'bogus', maxDiagnostics: -3 }), { language: 'ja', diagnostics: 'logs', maxDiagnostics: 1000 });
  assert.deepEqual(parseSettings({ diagnostics: 'all', maxDiagnostics: 12.7 }), { language: 'auto', diagnostics: 'all', maxDiagnostics: 12 });
  assert.deepEqual(parseSettings(null), { language: 'auto', diagnostics: 'logs', maxDiagnostics: 1000 });
  assert.equal(resolveLang('auto', 'zh-cn'), 'zh-cn');
  assert.equal(resolveLang('auto', 'ja'), 'ja');
  assert.equal(resolveLang('auto', 'de'), 'en');
  assert.equal(resolveLang('en', 'ja'), 'en');
});

test('an encoded Error body in a log is diagnosed on the payload, and its actions decode it', () => {
  const body = encodeBase64(encodeError({ StatusCode: 409, ErrorCode: 'Rejected.Disabled', ErrorMessage: 'The request was rejected because the key state is Disabled.', RequestId: 'b7c0ffee-0000-4000-8000-000000000009' }));
  const d = doc(`2026-11-27 10:00:00 WARN kms response status=409 body=${body}\n2026-11-27 10:00:01 INFO next\n`);
  const occurrences = allOccurrences(d);
  const [diagnostic] = diagnosticsFor(d, occurrences, { lang: 'en', max: 10 });
  assert.ok(diagnostic, 'a diagnostic for the payload');
  assert.equal(d.getText(diagnostic.range), body);
  assert.equal(diagnostic.code, 'Rejected.Disabled');
  assert.match(String(diagnostic.message), /HTTP 409 · KMS instance API/);
  const actions = codeActionsFor(d, diagnostic.range, { lang: 'en', diagnostics: [diagnostic], occurrences });
  assert.deepEqual(actions.find((a) => a.command?.command === 'kmsErrors.decodePayload')?.command?.arguments, [{ text: body }]);
  assert.deepEqual(actions.find((a) => a.command?.command === 'kmsErrors.copyRequestId')?.command?.arguments, [{ requestId: 'b7c0ffee-0000-4000-8000-000000000009' }]);
});

test('codes and message-only lines the catalog gained from the reference rows are diagnosed', () => {
  const log = [
    '2024-06-01 12:00:03 ERROR ImportKeyMaterial failed: SDK.ServerError',
    'ErrorCode: InvalidImportToken',
    'Recommend: https://api.aliyun.com/troubleshoot?q=InvalidImportToken&product=Kms',
    'RequestId: 5E1A2B3C-0000-4000-8000-00000000000A',
    'Message: import token is invalid.',
    '',
    '2024-06-01 12:00:04 ERROR com.aliyun.tea.TeaException: code: 409, secret in delete peroid request id: 5E1A2B3C-0000-4000-8000-00000000000B',
    '\tat com.aliyun.kms20160120.Client.putSecretValueWithOptions(Client.java:3120)',
  ].join('\n');
  const d = doc(log);
  const diagnostics = diagnosticsFor(d, allOccurrences(d), { lang: 'en', max: 100 });
  const byCode = new Map(diagnostics.map((x) => [x.code, x]));
  assert.match(String(byCode.get('InvalidImportToken')?.message), /^InvalidImportToken · HTTP 400 · shared gateway/);
  assert.equal(byCode.get('InvalidImportToken')?.codeDescription?.href, getEntry('openapi', 'InvalidImportToken')!.docUrl);
  const deleting = byCode.get('Rejected.ResourceInDeleteWindow');
  assert.ok(deleting, JSON.stringify([...byCode.keys()]));
  assert.equal(d.getText(deleting.range), 'secret in delete peroid');
});
