import type { RecordFormat } from './types';

/**
 * A PHP Tea error's array dumped with `var_dump` or `print_r`: what the KMS instance PHP SDK's own
 * samples print in their catch blocks (aliyun/alibabacloud-dkms-gcs-php-sdk `examples/*.php`:
 * `var_dump($error->getErrorInfo())`, the array `openapi/src/Client.php` throws as a `TeaError`),
 * and what PHP users paste from `print_r`. Each value sits after its key, on the next line for
 * `var_dump`:
 *
 *     ["httpCode"]=>              [httpCode] => 409
 *     int(409)                    [requestId] => 9a3c1e5b-...
 *     ["requestId"]=>
 *     string(36) "9a3c1e5b-..."
 *
 * A `var_dump` value on the next line may stand behind that line's prefix (a quote's `> `, a
 * log runner's `web-1  | `, a timestamp), so the next line is read up to the dump's own type
 * (`string(36) "`, `int(`), never from its start: a prefix's timestamp is no request id.
 * The generic `key: value` reader does not read `=>`. The gateway SDKs' Tea data spells the
 * status `statusCode`. The dumps' indented lines and closing braces already continue the record.
 * A top-level `var_dump` value at column 0 (`string(33) "..."`, `int(404)`, `array(3) {`)
 * continues the record above too: the samples dump the error's array, then its message, then
 * `getTraceAsString()` (`string(691) "#0 ...Client->decryptWithOptions(...)`), one error whose
 * frames name the operation.
 */
export const PHP_ARRAY_DUMP: RecordFormat = {
  name: 'phpArrayDump',
  continuations: ['string(', 'int(', 'float(', 'bool(', 'array(', 'object('],
  status: {
    guard: ['Code"]=>', 'Code] =>'],
    pattern: /\[["]?(?:httpCode|statusCode)["]?\]\s*=>(?:[ \t]*(?:int\()?|[ \t]*\r?\n[^\n]{0,80}?int\()([1-5]\d\d)\b/,
  },
  requestId: {
    guard: ['requestId"]=>', 'requestId] =>', 'RequestId"]=>', 'RequestId] =>'],
    pattern: /\[["]?[Rr]equestId["]?\]\s*=>(?:[ \t]*(?:string\(\d+\) ")?|[ \t]*\r?\n[^\n]{0,80}?string\(\d+\) ")([A-Za-z0-9][A-Za-z0-9-]{7,63})(?![A-Za-z0-9*-])/g,
  },
};
