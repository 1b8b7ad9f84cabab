// The public recognition API: whole-text scan, lookup at a position, incremental index, summary.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { DocumentIndex, lineIndexOf, occurrencesAt, scanText, summarize } from '../../extension/core';
import { MutableLines, stringLineSource } from '../support/stringLineSource';

const GO_BLOCK = [
  '2024-05-01T10:00:00Z ERROR decrypt failed: SDKError:',
  '   StatusCode: 0',
  '   Code: Forbidden.KeyNotFound',
  '   Message: The specified key does not exist.',
  '   Data: {"hostId":null,"httpCode":404,"requestId":"475f1620-b9d3-4d35-b5c6-3fbdd941423d"}',
  '2024-05-01T10:00:01Z INFO retrying with request id: aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
];

test('scanText reads the status and request id from the Go SDKError block, not from the next record', () => {
  const [o, ...rest] = scanText(GO_BLOCK.join('\n'));
  assert.equal(rest.length, 0);
  assert.ok(o);
  assert.equal(o.code, 'Forbidden.KeyNotFound');
  assert.equal(o.api, 'instance');
  assert.equal(o.httpStatus, 404);
  assert.equal(o.requestId, '475f1620-b9d3-4d35-b5c6-3fbdd941423d');
  assert.equal(o.message, 'The specified key does not exist.');
  assert.deepEqual(o.entryKeys, ['instance:Forbidden.KeyNotFound']);
});

test('occurrencesAt finds the occurrence under the cursor and nothing beside it', () => {
  const source = stringLineSource(GO_BLOCK.join('\r\n'));
  const [hit] = occurrencesAt(source, 2, 12);
  assert.equal(hit?.code, 'Forbidden.KeyNotFound');
  assert.equal(hit?.requestId, '475f1620-b9d3-4d35-b5c6-3fbdd941423d');
  assert.deepEqual(occurrencesAt(source, 2, 2), []);
  assert.deepEqual(occurrencesAt(source, 5, 10), []);
});

test('summarize groups by code with counts and first and last lines', () => {
  const text = ['x Forbidden.KeyNotFound', 'y', 'z Rejected.Throttling', 'w Forbidden.KeyNotFound'].join('\n');
  const s = summarize('file:///a.log', scanText(text), lineIndexOf(text));
  assert.equal(s.total, 3);
  assert.deepEqual(
    s.rows.map((r) => [r.code, r.count, r.firstLine, r.lastLine, r.httpStatus]),
    [
      ['Forbidden.KeyNotFound', 2, 0, 3, 404],
      ['Rejected.Throttling', 1, 2, 2, 429],
    ],
  );
});

const LINE_POOL = [
  '2024-05-01 ERROR kms call failed',
  '   Code: Forbidden.KeyNotFound',
  '   Data: {"httpCode":404,"requestId":"475f1620-b9d3-4d35-b5c6-3fbdd941423d"}',
  '\tat com.aliyun.dkms.gcs.openapi.Client.doRequest(Client.java:120)',
  'com.aliyun.tea.TeaException: The specified key does not exist.',
  'INFO nothing here',
  '',
  'Error: InternalFailure Internal Failure. Response: {}',
  '  "code": "Rejected.Throttling",',
  '}',
  // A traceback: its exception line joins the frames above only right below them (records.ts),
  // so an edit there changes the record of a line further down.
  'Traceback (most recent call last):',
  '  File "/site-packages/alibabacloud_kms20160120/client.py", line 9, in decrypt_with_options',
  "Tea.exceptions.TeaException: Error: InvalidAccessKeyId.NotFound code: 404, Specified access key is not found. request id: 0A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9 Response: {'statusCode': 404}",
  // A field-by-field print (formats/teaFieldPrint.ts): the exception line right below it joins it.
  'code: Rejected.Disabled',
  'requestId: 7d8e9f0a-1b2c-4d3e-9f8a-7b6c5d4e3f2a',
  // An indented paste (indentedRecords.ts): a log line at the block's indentation starts a
  // record by the lines above it, so an edit above changes the record of a line further down.
  '    2024-05-01 ERROR kms: Forbidden.KeyNotFound request id: 475f1620-b9d3-4d35-b5c6-3fbdd941423d',
  '        at com.aliyun.dkms.gcs.sdk.Client.decryptWithOptions(Client.java:96)',
  '    2024-05-01 ERROR kms: Rejected.Throttling',
  '    Traceback (most recent call last):',
  // A table one cell a line (cellBelowCode.ts): the line below a code alone joins its record.
  'InvalidParam',
  'The Param Date is invalid.',
];

