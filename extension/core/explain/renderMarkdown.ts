import type { Lang } from '../catalog/types';
import type { Explanation } from './explanation';
import { entryOperationsMarkdown, HOVER_MESSAGE_OPERATIONS, HOVER_OPERATIONS, operationsMarkdown } from './compactOperations';
import { LABELS, statusLabel } from './labels';
import { escapeMarkdown, markdownCode } from './markdownEscape';

/** A link shown under an explanation, e.g. a VS Code command link built by the server. */
export interface MarkdownLink {
  readonly title: string;
  readonly href: string;
}

/** Options for the Markdown rendering. */
export interface MarkdownOptions {
  readonly lang: Lang;
  /** Links appended on the last line, in order. Their titles are escaped; hrefs are trusted. */
  readonly links?: readonly MarkdownLink[];
}

/**
 * The Markdown rendering of an explanation, as hovers and the webview show it. The first line
 * carries code, HTTP status, API surface and the one-line meaning, so a glance is enough.
 * Catalog text is ours; message text is escaped anyway because it is shown inside code spans.
 */
export function explanationToMarkdown(e: Explanation, options: MarkdownOptions): string {
  const { lang } = options;
  const status = statusLabel(e, lang);
  const out: string[] = [`**${escapeMarkdown(e.title)}** · ${status} · ${escapeMarkdown(e.apiLabel)} — ${escapeMarkdown(e.meaning)}`, ''];
  out.push(`**${LABELS.fix[lang]}:** ${escapeMarkdown(e.fix)}`, '');
  for (const note of e.notes) out.push(`**${LABELS.notes[lang]}:** ${escapeMarkdown(note)}`, '');
  if (e.messages.length > 0) {
    out.push(`**${LABELS.messages[lang]}:**`, '');
    for (const m of e.messages) {
      const tags = [m.matched ? `**← ${LABELS.thisOne[lang]}**` : '', m.provenance === 'inferred' ? `_${LABELS.inferred[lang]}_` : '', m.source ? `_${LABELS.sdkWording[lang]}: ${escapeMarkdown(m.source)}_` : '']
        .filter(Boolean)
        .join(' ');
      const meaning = m.meaning && !m.matched ? ` — ${escapeMarkdown(m.meaning)}` : '';
      const only = m.operations ? ` (${LABELS.onlyFrom[lang]} ${operationsMarkdown(e, m.operations, HOVER_MESSAGE_OPERATIONS, lang, false)})` : '';
      out.push(`- ${markdownCode(m.text)}${only}${meaning}${tags ? ` ${tags}` : ''}`);
    }
    out.push('');
  }
  out.push(`**${LABELS.operations[lang]}:** ${entryOperationsMarkdown(e, lang)}`, '');
  if (e.otherStatuses.length > 0) {
    const other = e.otherStatuses.map((s) => `HTTP ${s.httpStatus} (${operationsMarkdown(e, s.operations, HOVER_OPERATIONS, lang)})`).join(' · ');
    out.push(`**${LABELS.otherStatuses[lang]}:** ${other}`, '');
  }
  if (e.source) out.push(`_${LABELS.source[lang]}: ${escapeMarkdown(e.source)}_`, '');
  if (e.aliases.length > 0) out.push(`${LABELS.aliases[lang]}: ${e.aliases.map(markdownCode).join(', ')}`, '');
  out.push(e.retryable ? `**${LABELS.retriedBy[lang]}:** ${e.retriedBy.join(', ')}` : LABELS.notRetried[lang], '');
  const links = [`[${LABELS.documentation[lang]}](${e.docUrl})`, ...(options.links ?? []).map((l) => `[${escapeMarkdown(l.title)}](${l.href})`)];
  out.push(links.join(' · '));
  return out.join('\n');
}
