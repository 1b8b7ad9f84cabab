import { quotePrefixInBytes, quotePrefixInText } from './quotePrefix';
import { isDigit, jenkinsPrefixInBytes, jenkinsPrefixInText, stickyLength, timePrefixInBytes, timePrefixInText, unitAt } from './timePrefixes';

/**
 * Prefixes that a log runner puts before every line of a program's output: `docker compose logs`
 * (`web-1  | `, the older `project_web_1  | `), `kubectl logs --prefix` (`[pod/NAME/CONTAINER] `),
 * GitHub Actions' timestamps (`2024-05-01T10:00:02.1234567Z `), the container runtimes' CRI log
 * files that Kubernetes keeps on every node (`/var/log/pods/.../0.log`, read by log shippers and
 * pasted from `/var/log/containers`: `2024-05-01T10:00:02.123456789Z stderr F `), Jenkins'
 * pipeline timestamps (the Timestamper plugin's `[2024-05-01T10:00:02.123Z] `), `docker logs -t`'s
 * and `kubectl logs --timestamps`' (`2024-05-01T10:00:02.123456789Z `), and journald's
 * and syslog's (`May 01 10:00:03 app-host crypto[2211]: `, as `journalctl` prints a service's
 * output and syslog writes its files), and docker's json-file lines (`{"log":"`). The prefixes that
 * are times are read in timePrefixes.ts.
 * With one, the continuation lines of a multi-line error (Java frames, a Python traceback, the Go
 * `SDKError:` block) no longer start with whitespace, so a line's role in its record (records.ts)
 * is judged after the prefix.
 *
 * Only these exact shapes count, each one a runner prints and an application line does not: a
 * container name starts with a letter and ends with its replica number before the padded `| `; a
 * kubectl prefix starts with `[pod/`; a Jenkins one is an ISO time to the millisecond in UTC in
 * brackets; a GitHub timestamp has seven fractional digits and a `Z`; docker's and the kubelet's
 * have nine (RFC 3339 with fixed nanoseconds), which applications' own timestamps do not; a CRI
 * prefix is an RFC 3339 time (up to nine fractional digits, `Z` or an offset), the stream
 * (`stdout`, `stderr`) and the tag (`F` for a full line, `P` for a part of a long one);
 * a journal prefix is a month's English abbreviation, a day, a time to the second, a host, and an
 * identifier with its optional `[pid]` before `: `. A program's own line that starts with the
 * journal's shape (syslog lines copied into another log) reads the same way, which is what it is.
 * The shapes are ASCII, so the text's readers (runnerPrefixInText, by expressions) and the bytes'
 * readers (runnerPrefixLength, byte by byte, for byteRecords.ts) find the same prefix; the tests
 * check both on every corpus line. A quote's `> ` (quotePrefix.ts) is read here too: it stands
 * before every line of a quoted error the same way.
 */

/** The longest prefix read: a kubectl pod and container name fit; the bytes' readers decode this much and more. */
export const MAX_RUNNER_PREFIX = 160;

const SPACE = 0x20;
const PIPE = 0x7c;
const QUOTE = 0x3e;

const isLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isNameUnit = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || isDigit(c) || c === 0x2d || c === 0x5f || c === 0x2e;

/** `web-1  | `, `project_web_1 | `: a container name ending in `-N` or `_N`, spaces, `| `. */
function composePrefix(src: Uint8Array, start: number, end: number): number {
  let i = start;
  let digitsFrom = -1;
  while (i - start < 64 && isNameUnit(unitAt(src, i, end))) {
    const c = unitAt(src, i, end);
    if (isDigit(c)) {
      if (digitsFrom < 0) digitsFrom = i;
    } else digitsFrom = -1;
    i++;
  }
  // The replica number, right after a `-` or `_`, ends the name.
  if (digitsFrom <= start || (unitAt(src, digitsFrom - 1, end) !== 0x2d && unitAt(src, digitsFrom - 1, end) !== 0x5f)) return 0;
  if (unitAt(src, i, end) !== SPACE) return 0;
  while (i - start < 96 && unitAt(src, i, end) === SPACE) i++;
  if (unitAt(src, i, end) !== PIPE) return 0;
  return unitAt(src, i + 1, end) === SPACE ? i + 2 - start : i + 1 - start;
}

