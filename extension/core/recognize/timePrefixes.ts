/**
 * The runners' prefixes that are times (runnerPrefix.ts reads the others): GitHub Actions'
 * `2024-05-01T10:00:02.1234567Z `, the CRI log files of Kubernetes nodes
 * (`2024-05-01T10:00:02.123456789Z stderr F `), `docker logs -t` and `kubectl logs --timestamps`
 * (`2024-05-01T10:00:02.123456789Z `) and Jenkins' pipeline timestamps
 * (`[2024-05-01T10:00:02.123Z] `). Each is read in text and in bytes alike, to the same length
 * (runnerPrefix.test.ts checks both on every shape and corpus line). An application's own
 * timestamp matches none of them: its fraction is not seven or nine digits, or a stream and tag
 * do not follow, or it is not in brackets to the millisecond in UTC.
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

// Where `YYYY-MM-DDTHH:MM:SS` has its digits and its marks (the `T` at 10 and the `:` at 13 are
// read first, in the tail's check).
const DATE_TIME_DIGITS: readonly number[] = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];
const DATE_TIME_MARKS: readonly (readonly [number, number])[] = [
  [4, 0x2d],
  [7, 0x2d],
  [16, 0x3a],
];
const CRI_STREAMS: readonly string[] = ['stdout', 'stderr'];

/**
 * The length of the time prefix at `start` (a line's start, a digit) in bytes, read no further
 * than `end`, or 0 (timePrefixInText for text). An application's own ISO timestamp starts most
 * lines, so the part after the seconds is read first, in one pass: its fraction's length and zone,
 * then what follows, settle which runner printed it (CRI: a stream and a tag; GitHub: seven
 * digits and `Z`; docker and the kubelet: nine digits), or that none did, in a few reads.
 */
export function timePrefixInBytes(src: Uint8Array, start: number, end: number): number {
  if (unitAt(src, start + 10, end) !== 0x54 || unitAt(src, start + 13, end) !== 0x3a) return 0;
  let i = start + 19;
  let fraction = 0;
  if (unitAt(src, i, end) === 0x2e) {
    for (i++; fraction <= 9 && isDigit(unitAt(src, i, end)); i++) fraction++;
    if (fraction === 0 || fraction > 9) return 0;
  }
  const zone = unitAt(src, i, end);
  if (zone === 0x5a) i++;
  else if (zone === 0x2b || zone === 0x2d) {
    if (!isDigit(unitAt(src, i + 1, end)) || !isDigit(unitAt(src, i + 2, end)) || unitAt(src, i + 3, end) !== 0x3a || !isDigit(unitAt(src, i + 4, end)) || !isDigit(unitAt(src, i + 5, end))) return 0;
    i += 6;
  } else return 0;
  if (unitAt(src, i, end) !== SPACE) return 0;
  let length = 0;
  if (unitAt(src, i + 1, end) === 0x73 && criStreamInBytes(src, i + 1, end)) length = i + 10 - start;
  else if ((fraction === 7 && zone === 0x5a) || fraction === 9) length = i + 1 - start;
  if (length === 0) return 0;
  for (const k of DATE_TIME_DIGITS) if (!isDigit(unitAt(src, start + k, end))) return 0;
  for (const [k, mark] of DATE_TIME_MARKS) if (unitAt(src, start + k, end) !== mark) return 0;
  return length;
}

/** Whether a CRI stream and tag (`stdout F `, `stderr P `) stand at `at` in bytes. */
function criStreamInBytes(src: Uint8Array, at: number, end: number): boolean {
  const tag = unitAt(src, at + 7, end);
  if (unitAt(src, at + 6, end) !== SPACE || (tag !== 0x46 && tag !== 0x50) || unitAt(src, at + 8, end) !== SPACE) return false;
  return CRI_STREAMS.some((stream) => {
    for (let k = 0; k < stream.length; k++) if (unitAt(src, at + k, end) !== stream.charCodeAt(k)) return false;
    return true;
  });
}

/** timePrefixInBytes for text, read the same way. */
export function timePrefixInText(text: string, start: number): number {
  if (text.charCodeAt(start + 10) !== 0x54 || text.charCodeAt(start + 13) !== 0x3a) return 0;
  let i = start + 19;
  let fraction = 0;
  if (text.charCodeAt(i) === 0x2e) {
    for (i++; fraction <= 9 && isDigit(text.charCodeAt(i)); i++) fraction++;
    if (fraction === 0 || fraction > 9) return 0;
  }
  const zone = text.charCodeAt(i);
  if (zone === 0x5a) i++;
  else if (zone === 0x2b || zone === 0x2d) {
    if (!isDigit(text.charCodeAt(i + 1)) || !isDigit(text.charCodeAt(i + 2)) || text.charCodeAt(i + 3) !== 0x3a || !isDigit(text.charCodeAt(i + 4)) || !isDigit(text.charCodeAt(i + 5))) return 0;
    i += 6;
  } else return 0;
  if (text.charCodeAt(i) !== SPACE) return 0;
  let length = 0;
  if (text.charCodeAt(i + 1) === 0x73 && CRI_STREAM_TEXT.test(text.slice(i + 1, i + 10))) length = i + 10 - start;
  else if ((fraction === 7 && zone === 0x5a) || fraction === 9) length = i + 1 - start;
  if (length === 0) return 0;
  for (const k of DATE_TIME_DIGITS) if (!isDigit(text.charCodeAt(start + k))) return 0;
  for (const [k, mark] of DATE_TIME_MARKS) if (text.charCodeAt(start + k) !== mark) return 0;
  return length;
}

const CRI_STREAM_TEXT = /^std(?:out|err) [FP] $/;

/** Jenkins' `[2024-05-01T10:00:02.123Z] `: an ISO time to the millisecond in UTC, in brackets. */
export function jenkinsPrefixInBytes(src: Uint8Array, start: number, end: number): number {
  if (unitAt(src, start, end) !== 0x5b || unitAt(src, start + 24, end) !== 0x5a || unitAt(src, start + 25, end) !== 0x5d || unitAt(src, start + 26, end) !== SPACE) return 0;
  const t = start + 1;
  if (unitAt(src, t + 10, end) !== 0x54 || unitAt(src, t + 13, end) !== 0x3a || unitAt(src, t + 19, end) !== 0x2e) return 0;
  for (const k of [...DATE_TIME_DIGITS, 20, 21, 22]) if (!isDigit(unitAt(src, t + k, end))) return 0;
  for (const [k, mark] of DATE_TIME_MARKS) if (unitAt(src, t + k, end) !== mark) return 0;
  return 27;
}

const JENKINS_TEXT = /\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\] /y;

/** Jenkins' prefix at `start` (a line's start, a `[`) in text, or 0 (jenkinsPrefixInBytes for bytes). */
export function jenkinsPrefixInText(text: string, start: number): number {
  return text.charCodeAt(start + 24) === 0x5a ? stickyLength(JENKINS_TEXT, text, start) : 0;
}
