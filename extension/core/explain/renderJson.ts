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
  /** Every message with where it comes from and, when only some operations document it, which. */
  readonly messageVariants: readonly { text: string; provenance: string; operations?: readonly string[]; source?: string }[];
  /** Every operation whose documentation names the code: its own, those whose tables list a common code, its messages'. */
  readonly documentedOperations: readonly string[];
  readonly operationProvenance: Readonly<Record<string, string>>;
  readonly otherStatuses: readonly { readonly httpStatus: number; readonly operations: readonly string[] }[];
  readonly provenance: string;
  readonly source?: string;
  readonly aliases: readonly string[];
}

function documentedOperationsOf(e: Explanation): readonly string[] {
  const all = new Set([...e.operations, ...e.listedIn, ...e.messages.flatMap((m) => m.operations ?? []), ...e.otherStatuses.flatMap((s) => s.operations)]);
  return [...all].sort((a, b) => a.localeCompare(b));
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
    messageVariants: e.messages.map((m) => ({
      text: m.text,
      provenance: m.provenance,
      ...(m.operations ? { operations: [...m.operations].sort((a, b) => a.localeCompare(b)) } : {}),
      ...(m.source ? { source: m.source } : {}),
    })),
    documentedOperations: documentedOperationsOf(e),
    operationProvenance: e.operationProvenance,
    otherStatuses: e.otherStatuses,
    provenance: e.provenance,
    ...(e.source ? { source: e.source } : {}),
    aliases: e.aliases,
  };
}