/** The months as journald and syslog print them (`%b` in the C locale), each as its three bytes in one number. */
const MONTH_KEYS: ReadonlySet<number> = new Set(
  ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map((m) => (m.charCodeAt(0) << 16) | (m.charCodeAt(1) << 8) | m.charCodeAt(2)),
);
/** Where the time's digits stand in a journal prefix (`10:00:03` from unit 7). */
const JOURNAL_TIME_DIGITS: readonly number[] = [7, 8, 10, 11, 13, 14];
/** The longest host and identifier read in a journal prefix. */
const MAX_JOURNAL_NAME = 64;
const isPrintable = (c: number): boolean => c >= 0x21 && c <= 0x7e;

/** `May 01 10:00:03 app-host crypto[2211]: ` (the day may be space-padded, the `[pid]` missing). */
function journalPrefix(src: Uint8Array, start: number, end: number): number {
  // Where the spaces and colons stand settles most lines in five reads.
  if (unitAt(src, start + 3, end) !== SPACE || unitAt(src, start + 6, end) !== SPACE || unitAt(src, start + 9, end) !== 0x3a || unitAt(src, start + 12, end) !== 0x3a || unitAt(src, start + 15, end) !== SPACE) return 0;
  if (!MONTH_KEYS.has((unitAt(src, start, end) << 16) | (unitAt(src, start + 1, end) << 8) | unitAt(src, start + 2, end))) return 0;
  const day = unitAt(src, start + 4, end);
  if (!(day === SPACE || (day >= 0x30 && day <= 0x33)) || !isDigit(unitAt(src, start + 5, end))) return 0;
  for (const k of JOURNAL_TIME_DIGITS) if (!isDigit(unitAt(src, start + k, end))) return 0;
  let i = start + 16;
  while (i - (start + 16) < MAX_JOURNAL_NAME && isPrintable(unitAt(src, i, end))) i++;
  if (i === start + 16 || unitAt(src, i, end) !== SPACE) return 0;
  const identFrom = ++i;
  for (let c = unitAt(src, i, end); i - identFrom < MAX_JOURNAL_NAME && isPrintable(c) && c !== 0x3a && c !== 0x5b && c !== 0x5d; c = unitAt(src, ++i, end));
  if (i === identFrom) return 0;
  if (unitAt(src, i, end) === 0x5b) {
    const pidFrom = ++i;
    while (i - pidFrom < 10 && isDigit(unitAt(src, i, end))) i++;
    if (i === pidFrom || unitAt(src, i, end) !== 0x5d) return 0;
    i++;
  }
  return unitAt(src, i, end) === 0x3a && unitAt(src, i + 1, end) === SPACE ? i + 2 - start : 0;
}

// docker's json-file logs (`/var/lib/docker/containers/ID/ID-json.log`, and Kubernetes nodes'
// `/var/log/containers` under the docker runtime) write each line of a container's output as
// `{"log":"LINE\n","stream":"stderr","time":"..."}`, the line JSON-escaped: a Java frame's tab is
// the two characters `\t`. The prefix takes those escaped tabs along, so a frame's role is read
// from its `at `, as it is behind an unescaped tab; the spaces of a Go or Python block are not
// escaped and continue their record as they are.
const BRACE = 0x7b;
const DOCKER_LOG = '{"log":"';

/** The length of the escaped tabs (`\t`, two units each) at `at` in text. */
function escapedTabsInText(text: string, at: number): number {
  let i = at;
  while (text.charCodeAt(i) === 0x5c && text.charCodeAt(i + 1) === 0x74) i += 2;
  return i - at;
}

/** escapedTabsInText in bytes, read no further than `end`. */
function escapedTabsInBytes(src: Uint8Array, at: number, end: number): number {
  let i = at;
  while (unitAt(src, i, end) === 0x5c && unitAt(src, i + 1, end) === 0x74) i += 2;
  return i - at;
}

/** Whether the ASCII `literal` stands at `at` in bytes. */
function bytesStartWith(src: Uint8Array, at: number, end: number, literal: string): boolean {
  for (let k = 0; k < literal.length; k++) if (unitAt(src, at + k, end) !== literal.charCodeAt(k)) return false;
  return true;
}

const POD = '[pod/';

