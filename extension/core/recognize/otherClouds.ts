// Other clouds have a KMS too, and their errors look alike: AWS (`(Service: AWSKMS; ...)`,
// `operation error KMS: Decrypt`, botocore's `when calling the Encrypt operation`), Google Cloud
// (`googleapis`, gRPC `Status(StatusCode=...)`), Azure, Huawei Cloud (`myhuaweicloud.com`,
// `APIGW.0101`) and Open Telekom Cloud (`KMS.2901`). Their names cancel `kms` and every signal.
// Each cloud below is named by its hosts, SDK packages and exception classes only, never by a
// bare word an Alibaba Cloud text could hold (no bare `oci`, `bce`, `kp`).
const OTHER_CLOUD = new RegExp(
  [
    /amazonaws|\bAWS|aws-sdk|botocore|boto3|\bwhen calling the \w+ operation|operation error KMS/,
    // The errors other AWS services (Kinesis, Lambda, SQS) answer when their KMS key fails, and
    // AWS KMS's own modelled exceptions of that spelling (`KMSInternalException`,
    // `KMSInvalidSignatureException`, `KMSInvalidMacException`), which a store's retry list for
    // its AWS backend names beside the AWS-wide `InternalFailure`.
    /\bKMS(?:AccessDenied|Disabled|InvalidState|NotFound|Throttling|Internal|InvalidSignature|InvalidMac)Exception\b|\bKMSOptInRequired\b/,
    /googleapis|google\.cloud|cloud\.google|\bStatus\(StatusCode=/,
    /\bazure\b/,
    /huaweicloud|\bAPIGW\.\d|\bKMS\.\d{4}\b|otc\.t-systems/,
    // Tencent Cloud: tencentcloudapi.com, tencentcloud-sdk-*, TencentCloudSDKException/Error.
    /tencentcloud/,
    // Volcengine/BytePlus: volcengineapi.com, volcengine-go-sdk, and their error body's envelope.
    /volcengine|byteplus|"ResponseMetadata"\s*:/,
    // Baidu AI Cloud: baidubce.com, com.baidubce, the BCE SDKs' exceptions.
    /baidubce|\bBce(?:Service|Client|Server)(?:Exception|Error)\b/,
    // Oracle Cloud Infrastructure: oraclecloud.com, the Java SDK com.oracle.bmc, its request id header.
    /oraclecloud\.com|com\.oracle\.bmc|\bopc[- ]request[- ]id\b/,
    // IBM Key Protect and Hyper Protect Crypto Services: cloud.ibm.com, the Go client's kp.Error,
    // their API's media types (an error body says `"collectionType": "application/vnd.ibm.kms.error+json"`)
    // and IBM Cloud's resource names (`crn:v1:bluemix:public:kms:us-south:a/...`).
    /cloud\.ibm\.com|\bkp\.Error\b|keyprotect|key-protect|\bvnd\.ibm\.|\bcrn:v1:(?:bluemix|staging):/,
    // Yandex Cloud, JD Cloud, Kingsoft Cloud, UCloud, China Telecom Cloud: their hosts and SDKs.
    /yandexcloud|cloud\.yandex|\bjdcloud|\bksyun|\bucloud\.cn|ucloudstack|\bctyun/,
    // OVHcloud KMS: its hosts (`eu-west-rbx.okms.ovh.net`) and the service's own name, which its
    // SDK, CLI and IAM actions (`okms:apikms:serviceKey/get`) and its API's `okmsId` carry; the
    // `kms` inside `okms` would otherwise read as KMS context beside its schema's generic words.
    /ovhcloud|\.ovh\.net\b|\bokms(?:Id|Client)?(?![a-z])/,
    // HashiCorp Vault serving as the key manager behind another product's KMS abstraction:
    // Kroxylicious's `VaultKmsService`, ceph-csi's `vaultKMS`, OpenShift's `VaultKMSProvider`, a
    // Kubernetes KMS plugin's `vaultkms.socket`. Such a name says which key manager answered;
    // Vault's own Alibaba Cloud KMS seal is `alicloudkms`, not this.
    /vault[-_]?kms/,
    // The Hadoop ecosystem's own key server, Hadoop KMS, and Apache Ranger's build of it, Ranger
    // KMS: their names, the client class and package (`org.apache.hadoop.crypto.key.kms.
    // KMSClientProvider`), their REST path (`http://host:9292/kms/v1/keys`), the `kms://http@`
    // provider URI and the `hadoop.kms.` settings. A Hadoop client's `Connection refused` or a
    // Ranger admin's `Unauthorized` is not a KMS client's failure.
    /\b(?:hadoop|ranger)[ -]?kms\b|KMSClientProvider\b|org\.apache\.(?:hadoop\.crypto\.key\.kms|ranger)\b|\/kms\/v1\/|\bkms:\/\/https?@|\bhadoop\.kms\./,
  ]
    .map((r) => r.source)
    .join('|'),
  'i',
);

/**
 * Whether `record` names another cloud's or another product's key service (AWS, Google Cloud,
 * Azure, Huawei, Tencent, Volcengine, Baidu, OCI, IBM, Yandex, JD, Kingsoft, UCloud, China
 * Telecom, OVHcloud, HashiCorp Vault behind a KMS abstraction, Hadoop KMS / Ranger KMS) by its
 * hosts, SDK packages, exception names or own names: such a record is never Alibaba Cloud KMS's.
 */
export function namesOtherCloud(record: string): boolean {
  return OTHER_CLOUD.test(record);
}
