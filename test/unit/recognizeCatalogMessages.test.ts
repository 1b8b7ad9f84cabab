// Message-only recognition over the whole catalog: the Java, PHP and C# SDKs print only the
// server's message, so every documented message must lead back to its code. The lines are built
// in the shapes those SDKs print (sdk-error-formats.md): the Tea SDKs'
// `com.aliyun.tea.TeaException: code: 404, <message> request id: <id>` and PHP's
// `ErrorMessage: <message>` after a KMS host.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CATALOG, entryKey, parseMessageTemplate, scanText, type CatalogEntry, type MessageVariant } from '../../extension/core';
import { KNOWN_MESSAGES } from '../../extension/core/recognize/messageWords';

const REQUEST_ID = '6A1B2C3D-4E5F-4071-8293-A4B5C6D7E8F9';

/** A message as a server would fill it in: each hole gets a plausible value. */
function instantiate(text: string): string {
  const { literals } = parseMessageTemplate(text);
  return literals.join('key-9f3a2c');
}

// The frames the gateway SDK (kms20160120) and the KMS instance SDK (dkms-gcs) print under the exception.
const GATEWAY_FRAME = '\tat com.aliyun.kms20160120.Client.callApi(Client.java:212)';
const INSTANCE_FRAME = '\tat com.aliyun.dkms.gcs.openapi.Client.doRequest(Client.java:148)';

function teaLine(status: number | null, message: string): string {
  return `com.aliyun.tea.TeaException: code: ${status ?? 400}, ${message} request id: ${REQUEST_ID}`;
}

/** Every message of a surface's entries (the code-less 413 row has none). */
function messagesOf(api: CatalogEntry['api']): { entry: CatalogEntry; variant: MessageVariant }[] {
  return CATALOG.filter((e) => e.api === api).flatMap((entry) => entry.messages.map((variant) => ({ entry, variant })));
}

/** Whether another catalog message (not of this code) is a longer match at the same place. */
function shadowed(entry: CatalogEntry, text: string): boolean {
  return KNOWN_MESSAGES.some((k) => k.text !== text && k.text.length > text.length && text.startsWith(k.literals[0]!) && !k.entries.some((e) => e.code === entry.code));
}

for (const api of ['openapi', 'instance'] as const) {
  test(`every ${api} message, printed without its code, leads to its entry`, () => {
    const misses: string[] = [];
    const samples = messagesOf(api);
    assert.ok(samples.length > (api === 'openapi' ? 85 : 20), `only ${samples.length} messages`);
    let checked = 0;
    for (const { entry, variant } of samples) {
      // A message that spells its own code (`InternalFailure`) is found as that code.
      if (variant.text === entry.code || shadowed(entry, variant.text)) continue;
      checked++;
      const message = instantiate(variant.text);
      // Generic wordings count only with KMS in the record, as the SDK's class names give it.
      const line = api === 'openapi' ? `${teaLine(entry.httpStatus, message)}\n${GATEWAY_FRAME}` : `com.aliyun.tea.TeaException: ${message}\n${INSTANCE_FRAME}`;
      const found = scanText(line);
      const hit = found.find((o) => o.entryKeys.includes(entryKey(entry)));
      if (!hit) misses.push(`${entryKey(entry)}: ${JSON.stringify(message)} -> ${found.map((o) => `${o.kind}:${o.code}`).join(',') || 'nothing'}`);
      else if (hit.api !== api) misses.push(`${entryKey(entry)}: read as ${hit.api}`);
      else if (hit.kind === 'message') assert.equal(hit.message, message);
      // A wording only this code sends names the code itself.
      const senders = new Set(KNOWN_MESSAGES.find((k) => k.text === variant.text)?.entries.map((e) => e.code));
      if (hit && senders.size === 1 && hit.code !== entry.code) misses.push(`${entryKey(entry)}: named ${hit.code}`);
    }
    assert.ok(checked >= samples.length - 3, `${samples.length - checked} messages skipped`);
    assert.deepEqual(misses, []);
  });
}

// Per-operation wordings of the gateway's API metadata that differ from the common table's.
const PER_OPERATION: readonly [string, string][] = [
  ['The Access Key ID provided does not exist in our records.', 'InvalidAccessKeyId.NotFound'],
  ['The specified AccessKey ID does not exist.', 'InvalidAccessKeyId.NotFound'],
  ['import token is expired', 'ExpiredImportToken'],
  ['key material is invalid', 'InvalidKeyMaterial'],
  ['Service Unvailable Temporary', 'ServiceUnavailableTemporary'],
  ['The request was rejected becasue key already exsit', 'Rejected.ResourceExist'],
  ['secret in delete peroid', 'Rejected.ResourceInDeleteWindow'],
  ['The specified parameter RotationInterval is not valid.', 'InvalidParameter'],
  ['This key origin is not valid for this api', 'Unsupported.Origin'],
];

test('per-operation wordings are found message-only, each with its own code and exact text', () => {
  for (const [message, code] of PER_OPERATION) {
    // The gateway SDK's own frame is the KMS context a generic wording needs.
    const [hit, ...rest] = scanText(`2024-06-01 12:00:03 ERROR ${teaLine(400, message)}\n${GATEWAY_FRAME}`);
    assert.equal(hit?.kind, 'message', message);
    assert.equal(hit.code, code, message);
    assert.equal(hit.message, message);
    assert.ok(hit.entryKeys.includes(`openapi:${code}`), hit.entryKeys.join());
    assert.deepEqual(rest, [], message);
  }
});

