import type { Lang } from '../catalog/types';
import { escapeMarkdown, markdownCode } from '../explain/markdownEscape';
import type { DocumentSummary, SummaryRow } from '../recognize/types';
import { entryOfRow, oneLineMeaning } from './entryMeaning';
import { fill, REPORT_LABELS as L } from './reportLabels';
import { MAX_REQUEST_IDS } from './triageSummary';

/** A table cell: text escaped so it cannot close the cell or become markup (escapeMarkdown escapes `|` too). */
function cell(value: string): string {
  return escapeMarkdown(value);
}

/** A code span that can sit in a table cell: GFM ends a cell at a `|` even inside a code span, unless escaped. */
function codeCell(value: string): string {
  return markdownCode(value).replace(/\|/g, '\\|');
}

function rowLine(row: SummaryRow, lang: Lang): string {
  const entry = entryOfRow(row);
  const code = row.code === '' ? L.noCode[lang] : codeCell(row.code);
  const surface = row.api === 'unknown' ? L.unknownSurface[lang] : row.api;
  const time = (t: string | null | undefined) => (t ? codeCell(t) : '–');
  const ids = (row.requestIds ?? []).map(codeCell).join(', ') || '–';
  return `| ${row.count} | ${code} | ${row.httpStatus ?? '–'} | ${surface} | ${time(row.firstTime)} | ${time(row.lastTime)} | ${cell(oneLineMeaning(entry, lang))} | ${ids} |`;
}

/**
 * The Markdown report of a document's KMS errors, to paste into a ticket or an issue: a title,
 * totals, then per code the count, HTTP status, API surface, first and last
 * time, the meaning in one line and up to five RequestIds. The CLI (`scan --format markdown`)
 * and the side bar's Copy report both print this. Everything read from the log is escaped.
 */
export function markdownReport(summary: DocumentSummary, documentName: string, lang: Lang): string {
  const lines = [`## ${cell(fill(L.title[lang], documentName))}`, ''];
  if (summary.rows.length === 0) return [...lines, L.none[lang], ''].join('\n');
  lines.push(fill(L.totals[lang], summary.total, summary.rows.length));
  lines.push(
    '',
    `| ${L.count[lang]} | ${L.code[lang]} | ${L.status[lang]} | ${L.surface[lang]} | ${L.first[lang]} | ${L.last[lang]} | ${L.meaning[lang]} | ${L.requestIds[lang]} ${fill(L.moreIds[lang], MAX_REQUEST_IDS)} |`,
    '|--:|---|--:|---|---|---|---|---|',
  );
  for (const row of summary.rows) lines.push(rowLine(row, lang));
  return lines.join('\n') + '\n';
}
