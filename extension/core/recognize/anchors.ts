import { ALL_CODES } from '../catalog/lookup';
import { CODE_PREFIX_LENGTH, codeLengthAfterPrefix, isCodeAt } from './codeWords';
import { nextPayloadLiteral, PAYLOAD_LITERALS } from './encodedPayloads';
import { mayHoldMessage } from './messageWords';
import { codeUnitAt } from '../shared/codeUnitAt';

/**
 * The anchors of the full scan. Every occurrence's record contains one, so a record without an
 * anchor holds no occurrence and is never parsed:
 * - a catalog code as a word, or a Tea exception name: one regular expression over the text
 *   (V8 compiles an alternation of literals into a fast skipping search);
 * - `kms` in its usual spellings (a message without its code counts only after a Tea exception
 *   name or with one of these in its record) and the literals every base64 `Error` body with an
 *   HTTP status contains (see encodedPayloads.ts): three `indexOf` streams (`kms`; `K` then `MS`
 *   or `ms`; `DE` then `g` or `h`), which run at memchr speed, where adding short literals to the
 *   expression would slow every position.
 */

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const TEA_NAMES = ['TeaException', 'TeaError', 'TeaUnretryable', 'TeaUnableRetry'];

// The first 12 characters of each code (a match is then checked against the full codes at that
// position): fewer, equally long literals let V8's search skip further than all 37 codes do.
// Our own `client.*` codes are left out: a lowercase first letter in the alternation makes V8's
// search stop at nearly every word of a log (it cost the full scan half again), and their records
// must say KMS anyway (isGenericCode), which a `kms` anchor, a KMS code or an SDK code finds.
const CODE_PREFIXES = [...new Set(ALL_CODES.filter((c) => !c.startsWith('client.')).map((c) => c.slice(0, CODE_PREFIX_LENGTH)))];

const WORDS = new RegExp([...CODE_PREFIXES, ...TEA_NAMES].map(escapeRegExp).join('|'), 'g');

/** Whether WORDS' match `matched` at `at` is a Tea name, or a code standing as a word. */
function isWordAt(text: string, at: number, matched: string): boolean {
  // Tea names are anchors wherever they appear (`Tea.TeaException`, `\\TeaError`).
  if (text.startsWith('Tea', at)) return true;
  const length = codeLengthAfterPrefix(text, at, matched);
  return length > 0 && isCodeAt(text, at, length);
}

function nextWord(text: string, from: number): number {
  WORDS.lastIndex = from;
  for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) {
    if (isWordAt(text, m.index, m[0])) return m.index;
    WORDS.lastIndex = m.index + 1;
  }
  return -1;
}

/**
 * Whether one line can hold (part of) an occurrence: every occurrence lies on one line and holds
 * a code, a message's first words, or a base64 or hex body's fixed bytes. Lets a lookup skip the
 * record of a line that holds none.
 */
export function lineMayHoldOccurrence(line: string): boolean {
  if (nextWord(line, 0) >= 0 || mayHoldMessage(line)) return true;
  return nextPayloadLiteral(line, 0) >= 0 || line.includes('0312');
}

// The short anchors, each searched with a one-character `indexOf` (memchr speed) on a letter that
// is rare in logs, then a check of the next characters. Adding them to WORDS would cost far more:
// a 3-character alternative shortens the window V8's regexp search skips by to 3 characters.
const M = 'M'.charCodeAt(0);
const S = 'S'.charCodeAt(0);
const m_ = 'm'.charCodeAt(0);
const s_ = 's'.charCodeAt(0);

/** The next `KMS` or `Kms` (KMS_WORDS' capitalized spellings): one pass for both. */
function nextCapitalKms(text: string, from: number): number {
  for (let i = text.indexOf('K', from); i >= 0; i = text.indexOf('K', i + 1)) {
    const a = codeUnitAt(text, i + 1);
    const b = codeUnitAt(text, i + 2);
    if ((a === M && b === S) || (a === m_ && b === s_)) return i;
  }
  return -1;
}

function nextLowerKms(text: string, from: number): number {
  return text.indexOf('kms', from);
}

/**
 * Literals every anchor begins with: each stream below finds only text that starts with one of
 * these (WORDS: a code's first 12 characters or a Tea name; `kms`, `KMS` or `Kms`; `DEg` or
 * `DEh`). So a line without any of them holds no anchor, and a reader of bytes may skip it
 * (LineLiteralFilter) and still find every occurrence the full scan finds.
 */
export const ANCHOR_LITERALS: readonly string[] = [...CODE_PREFIXES, ...TEA_NAMES, 'kms', 'KMS', 'Kms', ...PAYLOAD_LITERALS];

// Every anchor stream: the next position of one kind of anchor at or after `from`, or -1.
const STREAMS: readonly ((text: string, from: number) => number)[] = [nextWord, nextLowerKms, nextCapitalKms, nextPayloadLiteral];

/**
 * Calls `onAnchor(offset)` for each anchor in `text` at or after `from` and before `to`, in
 * order. `onAnchor` returns the offset to resume from (the end of the record it parsed), so
 * anchors inside a parsed record are skipped without being looked at twice.
 */
export function forEachAnchor(text: string, from: number, to: number, onAnchor: (offset: number) => number): void {
  // The next position of each stream; a stream is searched again only once passed.
  // An array literal of small integers has the same shape on every call (a mapped array did not
  // always: optimized code then met another shape and was thrown away).
  const next = [nextWord(text, from), nextLowerKms(text, from), nextCapitalKms(text, from), nextPayloadLiteral(text, from)];
  for (;;) {
    let at = -1;
    for (let i = 0; i < next.length; i++) {
      const n = next[i]!;
      if (n >= 0 && (at < 0 || n < at)) at = n;
    }
    if (at < 0 || at >= to) return;
    const resume = Math.max(onAnchor(at), at + 1);
    for (let i = 0; i < next.length; i++) {
      const n = next[i]!;
      if (n >= 0 && n < resume) next[i] = STREAMS[i]!(text, resume);
    }
  }
}
