// A message's wording is a weaker sign of the API surface than the record's own fingerprint. The
// gateway words some refusals like the instance API, its value bare where the instance quotes it
// (`This operation for acs:kms:cn-hangzhou:xxxxx:secret/team-a is forbidden by permission system.`,
// AliyunContainerService/ack-secret-manager docs/serviceAccountRef_zh.md): found through the
// template's bare spelling, that wording narrowed Forbidden.NoPermission to the instance API even in
// a record whose Darabonba `code: 403, ... request id:` only the gateway's SDKs print.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../extension/core';

const surfaces = (text: string) => scanText(text).map((o) => [o.code, o.api, o.httpStatus]);

test("a gateway record keeps the gateway's surface when its message is worded like the instance API's", () => {
  const goTea = [
    'get data error SDKError:',
    '   StatusCode: 403',
    '   Code: Forbidden.NoPermission',
    '   Message: code: 403, This operation for acs:kms:cn-hangzhou:xxxxx:secret/team-a is forbidden by permission system. request id: 5E1D3C2B-1A0F-4E9D-8C7B-6A5F4E3D2C1B',
  ].join('\n');
  assert.deepEqual(surfaces(goTea), [['Forbidden.NoPermission', 'openapi', 403]]);
  assert.deepEqual(
    surfaces('com.aliyuncs.exceptions.ClientException: Forbidden.NoPermission : This operation for acs:kms:cn-hangzhou:1:key/k1 is forbidden by permission system.'),
    [['Forbidden.NoPermission', 'openapi', 403]],
  );
});

test("the instance API's wording still says instance where the record states no surface or the instance's", () => {
  assert.deepEqual(surfaces('kms decrypt failed: Forbidden.NoPermission This operation for "key-hzz6xxxx" is forbidden by permission system.'), [['Forbidden.NoPermission', 'instance', 403]]);
  assert.deepEqual(
    surfaces('Error: Forbidden.KeyNotFound The specified key does not exist. Response: {\'httpCode\': 404, \'requestId\': \'475f1620-b9d3-4d35-b5c6-3fbdd941423d\', \'hostId\': None}'),
    [['Forbidden.KeyNotFound', 'instance', 404]],
  );
});
