import type { Lang } from '../../extension/core/catalog/types';
import type { DocumentSummary } from '../../extension/core/recognize/types';
import { createButton } from '../components';
import { el } from '../dom';
import { t } from '../strings';
import { postToHost } from '../vscodeApi';
import { renderTimeline } from './timelineChart';

/** What the section last received from the host. */
export interface SummaryState {
  readonly documentName: string | null;
  readonly summary: DocumentSummary | null;
}

/**
 * The active document's KMS errors: a Copy report button, the timeline (timelineChart.ts), then
 * one button per code with its count; pressing one asks the host to reveal the first occurrence.
 * Empty states say why nothing is listed.
 */
export function renderSummary(state: SummaryState, lang: Lang): HTMLElement {
  const section = el('section', { className: 'summary', attrs: { 'aria-labelledby': 'summary-heading' } });
  const heading = el('h2', { text: t(lang, 'summaryTitle'), attrs: { id: 'summary-heading' } });
  section.append(heading);
  const { summary, documentName } = state;
  if (documentName === null || summary === null) {
    section.append(el('p', { className: 'muted', text: t(lang, 'summaryNoDocument') }));
    return section;
  }
  // A plain span, not the toolkit's badge: that one sets an inline style attribute, which the CSP refuses.
  heading.append(' ', el('span', { className: 'count-badge', text: t(lang, 'summaryTotal', summary.total) }));
  section.append(el('p', { className: 'muted summary-document', text: documentName }));
  if (summary.rows.length === 0) {
    section.append(el('p', { className: 'muted', text: t(lang, 'summaryNone') }));
    return section;
  }
  // The host builds the report from the summary it sent (core markdownReport), so the page only asks.
  const copy = createButton(t(lang, 'copyReport'), () => postToHost({ type: 'copyReport', uri: summary.uri }), { appearance: 'secondary', ariaLabel: t(lang, 'copyReportLabel') });
  copy.classList.add('copy-report');
  section.append(el('div', { className: 'actions' }, [copy]));
  const timeline = summary.timeline ? renderTimeline(summary.timeline, summary.uri, lang) : null;
  if (timeline) section.append(timeline);
  const list = el('ul', { className: 'summary-rows' });
  for (const row of summary.rows) {
    const code = row.code === '' ? `(no code) HTTP ${row.httpStatus ?? '?'}` : row.code;
    const button = el('button', {
      className: 'summary-row',
      text: t(lang, 'summaryRow', code, row.count, row.firstLine + 1),
      attrs: { type: 'button', 'aria-label': t(lang, 'goToFirst', code), 'data-code': row.code },
    });
    button.addEventListener('click', () => postToHost({ type: 'revealLine', uri: summary.uri, line: row.firstLine }));
    list.append(el('li', {}, [button]));
  }
  section.append(list);
  return section;
}