/** `[pod/NAME/CONTAINER] `. */
function kubectlPrefix(src: Uint8Array, start: number, end: number): number {
  for (let k = 0; k < POD.length; k++) if (unitAt(src, start + k, end) !== POD.charCodeAt(k)) return 0;
  let slashes = 0;
  for (let i = start + POD.length; i - start < MAX_RUNNER_PREFIX - 1; i++) {
    const c = unitAt(src, i, end);
    if (c === 0x2f) slashes++;
    else if (c === 0x5d) return slashes === 1 && unitAt(src, i + 1, end) === SPACE ? i + 2 - start : 0;
    else if (c <= SPACE || c > 0x7e) return 0;
  }
  return 0;
}

// The same shapes as expressions, for text: one native search per line instead of a call per code
// unit (the text's scan asks this of every line it walks; runnerPrefix.test.ts checks that both
// readings agree).
const KUBECTL_TEXT = /\[pod\/[\x21-\x2e\x30-\x5c\x5e-\x7e]*\/[\x21-\x2e\x30-\x5c\x5e-\x7e]*\] /y;
const COMPOSE_TEXT = /(?=[A-Za-z0-9._-]{1,64} )[A-Za-z][A-Za-z0-9._-]*[-_]\d+ +\| ?/y;
const JOURNAL_TEXT = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ 0-3]\d \d\d:\d\d:\d\d [\x21-\x7e]{1,64} [\x21-\x39\x3b-\x5a\x5c\x5e-\x7e]{1,64}(?:\[\d{1,10}\])?: /y;

/** The length of the log runner's prefix at `start` (a line's start) in text, or 0 (runnerPrefixLength for bytes). */
export function runnerPrefixInText(text: string, start: number): number {
  const c = text.charCodeAt(start);
  if (c === QUOTE) return quotePrefixInText(text, start);
  if (c === BRACE) return text.startsWith(DOCKER_LOG, start) ? DOCKER_LOG.length + escapedTabsInText(text, start + DOCKER_LOG.length) : 0;
  if (c === 0x5b) {
    const jenkins = jenkinsPrefixInText(text, start);
    if (jenkins > 0) return jenkins;
    const n = stickyLength(KUBECTL_TEXT, text, start);
    return n <= MAX_RUNNER_PREFIX ? n : 0;
  }
  if (isDigit(c)) return timePrefixInText(text, start);
  if (!isLetter(c)) return 0;
  // A journal prefix has spaces where a month, a day and a time end.
  if (text.charCodeAt(start + 3) === SPACE && text.charCodeAt(start + 15) === SPACE) {
    const n = stickyLength(JOURNAL_TEXT, text, start);
    if (n > 0) return n;
  }
  // The name's run ends at a space right after a digit, or there is no container name: most lines
  // (`level=info`, `INFO  `, `com.example`) are settled here without the expression.
  let i = start + 1;
  while (i - start < 65 && isNameUnit(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== SPACE || !isDigit(text.charCodeAt(i - 1))) return 0;
  const n = stickyLength(COMPOSE_TEXT, text, start);
  // The `|` stands at most 96 units in, as composePrefix reads it.
  const pipeAt = n - (text.charCodeAt(start + n - 1) === SPACE ? 2 : 1);
  return n > 0 && pipeAt <= 96 ? n : 0;
}

/**
 * The length of the log runner's prefix at `start` (a line's start) in UTF-8 bytes, read no
 * further than `end`, or 0 when the line has none (runnerPrefixInText for text).
 */
export function runnerPrefixLength(src: Uint8Array, start: number, end: number): number {
  const c = unitAt(src, start, end);
  if (c === QUOTE) return quotePrefixInBytes(src, start, end);
  if (c === BRACE) return bytesStartWith(src, start, end, DOCKER_LOG) ? DOCKER_LOG.length + escapedTabsInBytes(src, start + DOCKER_LOG.length, end) : 0;
  if (c === 0x5b) return jenkinsPrefixInBytes(src, start, end) || kubectlPrefix(src, start, end);
  // Most lines start with a timestamp: a digit settles them in three reads. A container name
  // starting with a digit is not looked for (the scan asks this of every line it walks).
  if (isDigit(c)) return timePrefixInBytes(src, start, end);
  return isLetter(c) ? journalPrefix(src, start, end) || composePrefix(src, start, end) : 0;
}
