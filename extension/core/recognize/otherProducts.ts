/**
 * The record says which Alibaba Cloud product it is about, and it is not KMS. Projects that plug
 * KMS in also call the other products KMS needs: STS to assume a role (the Secrets Store CSI
 * provider's and the secret syncers' cross-account and RRSA paths), RAM to grant the role. Their
 * scripts, docs and logs then put a gateway-wide code of that product (`InvalidAccessKeyId.NotFound`
 * from `AssumeRole`) beside KMS words that only name the project's KMS settings: the CSI
 * provider's end-to-end script polls `aliyun sts AssumeRole ... --region "$KMS_REGION"` under a
 * comment that the call may "fail AssumeRole due to IAM eventual consistency
 * (InvalidAccessKeyId.NotFound)". The code is STS's; the `KMS` of the region variable does not
 * make it KMS's.
 *
 * Two things name the product that answered, both written by Alibaba Cloud's own tools:
 *
 * - the aliyun CLI's call, `aliyun <product> <ApiName>` (`aliyun sts AssumeRole`, `aliyun ram
 *   CreateRole`): the product in lower case, then the API in Pascal case;
 * - the gateway's diagnosis link, `https://api.aliyun.com/troubleshoot?q=CODE&product=Sts`, which
 *   the Go SDK prints as `Recommend:` and the Tea SDKs keep in the error's data.
 *
 * A record that names another product by one of them, and KMS by neither, states another
 * product's request: its word KMS is no KMS context (recordContext.ts). KMS's own fingerprints
 * still are: a record that names a KMS host or a KMS SDK package is the key service's whatever
 * else it calls, and so is one that runs `aliyun kms ...` or links `product=Kms`.
 */

// Both signals hold `aliyun` (the CLI's name, the diagnosis link's host): the cheap check first.
const ALIYUN = 'aliyun';
// The CLI's RPC call: `aliyun`, the product, the API name, then its flags, a line continuation or
// the command's end (`aliyun oss cp`, the object store's own commands, are not calls of this form,
// nor is prose such as "aliyun cloud Key Management Service").
const CLI_CALL = /\baliyun\s+([a-z][a-z0-9-]*)\s+[A-Z][a-z][A-Za-z0-9]*(?=[ \t]*(?:--|\\|\r|$|[`'"]))/gm;
// The diagnosis link's product (`...troubleshoot?q=InvalidAccessKeyId.NotFound&product=Sts`).
const RECOMMEND_PRODUCT = /\/troubleshoot\?[^\s"'<>]*?\bproduct=([A-Za-z][\w-]*)/g;
// KMS's own names that no other product's request carries: its gateway host and SDK packages.
const KMS_NAMED = /\bkms(?:-vpc)?\.[a-z]{2}-[a-z0-9-]+\.aliyuncs\.com|kms20160120|aliyunsdkkms|aliyun-java-sdk-kms|com\.aliyuncs\.kms|com\.aliyun\.kms|Aliyun\.Acs\.Kms|alibabacloud_kms|alibabacloud-kms/i;

/** The products `pattern`'s first group names in `record`, lower-cased into `into`. */
function collectProducts(record: string, pattern: RegExp, into: Set<string>): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(record); m; m = pattern.exec(record)) into.add(m[1]!.toLowerCase());
}

/**
 * Whether `record` states another Alibaba Cloud product's request (an aliyun CLI call or a
 * diagnosis link naming a product other than KMS) and names KMS by none of them, nor by a KMS
 * host or SDK package. Asked only of records whose sole KMS signal is the word.
 */
export function namesAnotherAlibabaProduct(record: string): boolean {
  if (!record.includes(ALIYUN)) return false;
  const products = new Set<string>();
  collectProducts(record, CLI_CALL, products);
  collectProducts(record, RECOMMEND_PRODUCT, products);
  if (products.size === 0 || products.has('kms')) return false;
  return !KMS_NAMED.test(record);
}