test('DocumentIndex after random edits equals a fresh scan of the edited text', () => {
  const line = fc.constantFrom(...LINE_POOL);
  fc.assert(
    fc.property(
      fc.array(line, { minLength: 1, maxLength: 30 }),
      fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.array(line, { maxLength: 4 })), { maxLength: 8 }),
      (initial, edits) => {
        const doc = new MutableLines([...initial]);
        const index = new DocumentIndex(doc);
        for (const [at, removeCount, inserted] of edits) {
          const start = at % (doc.lines.length + 1);
          const end = Math.min(doc.lines.length, start + removeCount);
          doc.lines.splice(start, end - start, ...inserted);
          let newLineCount = inserted.length;
          // An editor document always has at least one (possibly empty) line.
          if (doc.lines.length === 0) {
            doc.lines.push('');
            newLineCount = 1;
          }
          index.applyChange(start, end, newLineCount);
        }
        assert.deepEqual(index.occurrences(), scanText(doc.text()));
      },
    ),
    { numRuns: 300 },
  );
});

test('payload occurrences carry the decoded fields and the form they were printed in', () => {
  const b64 = 'body=CJQDEhVGb3JiaWRkZW4uS2V5Tm90Rm91bmQaIVRoZSBzcGVjaWZpZWQga2V5IGRvZXMgbm90IGV4aXN0LiIkNDc1ZjE2MjAtYjlkMy00ZDM1LWI1YzYtM2ZiZGQ5NDE0MjNk';
  const [p] = scanText(b64);
  assert.equal(p?.kind, 'payload');
  assert.equal(p?.start, 5);
  assert.equal(p?.end, b64.length);
  assert.deepEqual(p?.payload, {
    format: 'base64',
    fields: { StatusCode: 404, ErrorCode: 'Forbidden.KeyNotFound', ErrorMessage: 'The specified key does not exist.', RequestId: '475f1620-b9d3-4d35-b5c6-3fbdd941423d' },
  });
  const faq = 'MissingParamter AParamter x-kms-acccesskeyid does not exist in http header or body "$430c76cd-******';
  const [legacy] = scanText(faq);
  assert.equal(legacy?.payload?.format, 'binary');
  assert.equal(legacy?.message, 'Paramter x-kms-acccesskeyid does not exist in http header or body');
  // One character more or less in the message and the length byte no longer fits: not a body.
  const noId = faq.slice(0, faq.indexOf(' "$'));
  assert.equal(scanText(noId)[0]?.kind, 'payload');
  assert.deepEqual(scanText(noId.replace('body', 'bodyy')).filter((o) => o.kind === 'payload'), []);
  assert.deepEqual(scanText(noId.replace('body', 'bod')).filter((o) => o.kind === 'payload'), []);
});

test('the operation comes from the record when it names one (x-kms-apiname, action, api_name)', () => {
  const ops = (line: string): (string | null)[] => scanText(line).map((o) => o.operation);
  assert.deepEqual(ops('{"msg":"kms decrypt failed","error":{"code":"Rejected.Disabled"},"x-kms-apiname":"Decrypt"}'), ['Decrypt']);
  assert.deepEqual(ops('level=error msg="dkms" code=Rejected.PendingImport action=Encrypt'), ['Encrypt']);
  assert.deepEqual(ops('level=error msg="kms" code=InvalidParam api_name=GenerateDataKey'), ['GenerateDataKey']);
  assert.deepEqual(ops('level=error code=Rejected.Throttling'), [null]);
});
