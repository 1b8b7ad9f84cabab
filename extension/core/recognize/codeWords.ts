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
]);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A byte escape that may end right before a code: `\x15`, `\u0015`, `\025`. */
export const ESCAPE_BEFORE = '\\\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[0-7]{3})';

// Longest first, so `InvalidParameter` wins over `InvalidParam` at the same position.
const CODES_BY_LENGTH = [...ALL_CODES].sort((a, b) => b.length - a.length);

/**
 * Every catalog code and alias as a whole word, case-sensitive (the documented spelling is what
 * SDKs print). Not preceded by a word character or a dot (`Rejected.UnsupportedOperation` is a
 * message, not the code `UnsupportedOperation`), unless that is the end of a byte escape (the
 * code's length byte in `\x12\x15Forbidden.KeyNotFound`); not followed by a word character or
 * by a dot and a letter (a longer dotted name).
 */
export const CODE_PATTERN = new RegExp(
  `(?:(?<![\\w.])|(?<=${ESCAPE_BEFORE}))(?:${CODES_BY_LENGTH.map(escapeRegExp).join('|')})(?![\\w]|\\.[A-Za-z])`,
  'g',
);

/**
 * Cheap anchors: short literals of which every code contains one. The scan looks for these
 * first and parses a record only when one is present, so lines without a hit cost one pass.
 */
export const CODE_ANCHORS: readonly string[] = anchorsFor(ALL_CODES);

function anchorsFor(codes: readonly string[]): string[] {
  const anchors = ['Forbidden.', 'Rejected.', 'Invalid', 'Missing', 'Unsupported', 'Unauthorized', 'InternalFailure', 'Signature', 'SerivceUn', 'ServiceUnavailable', 'TimeTooSkewed', 'IllegalTimestamp'];
  // A code that none of these covers (the catalog grew) becomes its own anchor.
  for (const code of codes) {
    if (!anchors.some((a) => code.includes(a))) anchors.push(code);
  }
  return anchors;
}
