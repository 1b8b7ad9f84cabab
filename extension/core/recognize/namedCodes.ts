import { ALL_CODES } from '../catalog/lookup';

/**
 * Prose that names codes is not an error report. KMS's own pages list the access-key codes that
 * *any* product's API answers ("The plug-in detects this by watching for InvalidAccessKeyId or
 * InvalidAccessKeyId.NotFound error codes in the API response", the RAM secret plug-in page):
 * the word KMS in the sentence is the plug-in's subject, not the codes' sender. The sign is a
 * list: an error as an SDK or a server prints it carries one code, never "CODE or CODE" or
 * "CODE, CODE" in running text.
 *
 * Used for gateway-wide and everyday codes only (scanRecord), and only when the code comes
 * without a catalog message and the record holds no KMS-specific code (a source file's
 * `case "Forbidden.KeyNotFound", "Forbidden.NoPermission":` stays KMS's through the first).
 */

// A list joiner between two code names: ` or `, ` and `, `, `, ` / `.
const JOINER_AFTER = /^(?: or | and |, ?| ?\/ ?)/;
const JOINER_BEFORE = /(?: or | and |, ?| ?\/ ?)$/;
// A code-shaped word that need not be in the catalog (`InvalidAccessKeyId`, another product's
// `Forbidden.RAM`): CamelCase with at least two capitals, optionally dotted. `Java`, `Decrypt`
// and other plain capitalised words are not.
const CODE_SHAPED = /^[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)*$|^[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)+$/;
const WORD = /[A-Za-z0-9._]/;
// A field name's separator right after the word: `RequestId:`, `StatusCode=`, `"Message":`.
const FIELD_AFTER = /^\s*[:=]|^["']\s*:/;

const CATALOG_CODES: ReadonlySet<string> = new Set(ALL_CODES);

function isCodeName(word: string): boolean {
  return word.length > 0 && (CATALOG_CODES.has(word) || CODE_SHAPED.test(word));
}

/** The code-like word that ends at `end` (dots inside it kept, a sentence's final dot dropped). */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && WORD.test(text[start - 1]!)) start--;
  return text.slice(start, end).replace(/^\.+/, '');
}

/** The code-like word that starts at `start`, without a trailing dot. */
function wordAfter(text: string, start: number): string {
  let end = start;
  while (end < text.length && WORD.test(text[end]!)) end++;
  return text.slice(start, end).replace(/\.+$/, '');
}

/** Whether the code at [at, at + length) is one name in a list of code names ("X or Y"). */
export function isListedCodeName(text: string, at: number, length: number): boolean {
  const after = JOINER_AFTER.exec(text.slice(at + length, at + length + 5));
  if (after) {
    const start = at + length + after[0].length;
    const word = wordAfter(text, start);
    // `InvalidParameter, RequestId: ...` is the next field of a log line, not a second code.
    if (isCodeName(word) && !FIELD_AFTER.test(text.slice(start + word.length, start + word.length + 3))) return true;
  }
  const before = JOINER_BEFORE.exec(text.slice(Math.max(0, at - 5), at));
  return before !== null && isCodeName(wordBefore(text, at - before[0].length));
}
