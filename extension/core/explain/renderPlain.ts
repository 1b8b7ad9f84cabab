import type { Lang } from '../catalog/types';
import type { Explanation } from './explanation';
import { operationsPlain } from './compactOperations';
import { LABELS, statusLabel } from './labels';

/**
 * The plain-text rendering of an explanation, for terminals and CI logs: no markup, lines of
 * "label: value", message variants indented, the found one marked with ">".
 */
export function explanationToPlain(e: Explanation, lang: Lang): string {
  const status = statusLabel(e, lang);
  const out = [`${e.title}  (${status}, ${e.apiLabel})`, `  ${e.meaning}`, `  ${LABELS.fix[lang]}: ${e.fix}`];
  for (const note of e.notes) out.push(`  ${LABELS.notes[lang]}: ${note}`);
  if (e.messages.length > 0) {
    out.push(`  ${LABELS.messages[lang]}:`);
    for (const m of e.messages) {
      const extra = [m.meaning && !m.matched ? m.meaning : '', m.provenance === 'inferred' ? `(${LABELS.inferred[lang]})` : '', m.source ? `(${LABELS.sdkWording[lang]}: ${m.source})` : '']
        .filter(Boolean)
        .join(' ');
      out.push(`    ${m.matched ? '>' : '-'} ${m.text}${extra ? `  ${extra}` : ''}`);
      if (m.operations) out.push(`        ${LABELS.onlyFrom[lang]}: ${operationsPlain(e, m.operations, lang)}`);
    }
  }
  const any = e.foundOperation ? `${LABELS.anyOperation[lang]} (${e.foundOperation} <- ${LABELS.thisOne[lang]})` : LABELS.anyOperation[lang];
  out.push(`  ${LABELS.operations[lang]}: ${e.operations.length > 0 ? operationsPlain(e, e.operations, lang) : any}`);
  if (e.operations.length === 0 && e.listedIn.length > 0) out.push(`    ${LABELS.listedIn[lang]}: ${operationsPlain(e, e.listedIn, lang)}`);
  for (const s of e.otherStatuses) out.push(`  ${LABELS.otherStatuses[lang]}: HTTP ${s.httpStatus} (${operationsPlain(e, s.operations, lang)})`);
  if (e.source) out.push(`  ${LABELS.source[lang]}: ${e.source}`);
  if (e.aliases.length > 0) out.push(`  ${LABELS.aliases[lang]}: ${e.aliases.join(', ')}`);
  out.push(`  ${e.retryable ? `${LABELS.retriedBy[lang]}: ${e.retriedBy.join(', ')}` : LABELS.notRetried[lang]}`);
  out.push(`  ${LABELS.documentation[lang]}: ${e.docUrl}`);
  return out.join('\n');
}
