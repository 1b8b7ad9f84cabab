import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hoverAt } from '../../extension/server/hover';
import { commandArgs, doc, nearLine, positionOf, SAMPLE_LOG } from './serverTestKit';

function hoverText(text: string, needle: string, lang: 'en' | 'ja' | 'zh-cn' = 'en', within = 1, nth = 0) {
  const d = doc(text);
  const hover = hoverAt(d, positionOf(d, needle, within, nth), { lang, occurrencesNearLine: nearLine(d) });
  if (!hover) return null;
  const { contents, range } = hover as { contents: { kind: string; value: string }; range: NonNullable<typeof hover.range> };
  assert.equal(contents.kind, 'markdown');
  return { value: contents.value, range, covered: d.getText(range) };
}

test('a code in a Go SDK record: first line has code, status, API and meaning; the found message is marked', () => {
  const h = hoverText(SAMPLE_LOG, 'Code: Forbidden.KeyNotFound', 'en', 8);
  assert.ok(h, 'expected a hover');
  assert.equal(h.covered, 'Forbidden.KeyNotFound');
  const first = h.value.split('\n')[0]!;
  assert.match(first, /^\*\*Forbidden\\\.KeyNotFound\*\* · HTTP 404 · KMS instance API — /);
  assert.match(h.value, /`The specified key does not exist\.` \*\*← found here\*\*/);
  assert.match(h.value, /\[Documentation\]\(https:\/\//);
  assert.deepEqual(commandArgs(h.value, 'kmsErrors.showReference')[0], { api: 'instance', code: 'Forbidden.KeyNotFound', message: 'The specified key does not exist.' });
  assert.deepEqual(commandArgs(h.value, 'kmsErrors.copyRequestId'), [{ requestId: '475f1620-b9d3-4d35-b5c6-3fbdd941423d' }]);
});

test('a known message without its code (Java SDK) explains its entry', () => {
  const h = hoverText(SAMPLE_LOG, 'com.aliyun.tea.TeaException: The specified key', 'en', 32);
  assert.ok(h, 'expected a hover');
  assert.match(h.covered, /The specified key does not exist/);
  assert.match(h.value.split('\n')[0]!, /Forbidden\\\.KeyNotFound/);
});

test('hovering the RequestId of a record explains that record, over the RequestId span', () => {
  const h = hoverText(SAMPLE_LOG, 'a1b2c3d4-0000', 'en', 5);
  assert.ok(h, 'expected a hover on the RequestId');
  assert.equal(h.covered, 'a1b2c3d4-0000-4000-8000-000000000001');
  assert.match(h.value.split('\n')[0]!, /Rejected\\\.Throttling\*\* · HTTP 429/);
  assert.deepEqual(commandArgs(h.value, 'kmsErrors.copyRequestId'), [{ requestId: 'a1b2c3d4-0000-4000-8000-000000000001' }]);
});

test('a code the record does not place on one API shows both surfaces, the likelier first', () => {
  const h = hoverText('ERROR call failed: Rejected.Disabled\n', 'Rejected.Disabled');
  assert.ok(h, 'expected a hover');
  const sections = h.value.split('\n\n---\n\n');
  assert.ok(sections.length >= 2, h.value);
  assert.match(sections[0]!, /KMS instance API/);
  assert.match(sections[1]!, /shared gateway/);
  const refs = commandArgs(h.value, 'kmsErrors.showReference') as { api: string }[];
  assert.deepEqual(refs.map((r) => r.api), ['instance', 'openapi']);
});

test('the explanation follows the language: Japanese and Chinese labels', () => {
  const ja = hoverText(SAMPLE_LOG, 'Code: Forbidden.KeyNotFound', 'ja', 8);
  assert.ok(ja);
  assert.match(ja.value, /対処方法/);
  assert.match(ja.value, /リファレンスで表示/);
  const zh = hoverText(SAMPLE_LOG, 'Code: Forbidden.KeyNotFound', 'zh-cn', 8);
  assert.ok(zh);
  assert.match(zh.value, /解决方法/);
});

test('plain text and positions outside the document give no hover', () => {
  const d = doc(SAMPLE_LOG);
  const ctx = { lang: 'en' as const, occurrencesNearLine: nearLine(d) };
  assert.equal(hoverAt(d, positionOf(d, 'app started'), ctx), null);
  for (const position of [{ line: -1, character: 0 }, { line: 10_000, character: 0 }, { line: 0, character: -5 }, { line: 1.5, character: 0 }]) {
    assert.equal(hoverAt(d, position, ctx), null, JSON.stringify(position));
  }
  // Past the end of a line is clamped, not an error.
  assert.doesNotThrow(() => hoverAt(d, { line: 4, character: 10_000 }, ctx));
});

test('untrusted text in a record never becomes a link, markup or a foreign command', () => {
  const evil = 'ERROR Forbidden.KeyNotFound message: "[click](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>" requestId: "x](command:evil)"\n';
  const h = hoverText(evil, 'Forbidden.KeyNotFound');
  assert.ok(h);
  for (const m of h.value.matchAll(/\]\((command:[^?)]*)/g)) assert.ok(['command:kmsErrors.showReference', 'command:kmsErrors.decodePayload', 'command:kmsErrors.copyRequestId'].includes(m[1]!), m[1]);
  assert.doesNotMatch(h.value, /<img/);
});

test('the operation the record names comes first in the entry\'s operations, marked', () => {
  const log = '2024-06-01 12:00:03 ERROR kms.cn-hangzhou.aliyuncs.com Action=GetSecretValue Code: Forbidden.DKMSInstanceStateInvalid\n';
  const h = hoverText(log, 'Forbidden.DKMSInstanceStateInvalid');
  assert.ok(h, 'expected a hover');
  const ops = h.value.split('\n').find((l) => l.startsWith('**Operations:**'))!;
  assert.match(ops, /^\*\*Operations:\*\* `GetSecretValue` \*\*← found here\*\*, `CreateKey` _\(SDK or Terraform source\)_, /);
});

test('an entry that dozens of operations document keeps a hover of bounded size', () => {
  const log = '2024-06-01 12:00:03 ERROR kms.cn-hangzhou.aliyuncs.com Action=UploadCertificate Code: InvalidAccessKeyId.NotFound Message: The Access Key ID provided does not exist in our records.\n';
  const h = hoverText(log, 'InvalidAccessKeyId.NotFound');
  assert.ok(h, 'expected a hover');
  const openapi = h.value.split('\n\n---\n\n')[0]!;
  assert.ok(openapi.length < 1600, `${openapi.length} characters`);
  for (const line of openapi.split('\n')) assert.ok((line.match(/`[A-Z][A-Za-z]+`/g) ?? []).length <= 7, line);
  // A common code: any operation, and the found one after it.
  assert.match(openapi, /\*\*Operations:\*\* any operation · `UploadCertificate` \*\*← found here\*\*/);
  // The message, marked, lists the operations that document it: the found one first, two more, then a count.
  assert.match(openapi, /`The Access Key ID provided does not exist in our records\.` \(only from \*\*`UploadCertificate`\*\*, `[A-Za-z]+`, `[A-Za-z]+`, \+\d+ more\) \*\*← found here\*\*/);
});
