import type { RecordFormat } from './types';

// A record's line breaks inside a JSON string are the two characters `\n`, so a key glued to one
// has no word boundary before it, and its quotes are `\"`.
/** Where a key may start: a word boundary, or right after an escaped line break or tab (`\nRequestId`). */
const KEY_START = String.raw`(?:\b|(?<=\\[nrt]))`;
/**
 * An optional quote around a key or value, plain or escaped once or more (`"`, `'`, `\"`, and a
 * JSON string inside a JSON string's `\\\"`: a Kubernetes event or a log shipper's line holding
 * an application's JSON log line whose error is a gateway body).
 */
const QUOTE = String.raw`(?:\\*["'])?`;

/**
 * The generic `key: value` fields (keyValueFields.ts) and the Tea data map's `httpCode`
 * (teaData.ts) when the record is a JSON string's content, as log shippers write an SDK error:
 * logback's `"stack_trace":"...\r\nRequestId : ID\n\tat ..."`, zap's `"error":"SDKError:\n
 * Data: {\"httpCode\":404,\"requestId\":\"...\"}"`. A format of its own, guarded by the escapes
 * themselves: the expressions that read through escapes cost the scan a tenth of its speed when
 * every record ran them, and only records that hold an escaped quote or line break need them.
 */
export const ESCAPED_JSON_FIELDS: RecordFormat = {
  name: 'escapedJsonFields',
  status: {
    guard: ['\\"', '\\n'],
    pattern: new RegExp(String.raw`(?:${KEY_START}(?:status[ _-]?code|http[ _-]?status(?:[ _-]?code)?|status)|httpCode)${QUOTE}\s*[:=]\s*${QUOTE}([1-5]\d\d)\b`, 'i'),
  },
  requestId: {
    guard: ['\\"', '\\n'],
    pattern: new RegExp(String.raw`${KEY_START}(?:x-acs-request-id|request[ _-]?id)${QUOTE}\s*[:=]\s*${QUOTE}([A-Za-z0-9][A-Za-z0-9-]{7,63})(?![A-Za-z0-9*-])`, 'gi'),
  },
  operation: {
    guard: ['\\"', '\\n'],
    pattern: new RegExp(String.raw`${KEY_START}(?:x-kms-apiname|action|operation|api[ _-]?name)${QUOTE}\s*[:=]\s*${QUOTE}([A-Z][A-Za-z]{2,63})\b`, 'i'),
  },
};
