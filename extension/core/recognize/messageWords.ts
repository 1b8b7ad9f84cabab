import { CATALOG } from '../catalog/catalog';
import { parseMessageTemplate } from '../catalog/messageTemplate';
import type { CatalogEntry } from '../catalog/types';
import { isGenericCode } from './codeWords';

/** One distinct server message text, with the catalog entries that send it. */
export interface KnownMessage {
  readonly text: string;
  /** The literal pieces around the template's holes (one piece for a fixed message). */
  readonly literals: readonly string[];
  readonly entries: readonly CatalogEntry[];
  /** Wording other services use too: it identifies a KMS error only with KMS context. */
  readonly generic: boolean;
}

/**
 * Messages whose wording is not KMS's alone (other Alibaba Cloud services and other clouds send
 * the same sentences). Every other catalog message is specific enough to be KMS context itself.
 */
const GENERIC_MESSAGES: ReadonlySet<string> = new Set([
  'Internal Failure.',
  'Internal Failure',
  'An internal error occurred.',
  'The specified parameter is not valid.',
  'The specified parameter "< parameter name >" is not valid.',
  'The parameter "< parameter name >" is needed but not provided.',
  'The parameter  %s  needed but no provided.',
  'The parameter  %s  is invalid.',
  'You are not authorized to perform the operation.',
  'This action is not supported.',
  'The resource is not found.',
  'The resource already exists.',
  'QPS Limit Exceeded',
  'The secret quota is exceeded.',
  'This AccessKey is not enabled.',
]);

/** A message's wording without its spacing, case and final period: `Internal  Failure` is `Internal Failure.`. */
function fold(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\.$/, '').trim().toLowerCase();
}

const GENERIC_FOLDED: ReadonlySet<string> = new Set([...GENERIC_MESSAGES].map(fold));

// A message that names what only KMS has (a key, alias, secret, KMS itself) is KMS's wording
// even when a gateway-wide code sends it.
const KMS_THING = /(?<!Access ?)\b(?:keys?|alias(?:es)?|secrets?|kms|dkms|cmk)\b/i;

/**
 * Whether a message identifies a KMS error only with KMS context: listed as generic; sent only by
 * codes every gateway returns (their standard wording: `The input parameter "Timestamp" that is
 * mandatory ...`) unless it names a KMS thing; or a client-side failure's runtime message.
 */
function isGenericWording(text: string, entries: readonly CatalogEntry[]): boolean {
  if (GENERIC_FOLDED.has(fold(text))) return true;
  if (entries.every((e) => e.api === 'client')) return true;
  return entries.every((e) => isGenericCode(e.code)) && !KMS_THING.test(text);
}

const CODE_NAMES: ReadonlySet<string> = new Set(CATALOG.flatMap((e) => [e.code, ...(e.aliases ?? [])]));

function buildKnownMessages(): KnownMessage[] {
  const byText = new Map<string, CatalogEntry[]>();
  for (const entry of CATALOG) {
    for (const m of entry.messages) {
      if (m.text === '') continue;
      const list = byText.get(m.text) ?? [];
      if (!list.includes(entry)) list.push(entry);
      byText.set(m.text, list);
    }
  }
  return [...byText]
    // A "message" that is a code printed again (the gateway's `InternalFailure`): finding it in
    // text would find every code as its own message.
    .filter(([text]) => !CODE_NAMES.has(text.trim()))
    .map(([text, entries]) => ({
      text,
      literals: parseMessageTemplate(text).literals,
      entries,
      generic: isGenericWording(text, entries),
    }))
    .sort((a, b) => b.text.length - a.text.length);
}

/** Every distinct catalog message, longest first so a longer variant wins at the same place. */
export const KNOWN_MESSAGES: readonly KnownMessage[] = buildKnownMessages();

/** A catalog message found in text. */
export interface MessageHit {
  readonly start: number;
  readonly end: number;
  readonly known: KnownMessage;
}

// A hole matches a value on one line, of bounded length (a key id, a header value).
const MAX_HOLE = 160;

