// The SDK formats' record shapes and fields, one at a time (the corpus checks them on whole texts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ALL_CODES, scanText } from '../../extension/core';
import { operationOfMethod } from '../../extension/core/recognize/kmsOperations';
import { readRecordContext } from '../../extension/core/recognize/recordContext';
import { recordAt } from '../../extension/core/recognize/records';
import { operationFromSdkMethods } from '../../extension/core/recognize/sdkMethodOperation';

function recordText(text: string, needle: string): string {
  const r = recordAt(text, text.indexOf(needle));
  return text.slice(r.start, r.end);
}

test("the Go SDK.ServerError block's unindented lines and Terraform's (coloured) box lines continue their record", () => {
  const go = 'E0323 solver.go:56] error: SDK.ServerError\nErrorCode: Forbidden.KeyNotFound\nRecommend: https://x\nRequestId: ID\nMessage: M\n2024 next record';
  assert.equal(recordText(go, 'Message:'), go.slice(0, go.indexOf('\n2024')));
  const esc = '\x1b[31m│\x1b[0m';
  const tf = `\x1b[31m╷\x1b[0m\n${esc} Error: [ERROR] x\n${esc} ErrorCode: Forbidden.NoPermission\n\x1b[31m╵\x1b[0m\nnext`;
  assert.equal(recordText(tf, 'ErrorCode'), tf.slice(0, tf.indexOf('\nnext')));
});

test("PHP var_dump's top-level values continue the record above; words that merely start alike do not", () => {
  const dump = ['array(1) {', '  ["code"]=>', '  string(21) "Forbidden.KeyNotFound"', '}', 'string(33) "The specified key does not exist."', 'int(404)', 'bool(false)', 'float(1.5)', 'object(Error)#3 (1) {', '}'];
  const text = [...dump, 'stringify(x) failed', 'integer overflow'].join('\n');
  assert.equal(recordText(text, 'array(1)'), dump.join('\n'));
  // The dumped trace names the operation of the error dumped above it.
  const [o] = scanText([...dump.slice(0, 5), "string(80) \"#0 /app/sdk/src/Client.php(141): AlibabaCloud\\Dkms\\Gcs\\Sdk\\Client->decryptWithOptions(Object(DecryptRequest))"].join('\n'));
  assert.deepEqual([o?.code, o?.operation], ['Forbidden.KeyNotFound', 'Decrypt']);
});

test('unindented XML and JSON bodies are one record each', () => {
  const xml = '<KMS>\n<HttpStatus>400</HttpStatus>\n<Code>IllegalTimestamp</Code>\n<RequestId>3b237773-bc2c-4bea-95fc-319a1a5baa68</RequestId>\n</KMS>';
  assert.equal(recordText(xml, '<Code>'), xml);
  const [o] = scanText(xml);
  assert.deepEqual([o?.code, o?.httpStatus, o?.requestId], ['IllegalTimestamp', 400, '3b237773-bc2c-4bea-95fc-319a1a5baa68']);
  const json = '{\n"HttpStatus": 400\n"Code": "IllegalTimestamp"\n"RequestId": "e85db688-a2d3-44ca-9790-4259f59e90d8"\n}';
  assert.equal(recordText(json, '"Code"'), json);
});

