// "KMS" names other software too: Kubernetes' KMS encryption provider and its plugins, Linux's
// DKMS, the kernel's mode setting, Windows' volume activation, KMIP servers, other vendors' key
// managers, Vault and SOPS. In a record whose kms is one of those, a generic code or a client-side
// failure is that software's (recognize/anotherKms.ts), unless the record names Alibaba Cloud.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../extension/core';
import { readRecordContext } from '../../extension/core/recognize/recordContext';
import { codes } from '../support/scannedCodes';

test("kube-apiserver's KMS provider timing out on its plugin's socket is no KMS client timeout", () => {
  // kubernetes-sigs/aws-encryption-provider#74, kube-apiserver.log.
  const line = '[-]kms-provider-0 failed: rpc error: code = DeadlineExceeded desc = context deadline exceeded';
  assert.equal(readRecordContext(line).kmsContext, false);
  assert.deepEqual(codes(line), []);
});

test("a generic word beside Kubernetes' KMS plugins and their configuration is theirs", () => {
  for (const line of [
    'E0512 10:01:02.123456       1 grpc_service.go:60] kms-plugin: Decrypt failed: Unauthorized',
    '"title": "CPU Throttling", "expr": "container_cpu_cfs_throttled_periods_total{pod=\\"vault-kms-provider-kms-vault-control-plane\\"}"',
    'I0605 04:15:55.737313       1 healthz.go:244] [-]kms-providers failed: MissingParameter',
    'apiVersion: apiserver.config.k8s.io/v1 kind: EncryptionConfiguration # kms: MissingParameter',
    // openshift/library-go's preflight test of KMS plugins, the plugin faked by the kube KMS API's Go types.
    'StatusFn: func(ctx context.Context) (*kmsservice.StatusResponse, error) { return nil, fmt.Errorf("context deadline exceeded") }',
    'func (p *plugin) Encrypt(ctx context.Context, req *kmsapi.EncryptRequest) error { return status.Error(codes.Internal, "Throttling") }',
  ]) {
    assert.deepEqual(codes(line), [], line);
  }
});

test("Linux DKMS's tree is no instance-API fingerprint, and its build log says no KMS", () => {
  // pop-os/beta#310: the `dkms` of `/var/lib/dkms` is the instance API's `dkms` fingerprint too.
  const line = 'Consult /var/lib/dkms/nvidia/390.144/build/make.log for more information. InvalidParameter';
  const ctx = readRecordContext(line);
  assert.equal(ctx.kmsContext, false);
  assert.equal(ctx.api, null);
  assert.deepEqual(codes(line), []);
  assert.deepEqual(codes('Error! Bad return status for module build on kernel: 5.15.0 (x86_64) dkms: Unauthorized'), []);
});

test('mode setting, volume activation, KMIP, Vault, SOPS and other vendors name their own KMS', () => {
  for (const line of [
    '[drm:intel_atomic_commit] KMS: InvalidParameter',
    'i915 0000:00:02.0: [drm] KMS modeset failed: UnsupportedOperation',
    'slmgr /ato: KMS server returned Unauthorized',
    'Connecting to kms.example.com:1688 ... kms.example.com:1688: Connection refused',
    'kmip: KMS server returned Unauthorized',
    'Cosmian KMS: Unauthorized',
    'Thales CipherTrust KMS response: Unauthorized',
    'Fortanix DSM (SDKMS) error: Unauthorized',
    'Hanzo KMS: UnsupportedOperation',
    'vault: kms: InternalFailure while wrapping key',
    'Error: sops: failed to decrypt with KMS: Throttling: Rate exceeded',
  ]) {
    assert.deepEqual(codes(line), [], line);
  }
});

test("a record that names Alibaba Cloud is KMS's beside those names, and KMS's own words stay KMS context", () => {
  // ACK's plugin relaying the gateway's classic SDK error to kube-apiserver.
  const relayed =
    'E0512 10:01:02.123456       1 grpc_service.go:60] kms-plugin: rpc error: code = Unknown desc = SDK.ServerError ErrorCode: Throttling Recommend: https://error-center.aliyun.com/status/search?Keyword=Throttling&source=PopGw';
  assert.deepEqual(codes(relayed), ['Throttling']);
  const [timeout] = scanText('ack-kms-plugin: Failed to encrypt, error: Post "https://kms-vpc.cn-hangzhou.aliyuncs.com/": context deadline exceeded');
  assert.equal(timeout?.code, 'client.Timeout');
  // The darabonba message of the Tea SDKs' SDKError names the vendor's gateway, beside a plugin too.
  const tea = 'kms-plugin: SDKError: StatusCode: 400 Code: InvalidParameter Message: code: 400, The parameter is invalid. request id: 7E0F0C5C-1D2E-4F3A-9B8C-0D1E2F3A4B5C';
  assert.deepEqual(codes(tea), ['InvalidParameter']);
  // Words the vendor's KMS docs write too, and an application's pluggable "KMS provider", are no other product's name.
  for (const line of [
    'KMS host: Throttling',
    'KMS activation failed: Unauthorized',
    'Key Management Service (KMS) returned Throttling',
    'dkms: Unauthorized',
    'pluggable KMS provider: Decrypt failed: Throttling',
    'response, err := client.OpenKmsService(request) // Forbidden.NoPermission',
    // The vendor's container docs: "ACS clusters use the community KMS v2 interface.", a link to
    // Kubernetes' KMS provider page; and a Java sample's KeyFactory beside an import error.
    'ACS clusters use the community KMS v2 interface: Throttling',
    'The [KMS provider mechanism](https://kubernetes.io/docs/tasks/administer-cluster/kms-provider/) of Kubernetes: Throttling',
    'KeyFactory keyFactory = KeyFactory.getInstance("RSA"); // KMS ImportKeyMaterial: InvalidParameter',
    'Entrust your keys to KMS: Unauthorized',
  ]) {
    assert.equal(codes(line).length, 1, line);
  }
});
