// gRPC prints a call's expired deadline as `rpc error: code = DeadlineExceeded desc = context
// deadline exceeded`. The key service answers over HTTPS, so that status is another call's
// deadline: the Kubernetes API server's call to its local KMS plugin, whose tests expect it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isGrpcDeadlineDescription } from '../../extension/core/recognize/grpcDeadline';
import { codes } from '../support/scannedCodes';

test("the API server's call to its KMS plugin timing out is gRPC's deadline, not a KMS client's", () => {
  const record = [
    '\t\t{',
    '\t\t\tdesc:               "timeout zero but kms-plugin already up - still failure - zero timeout is an invalid value",',
    '\t\t\tcallTimeout:        0 * time.Second,',
    '\t\t\twantErr:            "rpc error: code = DeadlineExceeded desc = context deadline exceeded",',
    '\t\t},',
  ].join('\n');
  assert.deepEqual(codes(record), []);
  assert.deepEqual(codes('E1201 kms-plugin Decrypt failed: rpc error: code = DeadlineExceeded desc = context deadline exceeded'), []);
});

test('a KMS client timeout outside that status is still a client failure', () => {
  assert.deepEqual(codes('kms decrypt: Post "https://kms.cn-hangzhou.aliyuncs.com/": context deadline exceeded'), ['client.Timeout']);
  assert.deepEqual(
    codes('kms-plugin: rpc error: code = Internal desc = Post "https://kms.cn-hangzhou.aliyuncs.com/": dial tcp 47.1.1.1:443: i/o timeout'),
    ['client.Timeout'],
  );
});

test('the status prefix is matched right before the message only', () => {
  const text = 'rpc error: code = DeadlineExceeded desc = context deadline exceeded';
  assert.equal(isGrpcDeadlineDescription(text, text.indexOf('context')), true);
  assert.equal(isGrpcDeadlineDescription('desc = context deadline exceeded', 7), false);
  assert.equal(isGrpcDeadlineDescription(text, 0), false);
});
