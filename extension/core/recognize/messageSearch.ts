import type { KnownMessage } from './messageWords';

/** A catalog message found in text. */
export interface MessageHit {
  readonly start: number;
  readonly end: number;
  readonly known: KnownMessage;
  /** Found with its holes' quotes dropped (see unquotedLiterals), not as the server prints it. */
  readonly bare: boolean;
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

// A bare hole (see unquotedLiterals) is one token: at most this long, with no space or quote.
const MAX_BARE_HOLE = 64;
const BARE_TOKEN_END = /[\s"'`]|$/g;

/** Whether the character at `at` ends a word (the end of the text, or not a letter or digit). */
function endsWordAt(text: string, at: number): boolean {
  return at >= text.length || !/[\p{L}\p{N}_]/u.test(text[at]!);
}

/**
 * matchTemplateAt for a spelling with bare holes: each hole is one token, the next literal
 * follows it at once, and the last literal may lack its final period at the end of a word (a
 * wrapper that quotes the server's message in its own sentence: `... Got error 'The specified
 * parameter AccessKeyId is not valid'`).
 */
function matchBareTemplateAt(text: string, at: number, literals: readonly string[]): number {
  let pos = at + literals[0]!.length;
  for (let i = 1; i < literals.length; i++) {
    BARE_TOKEN_END.lastIndex = pos;
    const tokenEnd = BARE_TOKEN_END.exec(text)!.index;
    if (tokenEnd - pos > MAX_BARE_HOLE) return -1;
    const lit = literals[i]!;
    if (lit === '') {
      pos = tokenEnd;
      continue;
    }
    // The literal may begin inside the token (`message:Foo.`: the token is `Foo.`), never before it.
    const found = text.lastIndexOf(lit, tokenEnd);
    if (found > pos) {
      pos = found + lit.length;
      continue;
    }
    // The last literal without its final period: at the end of a word, or (a template that ends
    // `"<value>".`) right after the token.
    if (i < literals.length - 1 || !lit.endsWith('.')) return -1;
    const cut = lit.slice(0, -1);
    if (cut === '') {
      pos = tokenEnd;
      continue;
    }
    const short = text.lastIndexOf(cut, tokenEnd);
    if (short <= pos || !endsWordAt(text, short + cut.length)) return -1;
    pos = short + cut.length;
  }
  return pos;
}

/**
 * The word a message found at `at` goes on, or null: a word (and spaces) right before it. Asked
 * of server messages that start in lower case (`key material is invalid.`, `import token is
 * expired.`: the import and secrets APIs' terse wordings): KMS sends those as the whole message,
 * so they start a value (after a quote, a colon, a `|`, the line's start) or follow their own
 * code (`ExpiredImportToken import token is expired.`, as the Python SDK prints `Error: CODE
 * MESSAGE`); after another word they are the tail of another program's own sentence (`HMAC key
 * material is invalid`, `The key material is invalid.`).
 */
function wordBefore(text: string, at: number): string | null {
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  let start = end;
  while (start > 0 && /[\p{L}\p{N}_.]/u.test(text[start - 1]!)) start--;
  return start < end && /[\p{L}\p{N}_]/u.test(text[end - 1]!) ? text.slice(start, end) : null;
}

/** Whether one of a message's codes is `word` (the message printed right after its own code). */
function isCodeOf(known: KnownMessage, word: string): boolean {
  return known.entries.some((e) => e.code === word || (e.aliases ?? []).includes(word));
}

function startsLowercase(literal: string): boolean {
  const c = literal.charCodeAt(0);
  return c >= 0x61 && c <= 0x7a;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One way a message is printed: its literal pieces as they stand, with every `"` escaped as
 * `\"` (a JSON log whose message holds a quoted key id: `The ApiName \"Foo\" is invalid.`), or
 * with its holes bare (`bare`: see unquotedLiterals).
 */
interface Spelling {
  readonly known: KnownMessage;
  readonly literals: readonly string[];
  readonly bare: boolean;
}

/**
 * A template's literals with the quotes around each quoted hole dropped, or undefined when it has
 * none: the value printed bare (`The specified parameter AccessKeyId is not valid`), as wrappers
 * and people retyping an error do. Such a hole then takes one token only.
 */
function unquotedLiterals(literals: readonly string[]): string[] | undefined {
  const quotedAfter = (i: number) => i < literals.length - 1 && literals[i]!.endsWith('"') && literals[i + 1]!.startsWith('"');
  if (!literals.some((_, i) => quotedAfter(i))) return undefined;
  return literals.map((l, i) => {
    const head = i > 0 && quotedAfter(i - 1) ? l.slice(1) : l;
    return quotedAfter(i) ? head.slice(0, -1) : head;
  });
}

function spellingsOf(known: KnownMessage): Spelling[] {
  const plain = { known, literals: known.literals, bare: false };
  if (!known.text.includes('"')) return [plain];
  const spellings = [plain, { known, literals: known.literals.map((l) => l.replace(/"/g, '\\"')), bare: false }];
  const unquoted = unquotedLiterals(known.literals);
  if (unquoted && unquoted[0] !== '') spellings.push({ known, literals: unquoted, bare: true });
  return spellings;
}

function lengthAndFirst(length: number, first: number): number {
  return length * 0x10000 + first;
}

/**
 * A search for a set of messages: one expression for every first literal (a template's text
 * before its first hole), longest first, so a record is read once, not once per message.
 */
export class MessageSearch {
  private readonly firstLiterals: RegExp;
  // The spellings keyed by a first literal's length and first character, both known from a match
  // without hashing the matched text (a Map lookup by the match string hashed all of its up to 94
  // characters, for every message of every record the full scan parses).
  private readonly byLengthAndFirst = new Map<number, { readonly literal: string; readonly spellings: readonly Spelling[] }[]>();

  /**
   * `lowercaseStartsValue`: a message that starts in lower case counts only where it starts a
   * value or follows its own code (see wordBefore). Not for the runtimes' messages, which
   * wrappers put inside their own sentences (`nested exception is java.net.UnknownHostException`).
   */
  constructor(
    messages: readonly KnownMessage[],
    private readonly options: { readonly lowercaseStartsValue: boolean } = { lowercaseStartsValue: false },
  ) {
    const byFirst = new Map<string, Spelling[]>();
    for (const known of messages) {
      for (const spelling of spellingsOf(known)) {
        const first = spelling.literals[0]!;
        if (first === '') continue;
        const list = byFirst.get(first) ?? [];
        list.push(spelling);
        byFirst.set(first, list);
      }
    }
    const alternatives = [...byFirst.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    // An empty set matches nothing (an empty alternation would match everywhere).
    this.firstLiterals = new RegExp(alternatives.length > 0 ? alternatives.join('|') : '(?!)', 'g');
    for (const [literal, spellings] of byFirst) {
      const key = lengthAndFirst(literal.length, literal.charCodeAt(0));
      const list = this.byLengthAndFirst.get(key) ?? [];
      list.push({ literal, spellings });
      this.byLengthAndFirst.set(key, list);
    }
  }

  /** Whether `text` holds the start of one of the messages (a cheap test before find). */
  mayHold(text: string): boolean {
    this.firstLiterals.lastIndex = 0;
    return this.firstLiterals.test(text);
  }

  /** The messages in `text` (a record), templates matched with any value in their holes; at one place the longest wins. */
  find(text: string): MessageHit[] {
    const hits: MessageHit[] = [];
    const re = this.firstLiterals;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = m.index;
      const goesOn = this.options.lowercaseStartsValue && startsLowercase(m[0]) ? wordBefore(text, at) : null;
      let best: MessageHit | undefined;
      for (const { known, literals, bare } of this.spellingsStartingWith(m[0])) {
        if (goesOn !== null && !isCodeOf(known, goesOn)) continue;
        const end = literals.length === 1 ? at + m[0].length : bare ? matchBareTemplateAt(text, at, literals) : matchTemplateAt(text, at, literals);
        if (end >= 0 && (!best || end > best.end)) best = { start: at, end, known, bare };
      }
      if (best) {
        hits.push(best);
        re.lastIndex = best.end;
      }
    }
    return hits;
  }

  /** The spellings whose first literal is `matched` (a match of the expression, so one of them). */
  private spellingsStartingWith(matched: string): readonly Spelling[] {
    const list = this.byLengthAndFirst.get(lengthAndFirst(matched.length, matched.charCodeAt(0)))!;
    if (list.length === 1) return list[0]!.spellings;
    for (const e of list) if (e.literal === matched) return e.spellings;
    throw new Error(`not a first literal: ${matched}`);
  }
}
