import type { Lang } from '../catalog/types';
import type { Explanation } from './explanation';
import { LABELS, moreLabel, operationTag } from './labels';
import { markdownCode } from './markdownEscape';

/** Most operations a hover lists for an entry, and for one of its messages, before "+N more". */
export const HOVER_OPERATIONS = 6;
export const HOVER_MESSAGE_OPERATIONS = 3;

/**
 * Operations as one Markdown line of bounded length: the found one first and marked, tags for
 * operations known only from an inferred or tool source, then "+N more". The hover of a code
 * that 60 operations document stays as long as that of a code one operation documents.
 */
export function operationsMarkdown(e: Explanation, operations: readonly string[], max: number, lang: Lang, arrow = true): string {
  const shown = operations.slice(0, max).map((op) => {
    const tag = operationTag(e.operationProvenance[op], lang);
    const isFound = op === e.foundOperation;
    // Inside a message's line the arrow belongs to the message: the found operation is bold there.
    const name = isFound && !arrow ? `**${markdownCode(op)}**` : markdownCode(op);
    return `${name}${tag ? ` _(${tag})_` : ''}${isFound && arrow ? ` **← ${LABELS.thisOne[lang]}**` : ''}`;
  });
  if (operations.length > max) shown.push(moreLabel(operations.length - max, lang));
  return shown.join(', ');
}

/** The entry's operations line: "any operation" for a common code, with the found one after it. */
export function entryOperationsMarkdown(e: Explanation, lang: Lang): string {
  if (e.operations.length > 0) return operationsMarkdown(e, e.operations, HOVER_OPERATIONS, lang);
  const any = LABELS.anyOperation[lang];
  return e.foundOperation ? `${any} · ${markdownCode(e.foundOperation)} **← ${LABELS.thisOne[lang]}**` : any;
}

/** The plain-text list of operations, complete (a terminal has room): tags in parentheses, the found one marked. */
export function operationsPlain(e: Explanation, operations: readonly string[], lang: Lang): string {
  return operations
    .map((op) => {
      const tag = operationTag(e.operationProvenance[op], lang);
      return `${op}${tag ? ` (${tag})` : ''}${op === e.foundOperation ? ` <- ${LABELS.thisOne[lang]}` : ''}`;
    })
    .join(', ');
}
