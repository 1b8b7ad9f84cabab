import { CATALOG } from '../catalog/catalog';
import { parseMessageTemplate } from '../catalog/messageTemplate';

/**
 * A code that runs straight into its own message, with no separator between them: a help page's
 * error table rendered to text without its cell boundaries (the instance API's 2026 common error
 * table reads `InvalidParamThe Param Date is invalid.The Date header value ...`). The letter after
 * the code would make it part of a longer word; when what follows is the start of one of that
 * code's own catalog messages, the code stands as a code.
 */

// The fixed start of each catalog message (before its first hole), by code and alias. Only starts
// of some length that begin with a capital: a run-together cell boundary shows only at a capital,
// and a short start (`The `) would say nothing.
const MIN_START = 8;
const STARTS = new Map<string, string[]>();
for (const entry of CATALOG) {
  for (const m of entry.messages) {
    const start = parseMessageTemplate(m.text).literals[0] ?? '';
    if (start.length < MIN_START || !isCapital(start.charCodeAt(0))) continue;
    for (const code of [entry.code, ...(entry.aliases ?? [])]) {
      if (code === '') continue;
      const list = STARTS.get(code) ?? [];
      if (!list.includes(start)) list.push(start);
      STARTS.set(code, list);
    }
  }
}

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/**
 * Whether the code at [at, end) of `text` is followed, with nothing between, by the start of one of
 * its own catalog messages. Called only where a word character follows a code, so the slice for
 * the lookup is made for those few matches alone.
 */
export function runsIntoOwnMessage(text: string, at: number, end: number): boolean {
  if (!isCapital(text.charCodeAt(end))) return false;
  const starts = STARTS.get(text.slice(at, end));
  if (starts) for (const s of starts) if (text.startsWith(s, end)) return true;
  return false;
}
