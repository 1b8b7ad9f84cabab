import { entryOfRow, oneLineMeaning } from '../../core';
import { localizedDocUrl } from '../../core/catalog/docUrls';
import { occurrenceMessage, portablePath } from './occurrenceText';
import type { FormatContext, ScanFormatter, ScanRow } from './scanRow';

/**
 * `--format sarif`: a SARIF 2.1.0 log for code-scanning tools (GitHub code scanning, VS Code's
 * SARIF viewer). One rule per code (`id` = the code, short description = its meaning, `helpUri`
 * = its documentation page), one result per occurrence with its physical location. Columns are
 * UTF-16 code units, as the scan counts them (said in `columnKind`).
 */

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const TOOL_VERSION = '0.1.0';

/** The rule id of a code; the code-less 413 row (an empty Error) gets `HTTP-413`. */
export function ruleIdOf(row: Pick<ScanRow, 'code' | 'httpStatus'>): string {
  return row.code === '' ? `HTTP-${row.httpStatus ?? 'unknown'}` : row.code;
}

/** An artifact URI: a relative path stays relative (to the repository root), percent-encoded. */
function artifactLocation(path: string | null): Record<string, unknown> {
  if (path === null) return { description: { text: 'standard input' } };
  const portable = portablePath(path);
  const absolute = portable.startsWith('/') || /^[A-Za-z]:\//.test(portable);
  return { uri: absolute ? `file://${encodeURI(portable.startsWith('/') ? portable : `/${portable}`)}` : encodeURI(portable) };
}

function rulesOf(rows: readonly ScanRow[], { lang }: FormatContext) {
  const byId = new Map<string, ScanRow>();
  for (const row of rows) if (!byId.has(ruleIdOf(row))) byId.set(ruleIdOf(row), row);
  return [...byId.entries()].map(([id, row]) => {
    const entry = entryOfRow(row);
    return {
      id,
      name: id.replace(/[^A-Za-z0-9]/g, ''),
      shortDescription: { text: oneLineMeaning(entry, lang) },
      ...(entry ? { fullDescription: { text: entry.meaning[lang] }, helpUri: localizedDocUrl(entry.docUrl, lang), help: { text: entry.fix[lang] } } : {}),
      properties: { httpStatus: entry?.httpStatus ?? row.httpStatus, api: entry?.api ?? row.api },
    };
  });
}

export const sarifFormat: ScanFormatter = (rows, context) => {
  const rules = rulesOf(rows, context);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const location = artifactLocation(context.path);
  // With several inputs each row names its file.
  const locationOf = (row: ScanRow) => (row.file === undefined ? location : artifactLocation(row.file));
  const results = rows.map((row) => ({
    ruleId: ruleIdOf(row),
    ruleIndex: index.get(ruleIdOf(row))!,
    level: 'warning',
    message: { text: occurrenceMessage(row, context.lang) },
    locations: [{ physicalLocation: { artifactLocation: locationOf(row), region: { startLine: row.line, startColumn: row.column } } }],
    properties: { api: row.api, httpStatus: row.httpStatus, requestId: row.requestId, time: row.time?.iso ?? null },
  }));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'kms-errors', version: TOOL_VERSION, rules } }, columnKind: 'utf16CodeUnits', results }],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
