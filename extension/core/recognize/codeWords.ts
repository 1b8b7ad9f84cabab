import { ALL_CODES } from '../catalog/lookup';

/**
 * Codes that are everyday words in other software: a web server's `401 Unauthorized`, another
 * cloud's `InvalidParameter`. They count as KMS errors only with KMS context in their record.
 * Dotted codes (`Forbidden.KeyNotFound`) and KMS-specific names are distinctive on their own.
 */
export const GENERIC_CODES: ReadonlySet<string> = new Set([
  'Unauthorized',
  'InvalidParameter',
  'InvalidParam',
  'MissingParameter',
  'InternalFailure',
  'UnsupportedOperation',
  'InvalidContentType',
  // Alibaba Cloud's gateway codes for throttling, HTTP methods and the account's standing:
  // every service of the same gateway answers them.
  'Throttling',
  'UnsupportedHTTPMethod',
  'Forbidden.InDebt',
  'Forbidden.InDebtOverdue',
  'Forbidden.ProhibitedByRiskControl',
  'Forbidden.NoRealNameAuthentication',
  'Forbidden.UbsmsInvalidUserid',
]);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A byte escape that may end right before a code: `\x15`, `\u0015`, `\025`. */
export const ESCAPE_BEFORE = '\\\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[0-7]{3})';

// Longest first, so `InvalidParameter` wins over `InvalidParam` at the same position.
const CODES_BY_LENGTH = [...ALL_CODES].sort((a, b) => b.length - a.length);

/**
 * Every catalog code and alias, case-sensitive (the documented spelling is what SDKs print).
 * Whether a match stands as a word is checked by isCodeAt: a lookbehind in the expression would
 * be tried at every position of the text and cost more than the search itself.
 */
export const CODE_PATTERN = new RegExp(CODES_BY_LENGTH.map(escapeRegExp).join('|'), 'g');

const ESCAPE_AT_END = new RegExp(`${ESCAPE_BEFORE}$`);

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * Whether the code matched at [at, at + length) is a whole code: not preceded by a word character
 * or a dot (`Rejected.UnsupportedOperation` is a message, not the code `UnsupportedOperation`)
 * unless that ends a byte escape (the code's length byte in `\x12\x15Forbidden.KeyNotFound`);
 * not followed by a word character or by a dot and a letter (a longer dotted name).
 */
export function isCodeAt(text: string, at: number, length: number): boolean {
  const before = text.charCodeAt(at - 1);
  if ((isWordChar(before) || before === 46) && !ESCAPE_AT_END.test(text.slice(Math.max(0, at - 6), at))) return false;
  const after = text.charCodeAt(at + length);
  if (isWordChar(after)) return false;
  return !(after === 46 && isLetter(text.charCodeAt(at + length + 1)));
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
