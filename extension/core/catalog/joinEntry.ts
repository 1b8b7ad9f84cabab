import { DOC_URLS } from './docUrls';
import type { DocumentedCode } from './documentedTypes';
import type { EntryExplanation } from './explanationTypes';
import type { CatalogEntry, MessageVariant } from './types';

/**
 * One catalog entry from a code's documented wire facts and our explanation of it. The wire
 * facts are taken as they are; SDK wordings follow the documented messages unless a source
 * documents the same text.
 */
export function joinEntry(doc: DocumentedCode, ex: EntryExplanation): CatalogEntry {
  const documented: MessageVariant[] = doc.messages.map((m) => ({
    text: m.text,
    provenance: m.provenance,
    ...(m.operations ? { operations: m.operations } : {}),
    ...(m.source ? { source: m.source } : {}),
    ...ex.byMessage?.[m.text],
  }));
  const sdk: MessageVariant[] = (ex.sdkWordings ?? [])
    .filter((w) => !doc.messages.some((m) => m.text === w.text))
    .map(({ text, source, meaning, fix }) => ({ text, provenance: 'sdk', source, ...(meaning ? { meaning } : {}), ...(fix ? { fix } : {}) }));
  return {
    api: doc.api,
    code: doc.code,
    httpStatus: doc.httpStatus,
    messages: [...documented, ...sdk],
    meaning: ex.meaning,
    fix: ex.fix,
    docUrl: ex.docUrl ?? (doc.api === 'instance' ? DOC_URLS.instanceCommon : DOC_URLS.openapiCommon),
    operations: doc.operations,
    ...(doc.listedIn ? { listedIn: doc.listedIn } : {}),
    ...(doc.operationProvenance ? { operationProvenance: doc.operationProvenance } : {}),
    ...(doc.otherStatuses ? { otherStatuses: doc.otherStatuses } : {}),
    ...(ex.operationNotes ? { operationNotes: ex.operationNotes } : {}),
    retryable: ex.retryable ?? false,
    ...(ex.retriedBy ? { retriedBy: ex.retriedBy } : {}),
    ...(doc.aliases ? { aliases: doc.aliases } : {}),
    provenance: doc.provenance,
    ...(doc.source ? { source: doc.source } : {}),
  };
}
