import type { Explanation } from './explanation';

/** The JSON form of one explained entry, as `kms-errors explain --json` and `decode --json` print it. */
export interface ExplanationJson {
  readonly api: Explanation['api'];
  readonly httpStatus: number | null;
  readonly code: string;
  readonly messages: readonly string[];
  readonly meaning: string;
  readonly fix: string;
  readonly docUrl: string;
  readonly operations: readonly string[];
  readonly retryable: boolean;
  readonly notes: readonly string[];
}

/** Plain JSON for scripts: the documented keys, messages as their wire strings. */
export function explanationToJson(e: Explanation): ExplanationJson {
  return {
    api: e.api,
    httpStatus: e.httpStatus,
    code: e.code,
    messages: e.messages.map((m) => m.text),
    meaning: e.meaning,
    fix: e.fix,
    docUrl: e.docUrl,
    operations: e.operations,
    retryable: e.retryable,
    notes: e.notes,
  };
}
