/**
 * The third record rule that reads the line above (records.ts): a module-level constant that holds
 * a string, at column 0 right below a `#` comment line, continues that comment's record.
 *
 * Code that handles the key service's errors names each code it retries or ignores in a constant
 * under a one-line comment, and the comment is what says whose code it is: the secrets clients for
 * Python (`utils/err_code_const.py`, version 1 and 2) write
 *
 *     # KMS服务内部错误返回错误码
 *     INTERNAL_FAILURE = "InternalFailure"
 *
 * where `InternalFailure` is an everyday name (codeWords.ts) that counts only with KMS context in
 * its record. Both lines start at column 0, so each was a record of its own and the comment's
 * `KMS` never reached the code. Java's constants are indented under their Javadoc and join it as
 * continuation lines; Python's and Ruby's module constants cannot be indented, hence this rule.
 *
 * Its bounds keep it to that shape: the line is an upper-case name (`[A-Z][A-Z0-9_]*`), `=` (not
 * `==`) and a quote, as a constant holding a code is written; the line right above is a comment,
 * `#` and a space, behind the same prefixes (a log runner's, a quote's `> `, terminal escapes) as
 * the line itself. Only that one comment line joins: a comment block's earlier lines, a file's
 * header, stay records of their own. A log line starting with an upper-case word (`ERROR ...`,
 * `INFO ...`) is settled by its first characters (no `=` after the word), and only a line of that
 * shape reads the line above.
 */

const HASH = 0x23;
const SPACE = 0x20;
const TAB = 0x09;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
/** The longest constant name read: a longer run of upper-case letters is no constant we mean. */
const MAX_NAME = 80;

function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function continuesConstantName(c: number): boolean {
  return isUpper(c) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

function isQuote(c: number): boolean {
  return c === QUOTE || c === APOSTROPHE;
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

/**
 * Whether the line content at `at` is a constant's assignment of a string (`INTERNAL_FAILURE =
 * "InternalFailure"`): a name, spaces, `=` (not `==`), spaces, a quote. Written twice, for text
 * and for bytes, with no closure: lineRole asks it of every line that starts with an upper-case
 * letter, and most of those (`ERROR ...`, `INFO ...`) fail at the first character after the word.
 */
export function constantAssignmentAt(text: string, at: number): boolean {
  if (!isUpper(text.charCodeAt(at))) return false;
  let i = at + 1;
  while (continuesConstantName(text.charCodeAt(i))) if (++i - at > MAX_NAME) return false;
  while (isBlank(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== EQUALS || text.charCodeAt(i + 1) === EQUALS) return false;
  i++;
  while (isBlank(text.charCodeAt(i))) i++;
  return isQuote(text.charCodeAt(i));
}

/** The byte at `i`, or -1 at or past `limit`. */
function byteAt(bytes: Uint8Array, i: number, limit: number): number {
  return i < limit ? bytes[i]! : -1;
}

/** constantAssignmentAt in ASCII bytes, read no further than `limit`. */
export function constantAssignmentInBytes(bytes: Uint8Array, at: number, limit: number): boolean {
  if (!isUpper(byteAt(bytes, at, limit))) return false;
  let i = at + 1;
  while (continuesConstantName(byteAt(bytes, i, limit))) if (++i - at > MAX_NAME) return false;
  while (isBlank(byteAt(bytes, i, limit))) i++;
  if (byteAt(bytes, i, limit) !== EQUALS || byteAt(bytes, i + 1, limit) === EQUALS) return false;
  i++;
  while (isBlank(byteAt(bytes, i, limit))) i++;
  return isQuote(byteAt(bytes, i, limit));
}

/** Whether the line content at `at` is a `#` comment: `#` and a space. */
export function commentLineAt(text: string, at: number): boolean {
  return text.charCodeAt(at) === HASH && text.charCodeAt(at + 1) === SPACE;
}

/** commentLineAt in bytes. */
export function commentLineInBytes(bytes: Uint8Array, at: number): boolean {
  return bytes[at] === HASH && bytes[at + 1] === SPACE;
}

/** Whether a line whose content starts with `c` can be a constant's assignment (the cheap check before the others). */
export function mayStartConstant(c: number): boolean {
  return isUpper(c);
}
