// Runs the built `kms-errors` bundle as a process, the way a terminal or a CI job does.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runBuiltCli } from '../support/runBuiltCli';

test('explain prints the instance API entry first, then the shared gateway', () => {
  const r = runBuiltCli(['explain', 'forbidden.keynotfound']);
  assert.equal(r.status, 0, r.stderr);
  const instance = r.stdout.indexOf('Forbidden.KeyNotFound  (HTTP 404, KMS instance API)');
  const gateway = r.stdout.indexOf('Forbidden.KeyNotFound  (HTTP 404, shared gateway');
  assert.ok(instance >= 0 && gateway > instance, r.stdout);
  assert.match(r.stdout, /The specified key does not exist\./);
});

test('explain --json prints the documented shape', () => {
  const r = runBuiltCli(['explain', 'Rejected.Throttling', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.code, 'Rejected.Throttling');
  assert.deepEqual(out.entries.map((e: { api: string }) => e.api), ['instance', 'openapi']);
  const [instance] = out.entries;
  assert.equal(instance.httpStatus, 429);
  assert.equal(instance.retryable, true);
  assert.ok(instance.messages.includes('Concurrency Limit Exceeded.'));
  for (const key of ['code', 'messages', 'meaning', 'fix', 'docUrl', 'operations']) assert.ok(key in instance, key);
});

test('--api narrows to one surface and --lang switches the explanation language', () => {
  const r = runBuiltCli(['explain', 'InternalFailure', '--api', 'openapi', '--lang', 'zh-cn', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.entries.map((e: { api: string }) => e.api), ['openapi']);
  assert.match(out.entries[0].meaning, /内部错误/);
  const ja = runBuiltCli(['explain', 'Rejected.Disabled', '--lang', 'ja']);
  assert.match(ja.stdout, /無効/);
});

test('an HTTP status explains the code-less 413 row', () => {
  const r = runBuiltCli(['explain', '413', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.entries.length, 1);
  assert.equal(out.entries[0].code, '');
  assert.match(out.entries[0].meaning, /3 MB/);
});

test('an unknown code exits 1 and names the closest known codes', () => {
  const r = runBuiltCli(['explain', 'Forbiden.KeyNotFound']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /unknown error code "Forbiden\.KeyNotFound"\. Did you mean Forbidden\.KeyNotFound/);
  const j = runBuiltCli(['explain', 'Forbiden.KeyNotFound', '--json']);
  assert.equal(j.status, 1);
  const out = JSON.parse(j.stdout);
  assert.deepEqual(out.entries, []);
  assert.equal(out.suggestions[0], 'Forbidden.KeyNotFound');
});

test('a code on the other surface only is unknown there', () => {
  const r = runBuiltCli(['explain', 'Unauthorized', '--api', 'openapi', '--json']);
  assert.equal(r.status, 1);
  assert.deepEqual(JSON.parse(r.stdout).entries, []);
});

test('bad arguments exit 2 with a usage line', () => {
  for (const args of [['explain'], ['explain', 'X', '--lang', 'fr'], ['explain', 'X', '--api', 'rpc'], ['explain', 'X', '--bogus'], ['explain', 'A', 'B'], ['frobnicate'], []]) {
    const r = runBuiltCli(args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
    assert.match(r.stderr, /Usage: kms-errors/, args.join(' '));
  }
});

test('--help and --version answer on stdout', () => {
  const help = runBuiltCli(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /kms-errors explain <CODE/);
  assert.match(runBuiltCli(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
});

test('explain finds the client-side failures by our code, by the SDK code they alias, and by --api client', () => {
  const byCode = runBuiltCli(['explain', 'client.CaCertificateMissing']);
  assert.equal(byCode.status, 0, byCode.stderr);
  assert.match(byCode.stdout, /client\.CaCertificateMissing {2}\(no HTTP answer, client side \(before any KMS answer\)\)/);
  assert.match(byCode.stdout, /setCaFilePath/);
  const byAlias = JSON.parse(runBuiltCli(['explain', 'SDK.ReadTimeout', '--json']).stdout);
  assert.deepEqual(byAlias.entries.map((e: { api: string; code: string }) => `${e.api}:${e.code}`), ['client:client.Timeout']);
  const onlyClient = runBuiltCli(['explain', 'client.EndpointNotResolved', '--api', 'client', '--lang', 'ja', '--json']);
  assert.equal(onlyClient.status, 0, onlyClient.stderr);
  assert.match(JSON.parse(onlyClient.stdout).entries[0].meaning, /VPC/);
  assert.equal(runBuiltCli(['explain', 'client.EndpointNotResolved', '--api', 'openapi']).status, 1);
});

test('explain --api --json answers for every code of the reference rows, with every message and operation', () => {
  const rows = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'reference', 'kms-error-rows.json'), 'utf8')) as Record<
    'openapi' | 'instance',
    { operation: string; code: string | null; message: string | null }[]
  >;
  const missing: string[] = [];
  for (const api of ['openapi', 'instance'] as const) {
    const byCode = new Map<string, typeof rows.openapi>();
    for (const row of rows[api]) if (row.code !== null) byCode.set(row.code, [...(byCode.get(row.code) ?? []), row]);
    for (const [code, codeRows] of byCode) {
      // The instance 413 row has "None." for its code and message: it is asked for by status.
      const asked = code === 'None.' ? '413' : code;
      const r = runBuiltCli(['explain', asked, '--api', api, '--json']);
      if (r.status !== 0) {
        missing.push(`${api} ${code}: exit ${r.status}`);
        continue;
      }
      const [entry] = JSON.parse(r.stdout).entries as { messages: string[]; operations: string[]; documentedOperations: string[] }[];
      for (const row of codeRows) {
        if (row.message !== null && code !== 'None.' && !entry!.messages.includes(row.message)) missing.push(`${api} ${code}: message ${row.message}`);
        const common = row.operation === '(common)';
        if (common && entry!.operations.length > 0) missing.push(`${api} ${code}: a common code with operations`);
        if (!common && !entry!.documentedOperations.includes(row.operation)) missing.push(`${api} ${code}: operation ${row.operation}`);
        if (!common && entry!.operations.length > 0 && !entry!.operations.includes(row.operation)) missing.push(`${api} ${code}: operations lack ${row.operation}`);
      }
    }
  }
  assert.deepEqual(missing, []);
});

test('a documented misspelling explains the code it misspells and says so', () => {
  const r = runBuiltCli(['explain', 'Rejetced.PendingDeletion', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const [entry] = JSON.parse(r.stdout).entries;
  assert.equal(entry.code, 'Rejected.PendingDeletion');
  assert.equal(entry.api, 'openapi');
  assert.deepEqual(entry.aliases, ['Rejetced.PendingDeletion']);
  const plain = runBuiltCli(['explain', 'SerivceUnvailableTemporary']);
  assert.match(plain.stdout, /^ServiceUnavailableTemporary {2}\(HTTP 503, shared gateway/m);
  assert.match(plain.stdout, /Service Unvailable Temporary/);
  assert.match(plain.stdout, /Also documented as: .*SerivceUnvailableTemporary/);
});
