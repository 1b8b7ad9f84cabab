/**
 * An instance endpoint written as a template names no request. Source code builds the KMS
 * instance host from a format string (`"%s.cryptoservice.kms.aliyuncs.com"` in Go, `{}` or
 * `{0}` in Python/Rust/C#, `${id}` in JS), often beside a list of the codes it retries on: those
 * codes came from no endpoint in particular, so the template is no fingerprint of the instance
 * API. A real host (`kst-hzz65f...cryptoservice.kms.aliyuncs.com`) and the documentation's
 * `<KMS_INSTANCE_ID>` placeholder still are.
 */
// A printf verb (`%s`, `%v`, `%+v`) or the closing brace of a `{}`/`{0}`/`{name}`/`${...}`
// placeholder, then the dot before `cryptoservice`.
export const TEMPLATED_INSTANCE_HOST = /(?:%[+#]?[a-z]|\})\.cryptoservice\.kms/gi;

/** The record without its templated instance hosts (the rest of the text untouched). */
export function withoutTemplatedInstanceHosts(record: string): string {
  if (!record.includes('.cryptoservice.')) return record;
  return record.replace(TEMPLATED_INSTANCE_HOST, ' ');
}
