import { CATALOG } from '../catalog/catalog';

/**
 * The operation names of the KMS APIs as their SDKs spell them (Kms 2016-01-20 on the shared
 * gateway, and the KMS instance API), for reading an operation from SDK method names and for
 * telling a KMS operation from another product's.
 */
const GATEWAY_OPERATIONS = [
  'AsymmetricDecrypt', 'AsymmetricEncrypt', 'AsymmetricSign', 'AsymmetricVerify', 'CancelKeyDeletion',
  'CertificatePrivateKeyDecrypt', 'CertificatePrivateKeySign', 'CertificatePublicKeyEncrypt', 'CertificatePublicKeyVerify',
  'ConnectKmsInstance', 'CreateAlias', 'CreateApplicationAccessPoint', 'CreateCertificate', 'CreateClientKey', 'CreateKey',
  'CreateKeyVersion', 'CreateNetworkRule', 'CreatePolicy', 'CreateSecret', 'Decrypt', 'DeleteAlias',
  'DeleteApplicationAccessPoint', 'DeleteCertificate', 'DeleteClientKey', 'DeleteKeyMaterial', 'DeleteNetworkRule',
  'DeletePolicy', 'DeleteSecret', 'DescribeAccountKmsStatus', 'DescribeApplicationAccessPoint', 'DescribeCertificate',
  'DescribeKey', 'DescribeKeyVersion', 'DescribeNetworkRule', 'DescribePolicy', 'DescribeRegions', 'DescribeSecret',
  'DisableKey', 'EnableKey', 'Encrypt', 'ExportDataKey', 'GenerateAndExportDataKey', 'GenerateDataKey',
  'GenerateDataKeyWithoutPlaintext', 'GetCertificate', 'GetClientKey', 'GetKeyPolicy', 'GetKmsInstance',
  'GetParametersForImport', 'GetPublicKey', 'GetRandomPassword', 'GetSecretPolicy', 'GetSecretValue', 'ImportKeyMaterial',
  'ListAliases', 'ListAliasesByKeyId', 'ListApplicationAccessPoints', 'ListClientKeys', 'ListKeys', 'ListKeyVersions',
  'ListKmsInstances', 'ListNetworkRules', 'ListPolicies', 'ListResourceTags', 'ListSecrets', 'ListSecretVersionIds',
  'ListTagResources', 'OpenKmsService', 'PutSecretValue', 'ReEncrypt', 'RestoreSecret', 'RotateSecret',
  'ScheduleKeyDeletion', 'SetDeletionProtection', 'SetKeyPolicy', 'SetSecretPolicy', 'TagResource', 'TagResources',
  'UntagResource', 'UntagResources', 'UpdateAlias', 'UpdateApplicationAccessPoint', 'UpdateCertificateStatus',
  'UpdateKeyDescription', 'UpdateNetworkRule', 'UpdatePolicy', 'UpdateRotationPolicy', 'UpdateSecret',
  'UpdateSecretRotationPolicy', 'UpdateSecretVersionStage', 'UploadCertificate',
];
const INSTANCE_OPERATIONS = [
  'Sign', 'Verify', 'Hmac', 'GenerateRandom', 'AdvanceEncrypt', 'AdvanceDecrypt', 'AdvanceGenerateDataKey',
  'GenerateDataKeyPair', 'GenerateDataKeyPairWithoutPlaintext', 'AdvanceGenerateDataKeyPair',
  'AdvanceGenerateDataKeyPairWithoutPlaintext',
];

/** Every KMS operation name: the APIs' own list and every operation the catalog documents. */
export const KMS_OPERATIONS: ReadonlySet<string> = new Set([
  ...GATEWAY_OPERATIONS,
  ...INSTANCE_OPERATIONS,
  ...CATALOG.flatMap((e) => e.operations).filter((op) => /^[A-Z][A-Za-z]+$/.test(op)),
]);

// Names other Alibaba Cloud products use too (RAM's CreatePolicy, the certificate service's
// UploadCertificate, every product's DescribeRegions and tag operations) or plain words.
const SHARED_NAMES = new Set([
  'DescribeRegions', 'TagResource', 'TagResources', 'UntagResource', 'UntagResources', 'ListTagResources',
  'ListResourceTags', 'Sign', 'Verify', 'Hmac', 'GenerateRandom', 'CreatePolicy', 'DeletePolicy', 'DescribePolicy',
  'ListPolicies', 'UpdatePolicy', 'CreateCertificate', 'DeleteCertificate', 'DescribeCertificate', 'GetCertificate',
  'UploadCertificate', 'UpdateCertificateStatus', 'CreateNetworkRule', 'DeleteNetworkRule', 'DescribeNetworkRule',
  'ListNetworkRules', 'UpdateNetworkRule',
]);

/**
 * Whether a record that names `operation` as its request's operation (`Action=Decrypt`,
 * `x-kms-apiname: GetSecretValue`) is about KMS: the operation is KMS's own, not a shared name.
 */
export function isKmsOnlyOperation(operation: string): boolean {
  return KMS_OPERATIONS.has(operation) && !SHARED_NAMES.has(operation);
}

const BY_FOLDED_NAME = new Map([...KMS_OPERATIONS].map((op) => [op.toLowerCase(), op]));

/**
 * The KMS operation an SDK method name stands for: `decryptWithOptions` (Tea Java/TS),
 * `get_secret_value` and `get_secret_value_with_options` (Python), `GetSecretValue` and
 * `GetSecretValueWithContext` (Go), `DecryptAsync` (C#); null for other names.
 */
export function operationOfMethod(method: string): string | null {
  const bare = method.replace(/(?:WithOptions|_with_options|WithContext|WithCallback|Async|_async)$/, '');
  return BY_FOLDED_NAME.get(bare.replace(/_/g, '').toLowerCase()) ?? null;
}