test('placeholders are no request id, and the next real one is taken', () => {
  for (const placeholder of ['<nil>', '****', "''", 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', '6A1B2C3D****']) {
    const [o] = scanText(`kms error Forbidden.KeyNotFound RequestId: ${placeholder}`);
    assert.equal(o?.requestId, null, placeholder);
  }
  const [o] = scanText('kms Forbidden.KeyNotFound RequestId: xxxxxxxx-xxxx request_id=3C2F1A5B-1234-4A5B-8C9D-0123456789AB');
  assert.equal(o?.requestId, '3C2F1A5B-1234-4A5B-8C9D-0123456789AB');
});

test('request ids and statuses named in Chinese or Japanese, or behind a full-width colon, are read', () => {
  const id = '0A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9';
  const lines = [
    `KMS解密失败，错误码：Forbidden.KeyNotFound，错误信息：The specified Key is not found.，RequestId：${id}`,
    `kms 调用失败 Forbidden.KeyNotFound（请求ID：${id}）`,
    `kms 调用失败 Forbidden.KeyNotFound; 请求id: ${id}`,
    `KMS の呼び出しに失敗 Forbidden.KeyNotFound リクエストID: ${id}`,
  ];
  for (const line of lines) assert.equal(scanText(line)[0]?.requestId, id, line);
  // A status the record states wins over the catalog's (kms-errors.md section 2: sent beyond its 429).
  for (const line of ['kms Rejected.Throttling 状态码：400', 'kms Rejected.Throttling HTTP状态码: 400', 'kms Rejected.Throttling ステータスコード: 400', 'kms Rejected.Throttling status：400']) {
    assert.equal(scanText(line)[0]?.httpStatus, 400, line);
  }
  // A request id needs its label: a bare id after a full-width colon is not one.
  assert.equal(scanText(`kms 调用失败 Forbidden.KeyNotFound 编号：${id}`)[0]?.requestId, null);
});

test("pop-core's Error suffix is dropped; a longer word is still no code", () => {
  const [o] = scanText('Forbidden.KeyNotFoundError: The specified Key is not found., URL: https://kms.cn-hangzhou.aliyuncs.com/?Action=Decrypt');
  assert.deepEqual([o?.code, o?.start, o?.end, o?.operation], ['Forbidden.KeyNotFound', 0, 21, 'Decrypt']);
  assert.deepEqual(scanText('kms Forbidden.KeyNotFoundErrors happen'), []);
  assert.deepEqual(scanText('kms Forbidden.KeyNotFoundException thrown'), []);
});

test('SDK method names map to KMS operations; other names and non-client calls do not', () => {
  assert.equal(operationOfMethod('decryptWithOptions'), 'Decrypt');
  assert.equal(operationOfMethod('get_secret_value'), 'GetSecretValue');
  assert.equal(operationOfMethod('get_secret_value_with_options'), 'GetSecretValue');
  assert.equal(operationOfMethod('GetSecretValueWithContext'), 'GetSecretValue');
  assert.equal(operationOfMethod('DecryptAsync'), 'Decrypt');
  assert.equal(operationOfMethod('doRequest'), null);
  assert.equal(operationFromSdkMethods('\tat com.aliyun.kms20160120.Client.generateDataKeyWithOptions(Client.java:2300)'), 'GenerateDataKey');
  assert.equal(operationFromSdkMethods('kms.(*Client).GetSecretValue(0xc000123456)'), 'GetSecretValue');
  assert.equal(operationFromSdkMethods('  File "app.py", line 10, in get_secret_value'), 'GetSecretValue');
  // PHP stack traces call methods with `->`; the SDK's internal doRequest names no operation itself.
  assert.equal(operationFromSdkMethods("#0 /app/Client.php(120): AlibabaCloud\\Dkms\\Gcs\\OpenApi\\Client->doRequest('Encrypt', 'dkms-gcs-0.2')\n#1 /app/encrypt.php(18): AlibabaCloud\\Dkms\\Gcs\\Sdk\\Client->encrypt(Object(EncryptRequest))"), 'Encrypt');
  assert.equal(operationFromSdkMethods('#1 /app/KeyService.php(9): App\\KeyService->decrypt($blob)'), null);
  assert.equal(operationFromSdkMethods('\tat com.example.KeyService.decrypt(KeyService.java:42)'), null);
});

// The PHP instance SDK's samples var_dump TeaError::getErrorInfo() (aliyun/alibabacloud-dkms-gcs-php-sdk
// examples/*.php); PHP users paste print_r dumps too. Their `=>` is no `key: value`.
test("a PHP Tea error array dumped with var_dump or print_r gives its request id and status", () => {
  const id = '9a3c1e5b-7d2f-4a6e-8b1c-3e5f7a9b1d2c';
  const varDump = `array(3) {\n  ["code"]=>\n  string(21) "Forbidden.KeyNotFound"\n  ["message"]=>\n  string(33) "The specified key does not exist."\n  ["data"]=>\n  array(3) {\n    ["httpCode"]=>\n    int(404)\n    ["requestId"]=>\n    string(36) "${id}"\n    ["hostId"]=>\n    NULL\n  }\n}`;
  const [v] = scanText(varDump);
  assert.deepEqual([v?.code, v?.httpStatus, v?.requestId], ['Forbidden.KeyNotFound', 404, id]);
  const printR = `Array\n(\n    [code] => Forbidden.KeyNotFound\n    [message] => The specified key does not exist.\n    [data] => Array\n        (\n            [httpCode] => 404\n            [requestId] => ${id}\n            [hostId] => \n        )\n\n)`;
  const [p] = scanText(printR);
  assert.deepEqual([p?.code, p?.httpStatus, p?.requestId], ['Forbidden.KeyNotFound', 404, id]);
  // The status the dump states wins over the code's usual one (a 5xx from a proxy, for instance).
  const gateway = `Array\n(\n    [code] => InternalFailure\n    [message] => Internal Failure.\n    [data] => Array\n        (\n            [statusCode] => 502\n            [requestId] => ${id}\n            [host] => kms.cn-hangzhou.aliyuncs.com\n        )\n)`;
  const [s] = scanText(gateway);
  assert.deepEqual([s?.code, s?.httpStatus, s?.requestId], ['InternalFailure', 502, id]);
});

test("no code starts with a message field's key, so the field is searched from the code in place", () => {
  // scanRecord reads a code's message field from the code on in the whole record: a key at the
  // code itself would see a `\b` there that a copy of the record from the code does not.
  for (const code of ALL_CODES) assert.doesNotMatch(code, /^(?:ErrorMessage|Message|message|msg)/);
  const [o] = scanText('level=error code=Rejected.Disabled message="The key is off." requestId=x');
  assert.equal(o?.message, 'The key is off.');
});

// The vendor's generated samples (OpenAPI Explorer, every language) print the error's message,
// then `error.getData().get("Recommend")` on a line of its own: the gateway's diagnosis link.
test('a Recommend URL on a line of its own names the shared gateway when its product is Kms', () => {
  const id = '0d2a2e6b-1c3d-4e5f-8a9b-0c1d2e3f4a5b';
  const [o] = scanText(`https://api.aliyun.com/troubleshoot?q=Forbidden.KeyNotFound&product=Kms&requestId=${id}`);
  assert.deepEqual([o?.code, o?.api, o?.httpStatus, o?.requestId], ['Forbidden.KeyNotFound', 'openapi', 404, id]);
  // Another product's link to a code every gateway sends is not KMS's.
  assert.deepEqual(scanText(`https://api.aliyun.com/troubleshoot?q=InvalidAccessKeyId.NotFound&product=Ecs&requestId=${id}`), []);
  assert.equal(scanText(`https://api.aliyun.com/troubleshoot?q=InvalidAccessKeyId.NotFound&product=Kms&requestId=${id}`)[0]?.api, 'openapi');
});

// The generated samples' catch block prints the message, then the Recommend link: one error. In
// Node the message carries the code (`${code}: ${message}`), and the link names it again.
test('a Recommend link on the line after a gateway message continues its record: one error, not two', () => {
  const id = '0A9B8C7D-6E5F-4A3B-9C2D-1E0F9A8B7C6D';
  const text = `Rejected.Throttling: code: 429, The QPS upper limit is exceeded. request id: ${id}\nhttps://api.aliyun.com/troubleshoot?q=Rejected.Throttling&product=Kms&requestId=${id}\n`;
  const found = scanText(text);
  assert.deepEqual(found.map((o) => [o.start, o.code, o.api, o.httpStatus, o.requestId]), [[0, 'Rejected.Throttling', 'openapi', 429, id]]);
  // After a blank line the link is a record of its own.
  assert.equal(scanText(text.replace('\n', '\n\n')).length, 2);
  // The same link from the newer console and the international site.
  for (const host of ['next.api.aliyun.com', 'api.alibabacloud.com']) assert.equal(scanText(text.replace('api.aliyun.com', host)).length, 1, host);
});

// Source code builds the instance host from a template next to the codes it retries on
// (ack-secret-manager pkg/utils/util.go): the template names no request, so no API surface.
test('an instance host written as a template (%s, {}, ${id}) is no fingerprint of the instance API; a real host is', () => {
  const consts = (host: string) => `const (\n\tREJECTED_THROTTLING = "Rejected.Throttling"\n\tKMSVPCDomain        = "${host}"\n)`;
  for (const template of ['%s.cryptoservice.kms.aliyuncs.com', '{}.cryptoservice.kms.aliyuncs.com', '${instanceId}.cryptoservice.kms.aliyuncs.com']) {
    const [o, ...rest] = scanText(consts(template));
    assert.deepEqual([o?.code, o?.api, rest.length], ['Rejected.Throttling', 'unknown', 0], template);
  }
  for (const host of ['kst-hzz65f1a2b3c4d5e6f7g8.cryptoservice.kms.aliyuncs.com', '<KMS_INSTANCE_ID>.cryptoservice.kms.aliyuncs.com']) {
    assert.equal(scanText(consts(host))[0]?.api, 'instance', host);
  }
});

test('fields inside a JSON string are read through its escapes: a key glued to an escaped line break, escaped quotes', () => {
  // logback's stack_trace holding the classic Java SDK's `\r\nRequestId : ID` line.
  const logback = String.raw`{"level":"ERROR","stack_trace":"com.aliyuncs.exceptions.ServerException: Forbidden.KeyNotFound : The specified Key is not found.\r\nRequestId : 6F1E2D3C-4B5A-4978-8A9B-0C1D2E3F4A5B\n\tat com.aliyuncs.DefaultAcsClient.getAcsResponse(DefaultAcsClient.java:219)\n"}`;
  assert.equal(readRecordContext(logback).requestId, '6F1E2D3C-4B5A-4978-8A9B-0C1D2E3F4A5B');
  // zap's error field holding a Go SDKError block whose Data map's quotes are escaped.
  const zap = String.raw`{"level":"error","error":"SDKError:\n   StatusCode: 0\n   Code: InternalFailure\n   Data: {\"hostId\":null,\"httpCode\":503,\"requestId\":\"475f1620-b9d3-4d35-b5c6-3fbdd941423d\"}"}`;
  const ctx = readRecordContext(zap);
  assert.deepEqual([ctx.httpStatus, ctx.requestId], [503, '475f1620-b9d3-4d35-b5c6-3fbdd941423d']);
  assert.equal(readRecordContext(String.raw`{"msg":"{\"status\":409,\"x-kms-apiname\":\"Encrypt\"}"}`).operation, 'Encrypt');
  assert.equal(readRecordContext(String.raw`{"msg":"{\"status\":409}"}`).httpStatus, 409);
  // An escape letter glued to a longer word is still no key.
  assert.equal(readRecordContext('myrequestId: 6F1E2D3C-4B5A-4978').requestId, null);
});

test("the log service's error JSON is no Tea data map: its httpCode is no fingerprint of the instance API", () => {
  const sls = String.raw`{"level":"error","msg":"put logs failed","error":"{\"httpCode\":401,\"errorCode\":\"Unauthorized\",\"errorMessage\":\"denied by sts or ram, action: log:PostLogStoreLogs\",\"requestID\":\"66322E1A2B3C4D5E6F708192\"}"}`;
  assert.deepEqual(scanText(sls), []);
  assert.deepEqual(scanText(sls.replace(/\\"/g, '"')), []);
  // The instance SDK's data map with the same code is still the instance API's error.
  const tea = `Error: Unauthorized The AccessKey ID "KAAP.1" does not exist in our records. Response: {'httpCode': 404, 'requestId': '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e', 'hostId': None}`;
  const [o] = scanText(tea);
  assert.deepEqual([o?.code, o?.api, o?.httpStatus], ['Unauthorized', 'instance', 404]);
});

// `action=decrypt` is a method's name and `action: log:PostLogStoreLogs` another service's action:
// neither is an API's spelling of an operation.
test('an operation stated in lower case is reported only as the KMS operation it names', () => {
  const op = (t: string) => scanText(t)[0]?.operation;
  assert.equal(op('level=error msg="kms call failed" code=Rejected.Disabled action=decrypt'), 'Decrypt');
  assert.equal(op('level=error code=Rejected.Disabled action: log:PostLogStoreLogs kms'), null);
  assert.equal(op('kms error code=Rejected.Disabled Action=Decrypt'), 'Decrypt');
});

// terraform-provider-alicloud's generated resources name the gateway operation in a Go variable
// (`action := "DeleteSecret"`) and pass it to a generic DoRequest: the declaration states it.
test("Go's short declaration of the action variable states the operation", () => {
  const go = [
    'func resourceAlicloudKmsSecretDelete(d *schema.ResourceData, meta interface{}) error {',
    '	action := "DeleteSecret"',
    '	response, err = conn.DoRequest(StringPointer(action), nil, StringPointer("POST"), StringPointer("2016-01-20"), StringPointer("AK"), nil, request, &util.RuntimeOptions{})',
    '	if IsExpectedErrors(err, []string{"Forbidden.ResourceNotFound"}) {',
    '}',
  ].join('\n');
  const [o] = scanText(go);
  assert.deepEqual([o?.code, o?.operation], ['Forbidden.ResourceNotFound', 'DeleteSecret']);
  // A transaction's declaration is no action, nor is a lower-case method name another service's.
  assert.equal(readRecordContext('transaction := "DeleteSecret"').operation, null);
  assert.equal(readRecordContext('action := "log:PostLogStoreLogs"').operation, null);
});

// Code that signs its own gateway requests sets the action as a dictionary key: C#'s indexer
// initializer, Python's and PHP's subscript assignment. A comparison states nothing.
test('an action set as a dictionary key states the operation', () => {
  const csharp = [
    '{',
    '    var parameters = new Dictionary<string, string>',
    '    {',
    '        ["Action"] = "CreateSecret",',
    '        ["SecretName"] = secretName,',
    '    };',
    '    if (error?.Code == "Rejected.ResourceExist")',
    '}',
  ].join('\n');
  const [o] = scanText(csharp);
  assert.deepEqual([o?.code, o?.operation], ['Rejected.ResourceExist', 'CreateSecret']);
  assert.equal(readRecordContext("params['Action'] = 'Decrypt'").operation, 'Decrypt');
  assert.equal(readRecordContext("$query['Action'] = 'GetSecretValue';").operation, 'GetSecretValue');
  assert.equal(readRecordContext('if action == "Decrypt":').operation, null);
});

// HTTP's `401 Unauthorized` reason phrase is no KMS error; a number that merely ends in 401 is no status.
test("only the word 401 before Unauthorized is HTTP's reason phrase", () => {
  const kms = 'kms call failed: 401 Unauthorized';
  assert.deepEqual(scanText(kms), []);
  assert.equal(scanText('kms call failed: order 5401 Unauthorized')[0]?.code, 'Unauthorized');
});
