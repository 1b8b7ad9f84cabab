import { summaryOfRows } from './rowSummary';
import type { ScanFormatter } from './scanRow';

/**
 * The table for people: per code its count, surface, HTTP status, first and last line, and the
 * earliest and latest time of its records (`-` when they have none).
 */
export const humanFormat: ScanFormatter = (rows, { name }) => {
  if (rows.length === 0) return `${name}: no KMS errors found.\n`;
  const summary = summaryOfRows(name, rows);
  const kinds = summary.rows.length;
  const lines = [`${name}: ${rows.length} KMS error${rows.length === 1 ? '' : 's'}, ${kinds} kind${kinds === 1 ? '' : 's'}`, ''];
  const width = Math.max(4, ...summary.rows.map((r) => r.code.length));
  const timeWidth = Math.max(10, ...summary.rows.map((r) => (r.firstTime ?? '-').length));
  lines.push(`${'count'.padStart(7)}  ${'code'.padEnd(width)}  ${'api'.padEnd(8)}  HTTP  first line  last line  ${'first time'.padEnd(timeWidth)}  last time`);
  for (const r of summary.rows) {
    const counts = `${String(r.count).padStart(7)}  ${r.code.padEnd(width)}  ${r.api.padEnd(8)}  ${String(r.httpStatus ?? '-').padStart(4)}`;
    const where = `${String(r.firstLine + 1).padStart(10)}  ${String(r.lastLine + 1).padStart(9)}`;
    lines.push(`${counts}  ${where}  ${(r.firstTime ?? '-').padEnd(timeWidth)}  ${r.lastTime ?? '-'}`);
  }
  return lines.join('\n') + '\n';
};
