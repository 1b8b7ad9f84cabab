// The Hadoop ecosystem has a key server of its own named KMS: Hadoop KMS, and Apache Ranger's
// build of it, Ranger KMS. Their clients, REST paths and settings name another product: a Hadoop
// client's `Connection refused` or a Ranger admin's `Unauthorized` is not an Alibaba Cloud KMS error.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readRecordContext } from '../../extension/core/recognize/recordContext';
import { codes } from '../support/scannedCodes';

test("Ranger's key admin REST layer, which words a refused connection to Ranger KMS, reports nothing", () => {
  const branch = [
    '        } else if (message.contains("Connection refused")) {',
    '            message = "Connection refused : Please check the KMS provider URL and whether the Ranger KMS is running";',
    '        }',
  ].join('\n');
  assert.equal(readRecordContext(branch).otherCloud, true);
  assert.deepEqual(codes(branch), []);
});

test("Hadoop KMS's client class, REST path, provider URI and settings name another product", () => {
  for (const line of [
    'WARN kms.LoadBalancingKMSClientProvider: KMS provider at [https://master-03:9393/kms/v1/] threw an IOException: Connection refused',
    'at org.apache.hadoop.crypto.key.kms.KMSClientProvider.createConnection(KMSClientProvider.java:525): Connection refused',
    'hadoop.security.key.provider.path=kms://http@kms-host:9600/kms failed: Connection refused',
    'hadoop.kms.authentication.type=kerberos; KMS answered Unauthorized',
    'ranger-kms: Unauthorized',
  ]) {
    assert.equal(readRecordContext(line).otherCloud, true, line);
    assert.deepEqual(codes(line), [], line);
  }
});

test('Alibaba Cloud KMS beside the same words stays KMS', () => {
  assert.equal(readRecordContext('kms.cn-hangzhou.aliyuncs.com: Connection refused').otherCloud, false);
  assert.deepEqual(codes('kms decrypt failed: {"Code":"Unauthorized","Message":"The AccessKey ID \\"LTAI5t\\" does not exist in our records."}'), ['Unauthorized']);
  assert.equal(readRecordContext('strangerkms: Unauthorized').otherCloud, false);
});
