import type { ScanFormatter } from './scanRow';

/**
 * `--json`: every occurrence with its 1-based position, context and `time` (ISO 8601 as the log
 * gave it, or null), and the count per code.
 */
export const jsonFormat: ScanFormatter = (rows) => {
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.code] = (counts[r.code] ?? 0) + 1;
  const occurrences = rows.map((r) => ({ ...r, time: r.time?.iso ?? null }));
  return JSON.stringify({ occurrences, summary: counts }, null, 2) + '\n';
};
