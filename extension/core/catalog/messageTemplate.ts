/**
 * Server messages with a variable part, as the documentation writes them: `<parameter name>`,
 * `< parameter name >`, `<apiname>`, or the printf-style `%s`. The literal pieces between them
 * are what a recognizer must find; the holes match any value.
 */
const PLACEHOLDER = /<[^<>\n]{1,40}>|%s/g;

/** A message split into its literal pieces; `literals.length === holes + 1`. */
export interface MessageTemplate {
  readonly text: string;
  readonly literals: readonly string[];
  readonly holes: readonly string[];
}

/** Splits a catalog message into literal pieces and the placeholders between them. */
export function parseMessageTemplate(text: string): MessageTemplate {
  const literals: string[] = [];
  const holes: string[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    literals.push(text.slice(last, m.index));
    holes.push(m[0]);
    last = (m.index ?? 0) + m[0].length;
  }
  literals.push(text.slice(last));
  return { text, literals, holes };
}

/** Whether a message has a variable part. */
export function isTemplated(text: string): boolean {
  return parseMessageTemplate(text).holes.length > 0;
}

/**
 * Whether `actual` (a message as found in a log or payload) is an instance of `template`.
 * Holes match any run of characters on one line, so `This operation for "key-123" is forbidden
 * by permission system.` matches its template.
 */
export function matchesTemplate(template: string, actual: string): boolean {
  const { literals } = parseMessageTemplate(template);
  if (literals.length === 1) return literals[0] === actual;
  if (!actual.startsWith(literals[0]!) || !actual.endsWith(literals[literals.length - 1]!)) return false;
  let at = literals[0]!.length;
  const end = actual.length - literals[literals.length - 1]!.length;
  for (let i = 1; i < literals.length - 1; i++) {
    const found = actual.indexOf(literals[i]!, at);
    if (found < 0 || found > end) return false;
    at = found + literals[i]!.length;
  }
  return at <= end && !actual.slice(literals[0]!.length, end).includes('\n');
}
