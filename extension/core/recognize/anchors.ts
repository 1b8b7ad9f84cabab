import { ALL_CODES } from '../catalog/lookup';
import { CODE_PATTERN, isCodeAt } from './codeWords';
import { PAYLOAD_LITERALS } from './encodedPayloads';
import { mayHoldMessage } from './messageWords';
import { KMS_WORDS } from './recordContext';

/**
 * The anchors of the full scan. Every occurrence's record contains one, so a record without an
 * anchor holds no occurrence and is never parsed:
 * - a catalog code as a word, or a Tea exception name: one regular expression over the text
 *   (V8 compiles an alternation of literals into a fast skipping search);
 * - `kms` in its usual spellings (a message without its code counts only after a Tea exception
 *   name or with one of these in its record) and the literals every base64 `Error` body with an
 *   HTTP status contains (see encodedPayloads.ts): each a separate `indexOf`, which runs at
 *   memchr speed, where adding short literals to the expression would slow every position.
 */

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const TEA_NAMES = ['TeaException', 'TeaError', 'TeaUnretryable', 'TeaUnableRetry'];

// The first 12 characters of each code (a match is then checked against the full codes at that
// position): fewer, equally long literals let V8's search skip further than all 37 codes do.
const CODE_PREFIXES = [...new Set(ALL_CODES.map((c) => c.slice(0, 12)))];

const WORDS = new RegExp([...CODE_PREFIXES, ...TEA_NAMES].map(escapeRegExp).join('|'), 'g');
const CODE_HERE = new RegExp(CODE_PATTERN.source, 'y');
const LITERALS: readonly string[] = [...KMS_WORDS, ...PAYLOAD_LITERALS];

/** Whether the match at `at` is a Tea name, or a code standing as a word. */
function isWordAt(text: string, at: number): boolean {
  // Tea names are anchors wherever they appear (`Tea.TeaException`, `\\TeaError`).
  if (text.startsWith('Tea', at)) return true;
  CODE_HERE.lastIndex = at;
  const code = CODE_HERE.exec(text);
  return code !== null && isCodeAt(text, at, code[0].length);
}

function nextWord(text: string, from: number): number {
  WORDS.lastIndex = from;
  for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) {
    if (isWordAt(text, m.index)) return m.index;
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
  return PAYLOAD_LITERALS.some((l) => line.includes(l)) || line.includes('0312');
}

/**
 * Calls `onAnchor(offset)` for each anchor in `text` at or after `from` and before `to`, in
 * order. `onAnchor` returns the offset to resume from (the end of the record it parsed), so
 * anchors inside a parsed record are skipped without being looked at twice.
 */
export function forEachAnchor(text: string, from: number, to: number, onAnchor: (offset: number) => number): void {
  // The next position of each stream: the expression first, then each literal.
  const next: number[] = [nextWord(text, from), ...LITERALS.map((l) => text.indexOf(l, from))];
  for (;;) {
    let at = -1;
    for (const n of next) if (n >= 0 && (at < 0 || n < at)) at = n;
    if (at < 0 || at >= to) return;
    const resume = Math.max(onAnchor(at), at + 1);
    if (next[0]! >= 0 && next[0]! < resume) next[0] = nextWord(text, resume);
    for (let i = 1; i < next.length; i++) {
      if (next[i]! >= 0 && next[i]! < resume) next[i] = text.indexOf(LITERALS[i - 1]!, resume);
    }
  }
}
