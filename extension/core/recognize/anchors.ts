import { ALL_CODES } from '../catalog/lookup';
import { ESCAPE_BEFORE } from './codeWords';
import { PAYLOAD_ANCHORS } from './encodedPayloads';
import { KNOWN_MESSAGES } from './messageWords';
import { compileMultiSearch, REJECT, searchAll, STOP, WINDOW } from './multiSearch';

/**
 * The anchors of the full scan: every occurrence contains one, so a record without an anchor
 * holds no occurrence and is never parsed. Anchors are the catalog codes themselves (checked as
 * whole words) and, for each known message, its longest word (checked by the message's literal
 * text around it), so a common word alone (`Internal`, `specified`) costs one comparison, and
 * the base64 and hex forms of the codes' first letters (encoded `Error` bodies).
 */
interface Anchor {
  readonly literal: string;
  /** Whether the literal found at `offset` is really the start of an occurrence candidate. */
  readonly verify: (text: string, offset: number) => boolean;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

const ESCAPE_AT_END = new RegExp(`${ESCAPE_BEFORE}$`);

function codeAnchor(code: string): Anchor {
  return {
    literal: code,
    verify: (text, at) => {
      const before = text.charCodeAt(at - 1);
      if ((isWordChar(before) || before === 46) && !ESCAPE_AT_END.test(text.slice(Math.max(0, at - 6), at))) return false;
      const after = text.charCodeAt(at + code.length);
      return !isWordChar(after);
    },
  };
}

function messageAnchors(): Anchor[] {
  const anchors: Anchor[] = [];
  for (const known of KNOWN_MESSAGES) {
    const literal = [...known.literals].sort((a, b) => b.length - a.length)[0]!;
    const word = literal.split(' ').sort((a, b) => b.length - a.length)[0]!;
    // A short longest word is widened to WINDOW characters of the literal around it.
    const wordAt = word.length >= WINDOW ? literal.indexOf(word) : Math.max(0, Math.min(literal.indexOf(word), literal.length - WINDOW));
    const piece = word.length >= WINDOW ? word : literal.slice(wordAt, wordAt + WINDOW);
    if (piece.length < WINDOW) throw new Error(`no anchor for message: ${known.text}`);
    anchors.push({ literal: piece, verify: (text, at) => text.startsWith(literal, at - wordAt) });
  }
  return anchors;
}

// A base64 or hex body is verified by decoding it, in the record.
const payloadAnchor = (literal: string): Anchor => ({ literal, verify: () => true });

const ANCHORS: readonly Anchor[] = [...ALL_CODES.map(codeAnchor), ...messageAnchors(), ...PAYLOAD_ANCHORS.map(payloadAnchor)];
const SEARCH = compileMultiSearch(ANCHORS.map((a) => a.literal));

/**
 * Calls `onAnchor(offset)` for each verified anchor in `text` at or after `from` and before `to`.
 * `onAnchor` returns the offset to resume from (the end of the record it parsed).
 */
export function forEachAnchor(text: string, from: number, to: number, onAnchor: (offset: number) => number): void {
  searchAll(SEARCH, text, from, (offset, index) => {
    if (offset >= to) return STOP;
    if (!ANCHORS[index]!.verify(text, offset)) return REJECT;
    return onAnchor(offset);
  });
}
