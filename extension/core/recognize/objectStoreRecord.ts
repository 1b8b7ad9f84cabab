/**
 * The object stores answer NoSuchKey with `The specified key does not exist.`, word for word the
 * instance API's Forbidden.KeyNotFound message (messageWords.ts OBJECT_STORE_WORDINGS), and OSS's
 * own Darabonba SDK prints it the way the KMS instance SDKs print theirs: the same Tea exception,
 * the message alone (aliyun/alibabacloud-oss-sdk `java/src/main/java/com/aliyun/oss/Client.java`
 * and `python/alibabacloud_oss_sdk/client.py` throw `TeaException({code: Code, message: Message,
 * data: {httpCode, requestId, hostId}})` from the store's XML error). So `com.aliyun.tea.TeaException:
 * The specified key does not exist.` is the key service's error only where its record does not name
 * the store: its own code beside it (`Error: NoSuchKey The specified key does not exist.`, the Python
 * Tea exception's `Error: CODE MESSAGE`), an OSS host (the Tea data's `hostId`, which the instance
 * SDKs never set), or the store's SDK (`at com.aliyun.oss.Client.getObject(...)`). A record that
 * names KMS's own endpoint or SDK stays KMS's whatever store it also names.
 */

// The store named: its NoSuchKey code, an OSS endpoint (`bucket.oss-cn-hangzhou.aliyuncs.com`,
// `oss-cn-beijing-internal.aliyuncs.com`), its SDKs' packages and classes as their traces print
// them: Java's `com.aliyun.oss.` (the classic SDK's OSSException and the Darabonba client), Python's
// `alibabacloud_oss_sdk` and `oss2.`, Node's `ali-oss`, C#'s `AlibabaCloud.OSS` (the Darabonba
// client's namespace), PHP's `tea-oss-sdk` package path and `AlibabaCloud\SDK\OSS\` namespace
// (its backslashes doubled in a JSON log).
const OBJECT_STORE_NAMED =
  /\bNoSuchKey|\boss-[a-z0-9-]+\.aliyuncs\.com|\bcom\.aliyun\.oss\.|\balibabacloud_oss|\boss2\.|\bali-oss\b|\bOSSException\b|\bAlibabaCloud\.OSS\b|\btea-oss-sdk\b|\bAlibabaCloud\\+SDK\\+OSS\\/;
// KMS's own endpoints and SDKs, which keep the record the key service's.
const KMS_NAMED = /cryptoservice\.kms|dkms|kms20160120|alibabacloud_kms|alibabacloud-kms|com\.aliyun\.kms|\bkms(?:-vpc)?\.[a-z]{2}-[a-z0-9-]+\.aliyuncs\.com/i;

/**
 * Whether `record` names the object store (and not KMS's own endpoint or SDK): the store's
 * NoSuchKey sentence in it is the store's answer. Asked only of records where that sentence stands
 * without a KMS code, so its two searches run for those records alone.
 */
export function namesObjectStore(record: string): boolean {
  if (!(record.includes('NoSuchKey') || record.includes('oss') || record.includes('OSS'))) return false;
  return OBJECT_STORE_NAMED.test(record) && !KMS_NAMED.test(record);
}
