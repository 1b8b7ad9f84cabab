/**
 * The runners' prefixes that are times (runnerPrefix.ts reads the others): GitHub Actions'
 * `2024-05-01T10:00:02.1234567Z `, the CRI log files of Kubernetes nodes
 * (`2024-05-01T10:00:02.123456789Z stderr F `), `docker logs -t` and `kubectl logs --timestamps`
 * (`2024-05-01T10:00:02.123456789Z `) and Jenkins' pipeline timestamps
 * (`[2024-05-01T10:00:02.123Z] `). Each is read in text by one sticky expression and in bytes
 * unit by unit, to the same length (runnerPrefix.test.ts checks both on every shape and corpus
 * line). An application's own timestamp matches none of them: its fraction is not seven or nine
 * digits, or a stream and tag do not follow, or it is not in brackets to the millisecond in UTC.
 */

const SPACE = 0x20;

/** The byte at `at`, or -1 at `end` and past it. */
export function unitAt(src: Uint8Array, at: number, end: number): number {
  return at < end ? src[at]! : -1;
}

/** Whether `c` is an ASCII digit. */
export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** The length `re` (sticky) matches at `start` in text, or 0. */
export function stickyLength(re: RegExp, text: string, start: number): number {
  re.lastIndex = start;
  return re.test(text) ? re.lastIndex - start : 0;
}

// `2024-05-01T10:00:02.1234567Z `: where the separators stand; every other unit up to 27 is a digit.
const GITHUB_SEPARATORS: ReadonlyMap<number, number> = new Map([
  [4, 0x2d],
  [7, 0x2d],
  [10, 0x54],
  [13, 0x3a],
  [16, 0x3a],
  [19, 0x2e],
  [27, 0x5a],
  [28, SPACE],
]);

/** Where a CRI prefix's stream must stand: after `YYYY-MM-DDTHH:MM:SS`, its fraction and its zone (at most 15 units). */
const MAX_CRI_TIME_TAIL = 15;
const isTimeTailUnit = (c: number): boolean => isDigit(c) || c === 0x2e || c === 0x3a || c === 0x2b || c === 0x2d || c === 0x5a;

/**
 * Whether ` std` follows the time's tail at `start` + 19 in bytes (settles an application's own
 * ISO timestamp in a few reads, before the full check). criStreamFollowsInText reads text alike.
 */
function criStreamFollowsInBytes(src: Uint8Array, start: number, end: number): boolean {
  if (unitAt(src, start + 10, end) !== 0x54 || unitAt(src, start + 13, end) !== 0x3a) return false;
  let i = start + 19;
  while (i - (start + 19) < MAX_CRI_TIME_TAIL && isTimeTailUnit(unitAt(src, i, end))) i++;
  return unitAt(src, i, end) === SPACE && unitAt(src, i + 1, end) === 0x73 && unitAt(src, i + 2, end) === 0x74 && unitAt(src, i + 3, end) === 0x64;
}

/** criStreamFollowsInBytes for text. */
function criStreamFollowsInText(text: string, start: number): boolean {
  if (text.charCodeAt(start + 10) !== 0x54 || text.charCodeAt(start + 13) !== 0x3a) return false;
  let i = start + 19;
  while (i - (start + 19) < MAX_CRI_TIME_TAIL && isTimeTailUnit(text.charCodeAt(i))) i++;
  return text.startsWith(' std', i);
}

const CRI_STREAM_TAGS: readonly string[] = [' stdout F ', ' stdout P ', ' stderr F ', ' stderr P '];

/** Whether the ASCII `literal` stands at `at` in bytes. */
function bytesAre(src: Uint8Array, at: number, end: number, literal: string): boolean {
  for (let k = 0; k < literal.length; k++) if (unitAt(src, at + k, end) !== literal.charCodeAt(k)) return false;
  return true;
}

/** The CRI log format's `2024-05-01T10:00:02.123456789Z stderr F ` (or `...+08:00 stdout P `). */
function criPrefix(src: Uint8Array, start: number, end: number): number {
  if (!criStreamFollowsInBytes(src, start, end)) return 0;
  for (let k = 0; k < 19; k++) {
    const want = GITHUB_SEPARATORS.get(k);
    const c = unitAt(src, start + k, end);
    if (want === undefined ? !isDigit(c) : c !== want) return 0;
  }
  let i = start + 19;
  if (unitAt(src, i, end) === 0x2e) {
    const from = ++i;
    while (i - from < 9 && isDigit(unitAt(src, i, end))) i++;
    if (i === from) return 0;
  }
  const zone = unitAt(src, i, end);
  if (zone === 0x5a) i++;
  else if (zone === 0x2b || zone === 0x2d) {
    const digits = [1, 2, 4, 5].every((k) => isDigit(unitAt(src, i + k, end)));
    if (!digits || unitAt(src, i + 3, end) !== 0x3a) return 0;
    i += 6;
  } else return 0;
  for (const tag of CRI_STREAM_TAGS) if (bytesAre(src, i, end, tag)) return i + tag.length - start;
  return 0;
}

