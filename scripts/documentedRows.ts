// Groups the reference's error rows (kms-error-rows.json) into one DocumentedCode per
// (API surface, code). Pure: scripts/genCatalog.ts writes the result, and a test checks that the
// committed file is what this gives today.
import type { DocumentedCode, DocumentedMessage } from '../extension/core/catalog/documentedTypes';
import type { ApiSurface, Provenance } from '../extension/core/catalog/types';

/** One row of kms-error-rows.json: one (operation, HTTP status, code, message) with its source. */
export interface ReferenceRow {
  readonly operation: string;
  readonly httpStatus: number | null;
  readonly code: string | null;
  readonly message: string | null;
  readonly source: string;
}

export interface ReferenceRows {
  readonly openapi: readonly ReferenceRow[];
  readonly instance: readonly ReferenceRow[];
}

/** The operation cell of a common table's row: the code may come from any operation. */
export const COMMON = '(common)';

/**
 * Documented misspellings, each a row's code in the sources (the 2019 common table, the API
 * metadata of three operations): kept as aliases of the code they misspell.
 */
export const MISSPELT_CODES: Readonly<Record<ApiSurface, Readonly<Record<string, string>>>> = {
  openapi: {
    SerivceUnavailableTemporary: 'ServiceUnavailableTemporary',
    SerivceUnvailableTemporary: 'ServiceUnavailableTemporary',
    'Rejetced.PendingDeletion': 'Rejected.PendingDeletion',
  },
  instance: {},
  client: {},
};

/**
 * Rows without a code: the Terraform provider matches `QPS Limit Exceeded` as a message, and the
 * knowledge-base sample body of the same gateway sends it with Rejected.Throttling.
 */
const CODE_OF_CODELESS_MESSAGE: Readonly<Record<string, string>> = { 'QPS Limit Exceeded': 'Rejected.Throttling' };

/**
 * The instance API's 413 row writes "None." in both its code and its message cells: the answer has
 * neither, so it is the catalog's code-less entry (an empty body decodes to the same).
 */
export const NONE_CELL = 'None.';

/** The code a row belongs to in the catalog. */
export function catalogCodeOf(api: ApiSurface, row: ReferenceRow): string {
  if (row.code === null) return CODE_OF_CODELESS_MESSAGE[row.message ?? ''] ?? '';
  if (api === 'instance' && row.code === NONE_CELL) return '';
  return MISSPELT_CODES[api][row.code] ?? row.code;
}

/** The message a row documents, or null (Terraform's code-only rows, the 413 row's "None."). */
export function catalogMessageOf(api: ApiSurface, row: ReferenceRow): string | null {
  if (api === 'instance' && row.code === NONE_CELL) return null;
  return row.message;
}

function provenanceOf(row: ReferenceRow): Provenance {
  if (row.source.startsWith('INFERRED')) return 'inferred';
  if (row.source.startsWith('SDK source') || row.source.startsWith('aliyun/terraform-provider-alicloud')) return 'sdk';
  return 'documented';
}

/** A short name of a source that is not a documented error table. */
function sourceLabel(row: ReferenceRow): string {
  if (row.source.startsWith('aliyun/terraform-provider-alicloud')) return `Terraform provider (aliyun/terraform-provider-alicloud), ${row.operation}`;
  if (row.source.startsWith('SDK source')) return 'KMS instance SDKs for Go and Java';
  return `inferred: ${row.source.replace(/^INFERRED:\s*/, '').split(';')[0]!.replace(/\s+/g, ' ')}`;
}

/** The strongest provenance among rows: documented beats inferred beats sdk. */
function strongest(rows: readonly ReferenceRow[]): Provenance {
  const all = rows.map(provenanceOf);
  return all.includes('documented') ? 'documented' : all.includes('inferred') ? 'inferred' : 'sdk';
}

function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function groupCode(api: ApiSurface, code: string, rows: readonly ReferenceRow[]): DocumentedCode {
  const common = rows.some((r) => r.operation === COMMON);
  const perOperation = rows.filter((r) => r.operation !== COMMON);
  const statuses = rows.map((r) => r.httpStatus).filter((s): s is number => s !== null);
  const commonStatus = rows.find((r) => r.operation === COMMON && r.httpStatus !== null)?.httpStatus;
  const counts = new Map<number, number>();
  for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
  const httpStatus = commonStatus ?? [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;

  const otherStatuses = distinct(statuses.filter((s) => s !== httpStatus)).map((s) => ({
    httpStatus: s,
    operations: distinct(perOperation.filter((r) => r.httpStatus === s).map((r) => r.operation)).sort(),
  }));
  const operations = common ? [] : distinct(perOperation.map((r) => r.operation)).sort();
  const listedIn = common ? distinct(perOperation.map((r) => r.operation)).sort() : [];
  const operationProvenance: Record<string, Provenance> = {};
  for (const op of operations) {
    const p = strongest(perOperation.filter((r) => r.operation === op));
    if (p !== 'documented') operationProvenance[op] = p;
  }
  const aliases = distinct(rows.map((r) => r.code).filter((c): c is string => c !== null && c !== code && c !== NONE_CELL));

  const texts = distinct(rows.map((r) => catalogMessageOf(api, r)).filter((m): m is string => m !== null));
  const rowsOf = (text: string) => rows.filter((r) => catalogMessageOf(api, r) === text);
  const inCommonTable = (text: string) => rowsOf(text).some((r) => r.operation === COMMON);
  const opsOf = (text: string) => distinct(rowsOf(text).filter((r) => r.operation !== COMMON).map((r) => r.operation)).sort();
  // The common table's wording first (the entry's first message is its canonical one), then the
  // wordings more operations document.
  const ordered = [...texts].sort((a, b) => Number(inCommonTable(b)) - Number(inCommonTable(a)) || opsOf(b).length - opsOf(a).length);
  const messages: DocumentedMessage[] = ordered.map((text) => {
    const provenance = strongest(rowsOf(text));
    const ops = opsOf(text);
    const scoped = !inCommonTable(text) && !sameSet(ops, operations);
    return {
      text,
      provenance,
      ...(scoped ? { operations: ops } : {}),
      ...(provenance === 'sdk' ? { source: sourceLabel(rowsOf(text)[0]!) } : {}),
    };
  });
  const provenance = strongest(rows);
  return {
    api,
    code,
    httpStatus,
    ...(otherStatuses.length > 0 ? { otherStatuses } : {}),
    operations,
    ...(listedIn.length > 0 ? { listedIn } : {}),
    ...(Object.keys(operationProvenance).length > 0 ? { operationProvenance } : {}),
    ...(aliases.length > 0 ? { aliases } : {}),
    messages,
    provenance,
    ...(provenance !== 'documented' ? { source: sourceLabel(rows.find((r) => provenanceOf(r) === provenance)!) } : {}),
  };
}

/** Every code of both surfaces, grouped, in code order within each surface (instance first). */
export function groupRows(rows: ReferenceRows): DocumentedCode[] {
  const out: DocumentedCode[] = [];
  for (const api of ['instance', 'openapi'] as const) {
    const byCode = new Map<string, ReferenceRow[]>();
    for (const row of rows[api]) {
      const code = catalogCodeOf(api, row);
      byCode.set(code, [...(byCode.get(code) ?? []), row]);
    }
    for (const code of [...byCode.keys()].sort()) out.push(groupCode(api, code, byCode.get(code)!));
  }
  return out;
}
