import type { Lang } from '../catalog/types';
import type { Explanation } from './explanation';
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
    }
  }
  out.push(`  ${LABELS.operations[lang]}: ${e.operations.length > 0 ? e.operations.join(', ') : LABELS.anyOperation[lang]}`);
  out.push(`  ${e.retryable ? `${LABELS.retriedBy[lang]}: ${e.retriedBy.join(', ')}` : LABELS.notRetried[lang]}`);
  out.push(`  ${LABELS.documentation[lang]}: ${e.docUrl}`);
  return out.join('\n');
}