/** The end of a template match whose first literal starts at `at`, or -1. */
function matchTemplateAt(text: string, at: number, literals: readonly string[]): number {
  let pos = at + literals[0]!.length;
  for (let i = 1; i < literals.length; i++) {
    const lit = literals[i]!;
    if (lit === '') {
      // A trailing hole: take the rest of the value up to a quote, the line end or a space run.
      // (A backslash too: it starts the escaped quote that closes a JSON-escaped message.)
      const stop = /["'\\\n\r]| {2}|$/g;
      stop.lastIndex = pos;
      const m = stop.exec(text);
      pos = m ? m.index : text.length;
      continue;
    }
    const found = text.indexOf(lit, pos);
    if (found < 0 || found - pos > MAX_HOLE) return -1;
    const nl = text.indexOf('\n', pos);
    if (nl >= 0 && nl < found) return -1;
    pos = found + lit.length;
  }
  return pos;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One way a message is printed: its literal pieces as they stand, or with every `"` escaped as
 * `\"` (a JSON log whose message holds a quoted key id: `The ApiName \"Foo\" is invalid.`).
 */
interface Spelling {
  readonly known: KnownMessage;
  readonly literals: readonly string[];
}

function spellingsOf(known: KnownMessage): Spelling[] {
  const plain = { known, literals: known.literals };
  if (!known.text.includes('"')) return [plain];
  return [plain, { known, literals: known.literals.map((l) => l.replace(/"/g, '\\"')) }];
}

// The spellings by their first literal piece (a template's text before its first hole).
const BY_FIRST_LITERAL = new Map<string, Spelling[]>();
for (const known of KNOWN_MESSAGES) {
  for (const spelling of spellingsOf(known)) {
    const first = spelling.literals[0]!;
    if (first === '') continue;
    const list = BY_FIRST_LITERAL.get(first) ?? [];
    list.push(spelling);
    BY_FIRST_LITERAL.set(first, list);
  }
}

// One search for every first literal, longest first, so a record is read once, not once per message.
const FIRST_LITERALS = new RegExp(
  [...BY_FIRST_LITERAL.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'),
  'g',
);

/** Whether `text` holds the start of a catalog message (a cheap test before findMessages). */
export function mayHoldMessage(text: string): boolean {
  FIRST_LITERALS.lastIndex = 0;
  return FIRST_LITERALS.test(text);
}

// The same lists keyed by a first literal's length and first character, both known from a match
// without hashing the matched text (a Map lookup by the match string hashed all of its up to 94
// characters, for every message of every record the full scan parses).
const BY_LENGTH_AND_FIRST = new Map<number, { readonly literal: string; readonly spellings: readonly Spelling[] }[]>();
function lengthAndFirst(length: number, first: number): number {
  return length * 0x10000 + first;
}
for (const [literal, spellings] of BY_FIRST_LITERAL) {
  const key = lengthAndFirst(literal.length, literal.charCodeAt(0));
  const list = BY_LENGTH_AND_FIRST.get(key) ?? [];
  list.push({ literal, spellings });
  BY_LENGTH_AND_FIRST.set(key, list);
}

/** The spellings whose first literal is `matched` (a FIRST_LITERALS match, so one of them). */
function spellingsStartingWith(matched: string): readonly Spelling[] {
  const list = BY_LENGTH_AND_FIRST.get(lengthAndFirst(matched.length, matched.charCodeAt(0)))!;
  if (list.length === 1) return list[0]!.spellings;
  for (const e of list) if (e.literal === matched) return e.spellings;
  throw new Error(`not a first literal: ${matched}`);
}

/**
 * The catalog messages in `text` (a record), templates matched with any value in their holes.
 * At one place the longest matching variant wins.
 */
export function findMessages(text: string): MessageHit[] {
  const hits: MessageHit[] = [];
  FIRST_LITERALS.lastIndex = 0;
  for (let m = FIRST_LITERALS.exec(text); m; m = FIRST_LITERALS.exec(text)) {
    const at = m.index;
    let best: MessageHit | undefined;
    for (const { known, literals } of spellingsStartingWith(m[0])) {
      const end = literals.length === 1 ? at + m[0].length : matchTemplateAt(text, at, literals);
      if (end >= 0 && (!best || end > best.end)) best = { start: at, end, known };
    }
    if (best) {
      hits.push(best);
      FIRST_LITERALS.lastIndex = best.end;
    }
  }
  return hits;
}