/**
 * `docker logs -t`'s and `kubectl logs --timestamps`' `2024-05-01T10:00:02.123456789Z ` (or with an
 * offset): RFC 3339 with its nanoseconds always nine digits.
 */
function nanosecondsPrefix(src: Uint8Array, start: number, end: number): number {
  const zone = unitAt(src, start + 29, end);
  if (zone !== 0x5a && zone !== 0x2b && zone !== 0x2d) return 0;
  for (let k = 0; k < 29; k++) {
    const want = k >= 27 ? undefined : GITHUB_SEPARATORS.get(k);
    const c = unitAt(src, start + k, end);
    if (want === undefined ? !isDigit(c) : c !== want) return 0;
  }
  let i = start + 30;
  if (zone !== 0x5a) {
    const digits = [0, 1, 3, 4].every((k) => isDigit(unitAt(src, i + k, end)));
    if (!digits || unitAt(src, i + 2, end) !== 0x3a) return 0;
    i += 5;
  }
  return unitAt(src, i, end) === SPACE ? i + 1 - start : 0;
}

/** GitHub Actions' `2024-05-01T10:00:02.1234567Z `. */
function githubPrefix(src: Uint8Array, start: number, end: number): number {
  // Most lines that start with a digit start with an application's own timestamp: three reads
  // tell them apart.
  if (unitAt(src, start + 27, end) !== 0x5a || unitAt(src, start + 28, end) !== SPACE || unitAt(src, start + 10, end) !== 0x54) return 0;
  for (let k = 0; k <= 28; k++) {
    const want = GITHUB_SEPARATORS.get(k);
    const c = unitAt(src, start + k, end);
    if (want === undefined ? !isDigit(c) : c !== want) return 0;
  }
  return 29;
}

/** Jenkins' `[2024-05-01T10:00:02.123Z] `: GitHub's separators one unit on, a `.`, three digits, `Z] `. */
export function jenkinsPrefixInBytes(src: Uint8Array, start: number, end: number): number {
  if (unitAt(src, start, end) !== 0x5b || unitAt(src, start + 24, end) !== 0x5a || unitAt(src, start + 25, end) !== 0x5d || unitAt(src, start + 26, end) !== SPACE) return 0;
  for (let k = 0; k < 23; k++) {
    const want = k === 19 ? 0x2e : GITHUB_SEPARATORS.get(k);
    const c = unitAt(src, start + 1 + k, end);
    if (want === undefined ? !isDigit(c) : c !== want) return 0;
  }
  return 27;
}

const GITHUB_TEXT = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z /y;
const NANOSECONDS_TEXT = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}(?:Z|[+-]\d\d:\d\d) /y;
const CRI_TEXT = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d) std(?:out|err) [FP] /y;
const JENKINS_TEXT = /\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\] /y;

/** The time prefix at `start` (a line's start, a digit) in text, or 0 (timePrefixInBytes for bytes). */
export function timePrefixInText(text: string, start: number): number {
  // A CRI prefix first: one with seven fractional digits has GitHub's shape up to its stream.
  if (criStreamFollowsInText(text, start)) {
    const n = stickyLength(CRI_TEXT, text, start);
    if (n > 0) return n;
  }
  const at27 = text.charCodeAt(start + 27);
  if (at27 === 0x5a) return stickyLength(GITHUB_TEXT, text, start);
  return isDigit(at27) && text.charCodeAt(start + 19) === 0x2e ? stickyLength(NANOSECONDS_TEXT, text, start) : 0;
}

/** The time prefix at `start` in bytes, read no further than `end`, or 0 (timePrefixInText for text). */
export function timePrefixInBytes(src: Uint8Array, start: number, end: number): number {
  return criPrefix(src, start, end) || githubPrefix(src, start, end) || nanosecondsPrefix(src, start, end);
}

/** Jenkins' prefix at `start` (a line's start, a `[`) in text, or 0 (jenkinsPrefixInBytes for bytes). */
export function jenkinsPrefixInText(text: string, start: number): number {
  return text.charCodeAt(start + 24) === 0x5a ? stickyLength(JENKINS_TEXT, text, start) : 0;
}
