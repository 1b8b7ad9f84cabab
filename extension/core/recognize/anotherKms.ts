/**
 * "KMS" is not always Alibaba Cloud's key service. A record that says kms can be talking about
 * Kubernetes' KMS encryption provider, Linux's Dynamic Kernel Module Support, the kernel's mode
 * setting, Windows' volume activation, a KMIP server or another vendor's key manager, and then a
 * generic code or a client-side failure beside the word is that software's, not KMS's
 * (kube-apiserver's `[-]kms-provider-0 failed: rpc error: code = DeadlineExceeded desc = context
 * deadline exceeded` is its call to a plugin over a local socket timing out).
 *
 * Each product is named by what its own texts print and Alibaba Cloud's KMS texts do not (checked
 * against AlibabaCloudDocs/kms): never by a bare word such as "KMS host", "KMS activation",
 * "KMS provider" or "Key Management Service (KMS)", which the vendor's docs and applications
 * that plug Alibaba Cloud's KMS in write too. Alibaba Cloud's own kube plugin (`ack-kms-plugin`)
 * and its SDKs' names override: a record that names them is still KMS's.
 */

// Names that hold the KMS word itself, each tried at a KMS word in place (sticky, no copy): the
// word is found anyway, and one search of the record for a long alternation costs more than the
// rest of the record's context. Kubernetes' KMS encryption provider: kube-apiserver's words for it
// (`kms-provider-0 failed`, `/livez?exclude=kms-providers`, `unix:///var/run/kms-provider.sock`,
// `healthz check for KMS Provider ...`, `remote KMS provider`), its plugins (`kms-plugin`,
// `KMS plugin`, `/var/run/kmsplugin/...`, `vault-kms-provider`, `vault-kubernetes-kms`,
// Azure/kubernetes-kms), its API's package `k8s.io/kms` and the etcd value prefix
// `k8s:enc:kms:v1:`. Not the API's versions ("KMS v2") nor the docs' `/kms-provider/` page: the
// vendor's own container docs say "the community KMS v2 interface" and link that page. The
// kernel's mode setting helpers (`drm_kms_helper`), XKMS, Fortanix's SDKMS, py-kms.
const AT_KMS_WORD = /kms(?:-provider(?:-\d|s\b|\.sock)|[-_ ]?plugin|_helper)|(?<=(?:remote|healthz check for) )kms provider\b|(?<=\bvault-?|\bkubernetes-|k8s\.io\/|k8s:enc:|\bdrm[_-]|\bx|\bsd|\bpy-?)kms/iy;
// The kube KMS API's Go types as Go code names them after its packages' usual aliases
// (`kmsservice.StatusResponse`, `kmsapi.EncryptRequest`, `kmsv2.DecryptResponse`): case-sensitive,
// since the vendor's own SDKs name a `KmsService` and its responses.
const AT_KMS_API_TYPE =
  /kms(?:service|api|v[12](?:beta1|alpha1)?)\.(?:Service|(?:Status|Encrypt|Decrypt|Version)(?:Request|Response)|KeyManagementService\w*)\b/y;
// Linux DKMS, the `kms` of `dkms` tried from its `d`: its tree and its configuration file, its
// commands and its logs (`DKMS make.log for ...`, `ERROR (dkms apport)`).
const AT_DKMS_WORD =
  /(?<=\/var\/lib\/|\()dkms|dkms(?:\.conf\b| (?:add|build|install|uninstall|remove|status|autoinstall|unbuild|mkdeb|mkrpm|mktarball|ldtarball|match)\b)|DKMS (?:make\.log|module|tree)\b/iy;

// Names without the KMS word, searched once in the whole record.
const ANOTHER_KMS_NAME = new RegExp(
  [
    // Kubernetes' encryption configuration (`EncryptionConfiguration`, `--encryption-provider-config`)
    // and KMS plugins named without the word: Trousseau, OpenStack's barbican-kms-plugin.
    /EncryptionConfiguration|encryption-provider-config|trousseau|barbican/,
    // Linux DKMS's build failure line (`Error! Bad return status for module build on kernel: ...`).
    /Bad return status for module build/,
    // Kernel mode setting: the DRM subsystem's log prefix, the boot option, the drivers.
    // (`nouveau 0000:01:00.0: DRM: ...`, never the bare French word.)
    /\[drm[:\]]|\b(?:no)?modeset\b|nvidia-drm|\bi915\b|\bamdgpu\b|\bnouveau(?:\.modeset| \d{4}:)|\bradeon\b|kernel mode[- ]?setting/,
    // Windows volume activation: its tools, the KMS port and its 0xC004Cxxx/0xC004Fxxx results.
    /\bslmgr|ospp\.vbs|\bvlmcsd?\b|:1688\b|\b0xC004[CF][0-9A-F]{3}\b|Software Licensing Service|\bGVLK\b/,
    // The key-management protocol KMIP, and vendors whose product is called a KMS (by product
    // names that are no English word or Java class: not "entrust", not `KeyFactory`).
    /\bkmip|cosmian|thales|ciphertrust|\bnShield\b|\bEntrust KeyControl|fortanix|\bkeyfactor\b|\bhanzo|akeyless|infisical|webex|ciscospark|\bminio\b/,
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
// `code: 400, ... request id: ...`), the instance API's host and header shapes. Such a record is
// KMS's even beside a name above (an ACK cluster's apiserver relaying `SDK.ServerError ErrorCode:
// Throttling` from ack-kms-plugin).
const ALIBABA_NAMED =
  /aliyun|alibaba|alicloud|\bacs:kms:|\back-kms|\bSDK\.ServerError|\bTea\w*(?:Exception|Error)\b|darabonba|(?:^|[\s:])code: [1-5]\d\d, [^\n]*request id: |kms20160120|dkms[-.]gcs|cryptoservice\.kms|x-kms-/i;

const KMS_WORD = /kms|KMS|Kms/g;

/** Whether one of `record`'s KMS words is part of another product's name (the sticky names above). */
function kmsWordNamesAnother(record: string): boolean {
  KMS_WORD.lastIndex = 0;
  for (let m = KMS_WORD.exec(record); m; m = KMS_WORD.exec(record)) {
    AT_KMS_WORD.lastIndex = m.index;
    if (AT_KMS_WORD.test(record)) return true;
    AT_KMS_API_TYPE.lastIndex = m.index;
    if (AT_KMS_API_TYPE.test(record)) return true;
    const d = record.charCodeAt(m.index - 1);
    if (d === 100 || d === 68) {
      AT_DKMS_WORD.lastIndex = m.index - 1;
      if (AT_DKMS_WORD.test(record)) return true;
    }
  }
  return false;
}

/**
 * Whether `record`'s "kms" names someone else's KMS (see above) and nothing in it names Alibaba
 * Cloud. Asked only of records that say kms and need KMS context that no fingerprint gives, so it
 * never runs on most records (nor on the SDKs' own error prints).
 */
export function namesAnotherKms(record: string): boolean {
  // Alibaba Cloud's names first: the shorter search, and it ends at a KMS SDK's record's first name.
  return !ALIBABA_NAMED.test(record) && (kmsWordNamesAnother(record) || ANOTHER_KMS_NAME.test(record));
}
