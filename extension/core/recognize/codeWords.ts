import { ALL_CODES } from '../catalog/lookup';
import { CODE_SUFFIXES } from './formats';
import { runsIntoOwnMessage } from './gluedMessage';
import { ENCODED_PUNCTUATION_BEFORE_CODE } from './percentEncoding';
import { fillsTableCell } from './tableCellCode';

/**
 * Codes that are everyday words in other software: a web server's `401 Unauthorized`, another
 * cloud's `InvalidParameter`, an application's own `Certificate.NotFound` (the `Entity.NotFound`
 * codes of result-type error libraries), its own `AliasAlreadyExists` exception or a crypto
 * library's `CryptoError::InvalidKeyMaterial` (public Java, Go and Rust code has each); and codes other storage services answer under the same
 * name, with their own wording: OSS's and S3's (and every S3-compatible store's)
 * `RequestTimeTooSkewed`, "The difference between the request time and the current time is too
 * large.". So does the legacy instance image's misspelt `MissingParamter`: ECS's API answers the
 * same misspelling for its own parameters (`CreateInstance`, `RunInstances`: `MissingParamter`,
 * "The specified parameter "Period" is not null."). They count as KMS errors only with KMS
 * context in their record, or KMS's own message beside them.
 */
const EVERYDAY_CODES = [
  'Unauthorized',
  'InvalidParam',
  'InternalFailure',
  'InvalidContentType',
  'RequestTimeTooSkewed',
  'Certificate.NotFound',
  'AliasAlreadyExists',
  'InvalidKeyMaterial',
  'MissingParamter',
];

/**
 * Codes of the instance API whose names other software gives its own errors, where the sentence
 * KMS sends with them is the instance protocol's alone: the log service answers a bad signature
 * with its own `SignatureNotMatch` (`{"errorCode":"SignatureNotMatch","errorMessage":"signature
 * ... not match"}`), a Solidity contract declares `error SignatureNotMatch()`, and ASP.NET API
 * Versioning (like other frameworks) answers a malformed api-version with `InvalidApiVersion`,
 * and AWS Amplify's REST client logs `InvalidApiName: API name is invalid.` for its own config.
 * The import-token codes are the stems of another cloud's exception classes: AWS KMS throws
 * `ExpiredImportTokenException` and `InvalidImportTokenException`, and code that retries them
 * tests the class name by its stem (`name.contains("ExpiredImportToken")`).
 * They need KMS context like the everyday words, but their messages (`Signature is not
 * matched.`, `The ApiVersion "..." is invalid.`, `import token is expired.`) stay KMS's own
 * wording: moving a code here must not make the sentence only KMS sends with it a generic one.
 */
const SHARED_NAME_CODES = ['SignatureNotMatch', 'InvalidApiVersion', 'InvalidApiName', 'ExpiredImportToken', 'InvalidImportToken'];

/**
 * Codes that every Alibaba Cloud product's gateway returns (sdk-error-formats.md, "What is KMS
 * and what is not"): a DNS or ECS client's `InvalidAccessKeyId.NotFound` is not a KMS error.
 * With the SDKs' own `SDK.*` codes and our `client.*` codes they count only when their record
 * says KMS.
 */
const GATEWAY_CODES = [
  'InvalidAccessKeyId.NotFound',
  'InvalidAccessKeyId',
  'IncompleteSignature',
  'SignatureDoesNotMatch',
  'IllegalTimestamp',
  'MissingParameter',
  'InvalidParameter',
  'Forbidden.RAM',
  'Forbidden.NoPermission',
  'Throttling',
  'ServiceUnavailable',
  'InternalError',
  'UnsupportedOperation',
  // Alibaba Cloud's gateway codes for HTTP methods and the account's standing (catalog branch):
  // every service of the same gateway answers them.
  'UnsupportedHTTPMethod',
  'Forbidden.InDebt',
  'Forbidden.InDebtOverdue',
  // A disabled AccessKey: every product's credential checks list it beside
  // InvalidAccessKeyId.NotFound and InvalidAccessKeyId.Inactive (KMS documents it among the
  // gateway's common errors).
  'Forbidden.AccessKey',
  'Forbidden.ProhibitedByRiskControl',
  'Forbidden.NoRealNameAuthentication',
  'Forbidden.UbsmsInvalidUserid',
  // The activation API's "already opened": KMS's OpenKmsService sends it, and so does another
  // product's OpenService (the Terraform provider's MNS data source expects it the same way).
  // KMS's own wording names KMS ("Your kms service has been opened."), so that stays KMS context.
  'Forbidden.Opened',
  // The tag API's codes: KMS documents them only on TagResources, UntagResources and
  // ListTagResources, the tagging operations every product serves alike (ECS's tag calls, the
  // Terraform provider's and ROS's not-found lists for other products' resources answer them too).
  'InvalidResourceId.NotFound',
  'InvalidParameter.TagKey',
  'InvalidParameter.TagValue',
  'Duplicate.TagKey',
];

/** Codes that identify a KMS error only with KMS context in their record (see isGenericCode). */
export const GENERIC_CODES: ReadonlySet<string> = new Set([...EVERYDAY_CODES, ...SHARED_NAME_CODES, ...GATEWAY_CODES]);

