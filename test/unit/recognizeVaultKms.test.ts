// Products with a key-management abstraction of their own call each backing key manager "a KMS";
// with HashiCorp Vault behind it the names say so (Kroxylicious's `VaultKmsService`, ceph-csi's
// `vaultKMS`, OpenShift's `VaultKMSProvider`). A TLS or connection failure of such a client is
// Vault's, not an Alibaba Cloud KMS client's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readRecordContext } from '../../extension/core/recognize/recordContext';
import { codes } from '../support/scannedCodes';

test("a Vault-backed KMS client's TLS test reports no client-side KMS failure", () => {
  const record = [
    '        try (VaultKmsService vaultKmsService = new VaultKmsService()) {',
    '            var kms = vaultKmsService.buildKms();',
    '            assertThat(kms.resolveAlias(keyName))',
    '                    .isInstanceOf(SSLHandshakeException.class)',
    '                    .withMessageContaining("unable to find valid certification path to requested target");',
    '        }',
  ].join('\n');
  assert.equal(readRecordContext(record).otherCloud, true);
  assert.deepEqual(codes(record), []);
});

test('the Vault-as-KMS names in their spellings', () => {
  for (const line of [
    'vaultKMS: could not reach the key manager: Connection refused',
    'kms plugin listening on unix:///opt/vaultkms.socket: Connection refused',
    'Type: configv1.VaultKMSProvider; vault-kms: Unauthorized',
  ]) {
    assert.equal(readRecordContext(line).otherCloud, true, line);
    assert.deepEqual(codes(line), [], line);
  }
});

test("Vault's Alibaba Cloud KMS seal is still Alibaba Cloud KMS", () => {
  const line = 'Error parsing Seal configuration: error fetching alicloudkms wrapper key information: ' +
    'SDK.ServerError ErrorCode: Forbidden.KeyNotFound Message: The specified Key is not found.';
  assert.equal(readRecordContext(line).otherCloud, false);
  assert.deepEqual(codes(line), ['Forbidden.KeyNotFound']);
});
