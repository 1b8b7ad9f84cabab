// A record that states another Alibaba Cloud product's request (recognize/otherProducts.ts): the
// aliyun CLI's `aliyun sts AssumeRole`, or the gateway's diagnosis link `...&product=Sts`, with KMS
// named by neither. There the word KMS (a region variable, a syncer's log message) is no KMS
// context, so a gateway-wide code beside it is that product's; KMS's own names still decide.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../extension/core';
import { namesAnotherAlibabaProduct } from '../../extension/core/recognize/otherProducts';

const codes = (text: string) => scanText(text).map((o) => o.code);

test("another product's CLI call or diagnosis link, and no KMS one, names another product", () => {
  assert.equal(namesAnotherAlibabaProduct('aliyun sts AssumeRole --RoleArn "$ROLE" --region "$KMS_REGION"'), true);
  assert.equal(namesAnotherAlibabaProduct('Recommend: https://api.aliyun.com/troubleshoot?q=InvalidAccessKeyId.NotFound&product=Sts'), true);
  assert.equal(namesAnotherAlibabaProduct("'Recommend': 'https://next.api.aliyun.com/troubleshoot?q=Forbidden.RAM&product=Ecs&requestId=1'"), true);
  // KMS named by a call, a link, its host or an SDK package: the key service's record.
  assert.equal(namesAnotherAlibabaProduct('aliyun sts AssumeRole ... && aliyun kms GetSecretValue --SecretName db'), false);
  assert.equal(namesAnotherAlibabaProduct('troubleshoot?q=Forbidden.RAM&product=Sts ... troubleshoot?q=Forbidden.RAM&product=Kms'), false);
  assert.equal(namesAnotherAlibabaProduct('aliyun sts AssumeRole; POST https://kms.cn-hangzhou.aliyuncs.com/'), false);
  assert.equal(namesAnotherAlibabaProduct('aliyun sts AssumeRole; import alibabacloud_kms20160120'), false);
  // No product named: the CLI's object-store commands, the word alone.
  assert.equal(namesAnotherAlibabaProduct('aliyun oss cp ./a oss://bucket/a'), false);
  assert.equal(namesAnotherAlibabaProduct('aliyun KMS secret sync failed'), false);
  // Prose is no call: the API name must be followed by a flag, a line continuation or the command's end.
  assert.equal(namesAnotherAlibabaProduct('failed on aliyun cloud Key Management Service: InvalidAccessKeyId.NotFound'), false);
  assert.equal(namesAnotherAlibabaProduct('run `aliyun ram CreateRole` first'), true);
  assert.equal(namesAnotherAlibabaProduct('aliyun ram CreateRole --RoleName kms-reader'), true);
});

test("a gateway-wide code in a record about another product is not KMS's, whatever KMS words are there", () => {
  // The CSI provider's script: STS's code named in the comment over the call, a KMS region variable below.
  const script = [
    '    # RAM user AK/SK may pass GetCallerIdentity immediately but fail AssumeRole',
    '    # due to IAM eventual consistency (InvalidAccessKeyId.NotFound).',
    '        if aliyun sts AssumeRole \\',
    '            --region "$KMS_REGION" > /dev/null 2>&1; then',
  ].join('\n');
  assert.deepEqual(codes(script), []);
  // A secret syncer's log of the STS error it got: the Go SDK's block, its link naming Sts.
  const syncer =
    '{"level":"error","msg":"failed to get secret value from kms","error":"SDK.ServerError\\nErrorCode: InvalidAccessKeyId.NotFound\\nRecommend: https://api.aliyun.com/troubleshoot?q=InvalidAccessKeyId.NotFound&product=Sts\\nRequestId: 2158B760-07BD-4A60-B7F7-B680F1517E9A\\nMessage: Specified access key is not found."}';
  assert.deepEqual(codes(syncer), []);
  // The same log with the key service's link, or a KMS-specific code: KMS's.
  assert.deepEqual(codes(syncer.replace('product=Sts', 'product=Kms')), ['InvalidAccessKeyId.NotFound']);
  assert.deepEqual(codes(`${script}\n    # or Forbidden.KeyNotFound when the key is gone`), ['InvalidAccessKeyId.NotFound', 'Forbidden.KeyNotFound']);
  // Without the other product's call, the KMS region variable is still the record's KMS word.
  assert.deepEqual(codes(script.replace('aliyun sts AssumeRole', 'get_secret')), ['InvalidAccessKeyId.NotFound']);
});