const EVERYDAY: ReadonlySet<string> = new Set([...EVERYDAY_CODES, ...SHARED_NAME_CODES]);
const SHARED_NAME: ReadonlySet<string> = new Set(SHARED_NAME_CODES);

/**
 * Whether `code` is a name other software uses while its catalog message is KMS's alone
 * (SignatureNotMatch, InvalidApiVersion, InvalidApiName, the import-token codes): the code needs
 * KMS context, the message does not.
 */
export function keepsOwnWording(code: string): boolean {
  return SHARED_NAME.has(code);
}

/**
 * Whether `code` is generic only as a word (`InvalidParam`, `Unauthorized`): other software uses
 * the word, but not the wording KMS sends with it, unlike the gateway-wide codes.
 */
export function isEverydayCode(code: string): boolean {
  return EVERYDAY.has(code);
}

/** Whether `code` counts only with KMS context: a generic code, an SDK's `SDK.*` or our `client.*`. */
export function isGenericCode(code: string): boolean {
  return GENERIC_CODES.has(code) || code.startsWith('SDK.') || code.startsWith('client.');
}

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

/** How many first characters of a code the anchor search matches (see anchors.ts' WORDS). */
export const CODE_PREFIX_LENGTH = 12;

// By each code's first CODE_PREFIX_LENGTH characters (or all of a shorter one): the codes that can
// start where that prefix stands, longest first as in CODE_PATTERN. Those are the codes whose
// prefix and this one are one a prefix of the other, so a lookup tries one to four codes, where
// the codes that share their first two characters are up to 20 (`Fo`).
const CODES_BY_PREFIX = new Map<string, readonly string[]>();
for (const code of CODES_BY_LENGTH) {
  const p = code.slice(0, CODE_PREFIX_LENGTH);
  if (!CODES_BY_PREFIX.has(p)) CODES_BY_PREFIX.set(p, CODES_BY_LENGTH.filter((c) => c.slice(0, CODE_PREFIX_LENGTH).startsWith(p) || p.startsWith(c.slice(0, CODE_PREFIX_LENGTH))));
}

/**
 * The length of the code CODE_PATTERN matches at exactly `at` (the longest that starts there),
 * or 0, where `prefix`, a code's first CODE_PREFIX_LENGTH characters, is known to stand at `at`
 * (the anchor search matched it). A few `startsWith`: the full scan asks this at every anchor,
 * where a sticky CODE_PATTERN cost a tenth of the scan.
 */
export function codeLengthAfterPrefix(text: string, at: number, prefix: string): number {
  const codes = CODES_BY_PREFIX.get(prefix);
  if (codes) for (const code of codes) if (text.startsWith(code, at)) return code.length;
  return 0;
}

// A byte escape, an ANSI colour escape (`\x1b[1m`, Terraform's coloured output), or percent-encoded
// punctuation (`%3D`, `%22` in a query: percentEncoding.ts) right before a code.
const ESCAPE_AT_END = new RegExp(`(?:${ESCAPE_BEFORE}|\x1b\\[[0-9;]*m|${ENCODED_PUNCTUATION_BEFORE_CODE})$`);

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * The length of an SDK's suffix (`Error`) at `at` when a non-word character follows it, else 0;
 * also 0 when the suffixed name fills a table cell (`|Forbidden.KeyNotFoundError|`), another
 * product's own code (tableCellCode.ts). `codeStart` is where the code before the suffix starts.
 */
function suffixAt(text: string, at: number, codeStart: number): number {
  for (const s of CODE_SUFFIXES) {
    if (text.startsWith(s, at) && !isWordChar(text.charCodeAt(at + s.length))) return fillsTableCell(text, codeStart, at + s.length) ? 0 : s.length;
  }
  return 0;
}

/**
 * Whether the code matched at [at, at + length) is a whole code: not preceded by a word character
 * or a dot (`Rejected.UnsupportedOperation` is a message, not the code `UnsupportedOperation`)
 * unless that ends a byte escape (the code's length byte in `\x12\x15Forbidden.KeyNotFound`), an
 * ANSI escape or a percent-encoded punctuation character (`q%3DForbidden.KeyNotFound`); not
 * followed by a word character (except an SDK's suffix, as in pop-core's
 * `Forbidden.KeyNotFoundError`, unless the suffixed name fills a table cell, or the code's own
 * message run into it where a page's table lost
 * its cell boundaries: gluedMessage.ts) or by a dot and a letter (a longer dotted name).
 */
export function isCodeAt(text: string, at: number, length: number): boolean {
  const before = text.charCodeAt(at - 1);
  if ((isWordChar(before) || before === 46) && !ESCAPE_AT_END.test(text.slice(Math.max(0, at - 8), at))) return false;
  const end = at + length;
  const after = text.charCodeAt(end);
  if (isWordChar(after)) return suffixAt(text, end, at) > 0 || runsIntoOwnMessage(text, at, end);
  return !(after === 46 && isLetter(text.charCodeAt(end + 1)));
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
