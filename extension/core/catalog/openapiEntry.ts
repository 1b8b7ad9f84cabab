import { DOC_URLS } from './docUrls';
import type { CatalogEntry, LocalizedText, MessageVariant } from './types';

/** The parts of a shared-gateway entry that differ from one code to the next. */
export interface OpenapiEntrySpec {
  readonly code: string;
  readonly httpStatus: number;
  /** Documented messages first; `[text, 'sdk', source]` marks a wrapper SDK's rewording. */
  readonly messages: readonly (string | readonly [string, 'sdk', string])[];
  readonly meaning: LocalizedText;
  readonly fix: LocalizedText;
  readonly operations?: readonly string[];
  readonly aliases?: readonly string[];
}

/**
 * Builds a shared-gateway (OpenAPI 2016-01-20) entry. Those codes all share the same
 * documentation page and none is retried by the SDKs, so only what varies is spelled out.
 */
export function openapiEntry(spec: OpenapiEntrySpec): CatalogEntry {
  const messages: MessageVariant[] = spec.messages.map((m) =>
    typeof m === 'string' ? { text: m, provenance: 'documented' } : { text: m[0], provenance: m[1], source: m[2] },
  );
  return {
    api: 'openapi',
    code: spec.code,
    httpStatus: spec.httpStatus,
    messages,
    meaning: spec.meaning,
    fix: spec.fix,
    docUrl: DOC_URLS.openapiCommon,
    operations: spec.operations ?? [],
    retryable: false,
    ...(spec.aliases ? { aliases: spec.aliases } : {}),
    provenance: 'documented',
  };
}