test('a wording without its final period is told from the one with it', () => {
  const [withPeriod] = scanText(teaLine(400, 'import token is invalid.'));
  const [without] = scanText(teaLine(400, 'import token is invalid'));
  assert.equal(withPeriod?.message, 'import token is invalid.');
  assert.equal(without?.message, 'import token is invalid');
  assert.equal(without?.code, 'InvalidImportToken');
});

test('a PHP line after a KMS host names the code of a per-operation message', () => {
  const line = 'PHP Fatal error: Uncaught AlibabaCloud\\Client\\Exception\\ServerException: ErrorMessage: secret stages in unnormal status RequestId: ' + REQUEST_ID + ' host kms.cn-hangzhou.aliyuncs.com';
  const [hit] = scanText(line);
  assert.equal(hit?.code, 'Rejected.UnsupportedOperation');
  assert.equal(hit.kind, 'message');
});

test('generic new wordings need KMS in their record', () => {
  for (const message of ['Resource not found.', 'Request was denied due to request throttling.', 'Current user is indebted.', 'param mismatch']) {
    assert.deepEqual(scanText(`2024-06-01 12:00:03 ERROR upstream said: ${message}`), [], message);
    assert.equal(scanText(`2024-06-01 12:00:03 ERROR kms.cn-hangzhou.aliyuncs.com said: ${message}`).length, 1, message);
  }
  assert.deepEqual(scanText('2024-06-01 12:00:03 WARN Throttling requests to /api/orders'), []);
});

test('a word that is a gateway code and, whole, an instance message is one error, chosen by the record', () => {
  const instance = scanText(`com.aliyun.tea.TeaException: Rejected.UnsupportedOperation\n${INSTANCE_FRAME}`);
  assert.deepEqual(instance.map((o) => [o.kind, o.code, o.api]), [['message', 'UnsupportedOperation', 'instance']]);
  const gateway = scanText('Error: Rejected.UnsupportedOperation Unsupported operation. host kms.cn-hangzhou.aliyuncs.com');
  assert.deepEqual(gateway.map((o) => [o.kind, o.code, o.api]), [['code', 'Rejected.UnsupportedOperation', 'openapi']]);
});

test('the classic SDKs\' `CODE : MESSAGE` attaches a per-operation message to its new code', () => {
  const line = `com.aliyuncs.exceptions.ClientException: Rejected.ResourceInUse : restore normal secret\r\nRequestId : ${REQUEST_ID}`;
  const [hit, ...rest] = scanText(line);
  assert.equal(hit?.kind, 'code');
  assert.equal(hit.code, 'Rejected.ResourceInUse');
  assert.equal(hit.message, 'restore normal secret');
  assert.equal(hit.requestId, REQUEST_ID);
  assert.deepEqual(rest, []);
});

test('a C# Tea line of the gateway SDK names the code of a new message', () => {
  const text = `Tea.TeaException: code: 400, The specified key does not support key policy. request id: ${REQUEST_ID}\n   at AlibabaCloud.SDK.Kms20160120.Client.GetKeyPolicyWithOptions(GetKeyPolicyRequest request, RuntimeOptions runtime)`;
  const [hit] = scanText(text);
  assert.equal(hit?.code, 'Forbidden.KeyPolicyUnSupported');
  assert.equal(hit.api, 'openapi');
  assert.equal(hit.httpStatus, 400);
});

test('every template with a quoted value is also found with the value bare, as wrappers print it, and only as one token', () => {
  const quotedHole = (l: readonly string[]) => l.some((x, i) => i < l.length - 1 && x.endsWith('"') && l[i + 1]!.startsWith('"'));
  const templates = KNOWN_MESSAGES.filter((k) => quotedHole(k.literals));
  assert.ok(templates.length >= 5, `${templates.length} templates with a quoted hole`);
  const misses: string[] = [];
  for (const k of templates) {
    const bare = k.literals.map((l, i) => (i > 0 ? l.replace(/^"/, '') : l)).map((l, i, all) => (i < all.length - 1 ? l.replace(/"$/, '') : l)).join('KeySpec');
    const withoutPeriod = bare.replace(/\.$/, '');
    const code = k.entries[0]!.code;
    for (const printed of [bare, withoutPeriod]) {
      // The record says KMS, so generic wordings count too.
      const found = scanText(`2024-05-01 ERROR kms call failed: '${printed}'`).filter((o) => o.code === code);
      if (found.length !== 1) misses.push(`${code}: ${printed}`);
    }
  }
  assert.deepEqual(misses, []);
  const kms = (printed: string) => scanText(`2024-05-01 ERROR kms call failed: ${printed}`).filter((o) => o.code === 'InvalidParameter');
  assert.equal(kms('The specified parameter AccessKeyId is not valid').length, 1);
  // A bare value is one token; the last word is whole; a value of over 64 characters is no key name.
  assert.equal(kms('The specified parameter Access Key Id is not valid').length, 0);
  assert.equal(kms('The specified parameter AccessKeyId is not validated').length, 0);
  assert.equal(kms(`The specified parameter ${'x'.repeat(65)} is not valid`).length, 0);
  // Without KMS in the record, the generic wording is another service's.
  assert.equal(scanText("2024-05-01 ERROR ecs call failed: 'The specified parameter AccessKeyId is not valid'").length, 0);
});
