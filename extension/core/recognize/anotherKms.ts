/**
 * "KMS" is not always Alibaba Cloud's key service. A record that says kms can be talking about
 * Kubernetes' KMS encryption provider, Linux's Dynamic Kernel Module Support, the kernel's mode
 * setting, Windows' volume activation, a KMIP server or another vendor's key manager, and then a
 * generic code or a client-side failure beside the word is that software's, not KMS's
 * (kube-apiserver's `[-]kms-provider-0 failed: rpc error: code = DeadlineExceeded desc = context
 * deadline exceeded` is its call to a plugin over a local socket timing out).
 *
 * Each product is named by what its own texts print and Alibaba Cloud's KMS texts do not (checked
 * against AlibabaCloudDocs/kms): never by a bare word such as "KMS host", "KMS activation" or
 * "Key Management Service (KMS)", which the vendor's docs write too. Alibaba Cloud's own kube
 * plugin (`ack-kms-plugin`) and its SDKs' names override: a record that names them is still KMS's.
 */

const ANOTHER_KMS = new RegExp(
  [
    // Kubernetes' KMS encryption provider: kube-apiserver's words for it (`kms-provider-0 failed`,
    // `healthz check for KMS Provider aws-encryption-provider`, `remote KMS provider`), its plugins
    // (`kms-plugin`, `KMS plugin`, `/var/run/kmsplugin/socket.sock`, `vault-kms-provider`,
    // Trousseau, OpenStack's barbican-kms-plugin), the API's versions and packages (`KMSv2`,
    // `kms v2`, `k8s.io/kms`), its configuration (`EncryptionConfiguration`,
    // `--encryption-provider-config`) and the etcd value prefix `k8s:enc:kms:v1:`. Not a bare
    // "KMS provider": applications call their pluggable key backends so, Alibaba Cloud's among them.
    /\bkms-providers?\b|remote kms provider|healthz check for kms provider|\bkms[-_ ]?plugin|\bkms ?v[12]\b|k8s\.io\/kms|k8s:enc:kms|EncryptionConfiguration|encryption-provider-config|\bvault-?kms|trousseau|barbican/,
    // Linux DKMS: its tree, its configuration file, its commands and its build failure lines
    // (`Error! Bad return status for module build on kernel: ...`, `ERROR (dkms apport)`).
    /\/var\/lib\/dkms|\bdkms\.conf\b|\bdkms (?:add|build|install|uninstall|remove|status|autoinstall|unbuild|mkdeb|mkrpm|mktarball|ldtarball|match)\b|\bDKMS (?:make\.log|module|tree)\b|Bad return status for module build|\(dkms apport\)/,
    // Kernel mode setting: the DRM subsystem's log prefix and helpers, the boot option, the drivers.
    /\[drm[:\]]|\bdrm[_-]kms|\bkms_helper|\bnomodeset\b|\bmodeset\b|nvidia-drm|\bi915\b|\bamdgpu\b|\bnouveau\b|\bradeon\b|kernel mode[- ]?setting/,
    // Windows volume activation: its tools, the KMS port and its 0xC004Cxxx/0xC004Fxxx results.
    /\bslmgr|\bospp\.vbs|\bvlmcsd?\b|\bpy-?kms\b|:1688\b|\b0xC004[CF][0-9A-F]{3}\b|Software Licensing Service|\bGVLK\b/,
    // The key-management protocols KMIP and XKMS, and vendors whose product is called a KMS.
    /\bkmip|\bxkms\b|cosmian|thales|ciphertrust|\bentrust\b|fortanix|\bsdkms\b|keyfactor|\bhanzo|akeyless|infisical|webex|ciscospark|\bminio\b/,
    // HashiCorp Vault and OpenBao (their KMS secrets engine, seals and transit keys), and SOPS, whose
    // `kms` keys and `--kms` flag are AWS KMS ARNs.
    /hashicorp|openbao|\bvault\b|\bsops\b/,
  ]
    .map((r) => r.source)
    .join('|'),
  'i',
);

// Alibaba Cloud named in the record: its names and resource names (`acs:kms:cn-hangzhou:...`, as
// Vault's alicloudkms seal and SOPS forks take them), its kube plugin, its SDKs' errors and
// packages (the classic SDKs' `SDK.ServerError`, the Tea exceptions and the darabonba message
// `code: 400, ... request id: ...`), the instance API's host and header shapes. Such a record is KMS's even beside a marker above
// (an ACK cluster's apiserver relaying `SDK.ServerError ErrorCode: Throttling` from ack-kms-plugin).
const ALIBABA_NAMED =
  /aliyun|alibaba|alicloud|\bacs:kms:|\back-kms|\bSDK\.ServerError|\bTea\w*(?:Exception|Error)\b|darabonba|(?:^|[\s:])code: [1-5]\d\d, [^\n]*request id: |kms20160120|dkms[-.]gcs|cryptoservice\.kms|x-kms-/i;

/**
 * Whether `record`'s "kms" names someone else's KMS (see above) and nothing in it names Alibaba
 * Cloud. Asked only of records that say kms, so the two searches never run on most records.
 */
export function namesAnotherKms(record: string): boolean {
  return ANOTHER_KMS.test(record) && !ALIBABA_NAMED.test(record);
}
