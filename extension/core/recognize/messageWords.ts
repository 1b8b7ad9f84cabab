import { CATALOG } from '../catalog/catalog';
import { parseMessageTemplate } from '../catalog/messageTemplate';
import type { CatalogEntry } from '../catalog/types';

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
    .map(([text, entries]) => ({
      text,
      literals: parseMessageTemplate(text).literals,
      entries,
      generic: GENERIC_MESSAGES.has(text),
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
      const stop = /["'\n\r]| {2}|$/g;
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

/**
 * The catalog messages in `text` (a record), templates matched with any value in their holes.
 * Overlapping matches keep the longest variant.
 */
export function findMessages(text: string): MessageHit[] {
  const hits: MessageHit[] = [];
  for (const known of KNOWN_MESSAGES) {
    const first = known.literals[0]!;
    if (first === '') continue;
    for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
      const end = known.literals.length === 1 ? at + first.length : matchTemplateAt(text, at, known.literals);
      if (end < 0) continue;
      if (hits.some((h) => h.start < end && at < h.end)) continue;
      hits.push({ start: at, end, known });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
