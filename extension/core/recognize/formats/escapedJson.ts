/**
 * Fields of a record held inside a JSON string, the way log shippers write an error (logback's
 * `"stack_trace":"...\r\nRequestId : ID\n\tat ..."`, zap's `"error":"SDKError:\n   Data:
 * {\"httpCode\":404,\"requestId\":\"...\"}"`): the record's line breaks are the two characters
 * `\n`, so a key glued to one has no word boundary before it, and its quotes are `\"`. These
 * fragments let a field reader's expression read both the plain and the escaped spelling.
 */

/** Where a key may start: a word boundary, or right after an escaped line break or tab (`\nRequestId`). */
export const KEY_START = String.raw`(?:\b|(?<=\\[nrt]))`;

/** An optional quote around a key or value, plain or escaped (`"`, `'`, `\"`). */
export const QUOTE = String.raw`(?:\\?["'])?`;
