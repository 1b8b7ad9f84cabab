import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import protobuf from 'protobufjs/minimal';

// The sample workspace is what the end-to-end tests and `npm start` open: its files must keep
// the exact formats of the reference (shared/reference/kms-errors.md §3 and §4).
const WS = join(__dirname, '..', '..', 'samples', 'workspace');
const read = (path: string): string => readFileSync(join(WS, path), 'utf8');

/** Reads the four Error fields with protobuf's own wire reader, not with the code under test. */
function decodeErrorFields(bytes: Uint8Array): Record<string, string | number> {
  const reader = protobuf.Reader.create(bytes);
  const fields: Record<string, string | number> = {};
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    switch (tag >>> 3) {
      case 1: fields.StatusCode = reader.int32(); break;
      case 2: fields.ErrorCode = reader.string(); break;
      case 3: fields.ErrorMessage = reader.string(); break;
      case 4: fields.RequestId = reader.string(); break;
      default: reader.skipType(tag & 7);
    }
  }
  return fields;
}

test('the three payload files hold the same Error body: base64, hex and raw bytes', () => {
  const raw = readFileSync(join(WS, 'payloads', 'error-404.bin'));
  assert.deepEqual(Buffer.from(read('payloads/error-404.b64').trim(), 'base64'), raw);
  assert.deepEqual(Buffer.from(read('payloads/error-404.hex').trim(), 'hex'), raw);
  assert.deepEqual(decodeErrorFields(raw), {
    StatusCode: 404,
    ErrorCode: 'Forbidden.KeyNotFound',
    ErrorMessage: 'The specified key does not exist.',
    RequestId: '475f1620-b9d3-4d35-b5c6-3fbdd941423d',
  });
});

test('each SDK log carries its SDK\'s exact error format', () => {
  const formats: readonly [string, RegExp][] = [
    ['logs/java-tea-exception.log', /^com\.aliyun\.tea\.TeaException: The specified key does not exist\.$/m],
    ['logs/go-sdkerror.log', /^panic: SDKError:\n {3}StatusCode: 0\n {3}Code: Forbidden\.KeyNotFound\n {3}Message: The specified key does not exist\.\n {3}Data: \{"hostId":null,"httpCode":404,"requestId":"[0-9a-f-]{36}"\}$/m],
    ['logs/python-tea-exception.log', /^Tea\.exceptions\.TeaException: Error: Rejected\.Disabled The request was rejected because the key state is Disabled\. Response: \{'httpCode': 409, 'requestId': '[0-9a-f-]{36}', 'hostId': None\}$/m],
    ['logs/php-tea-error.log', /PHP Fatal error: {2}Uncaught AlibabaCloud\\Tea\\Exception\\TeaError: Request time exceeds server time more than 15 minutes\. in /],
    ['logs/csharp-tea-exception.log', /Tea\.TeaException: Signature is not matched\.$/m],
    ['logs/shared-gateway.log', /code: 404, The specified Key is not found\. request id: [0-9A-F-]{36}$/m],
  ];
  for (const [file, format] of formats) assert.match(read(file), format, file);
});

test('the TypeScript sample holds codes inside string literals', () => {
  const source = read('src/kmsErrorHandling.ts');
  for (const code of ['Forbidden.KeyNotFound', 'Rejected.Throttling', 'RequestTimeTooSkewed']) {
    assert.match(source, new RegExp(`'${code.replace('.', '\\.')}'`), code);
  }
});
