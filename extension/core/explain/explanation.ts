import { entryTitle } from '../catalog/catalog';
import { localizedDocUrl } from '../catalog/docUrls';
import { foundFirst } from '../catalog/entryOperations';
import { matchesTemplate } from '../catalog/messageTemplate';
import type { ApiSurface, CatalogEntry, Lang, Provenance } from '../catalog/types';
import { apiLabel } from './labels';

/** One message variant as shown to a reader, in the reader's language. */
export interface ExplainedMessage {
  readonly text: string;
  readonly provenance: Provenance;
  /** Whether this is the variant found in the text being explained. */
  readonly matched: boolean;
  /** The variant's own meaning, when it differs from the entry's. */
  readonly meaning?: string;
  readonly source?: string;
  /** Only these operations document this message (the found one first); absent means any of the entry's. */
  readonly operations?: readonly string[];
}

/**
 * An entry resolved for one reader: one language, and, when the message found in the text is
 * known, that variant's meaning and fix. Every renderer (Markdown, plain text, JSON) reads this.
 */
export interface Explanation {
  readonly api: ApiSurface;
  readonly apiLabel: string;
  readonly code: string;
  readonly title: string;
  readonly httpStatus: number | null;
  readonly meaning: string;
  readonly fix: string;
  readonly messages: readonly ExplainedMessage[];
  /** The operations the code is documented for, the one found in the record first; empty means any. */
  readonly operations: readonly string[];
  /** For a common code: the operations whose own error table lists it too. */
  readonly listedIn: readonly string[];
  /** The operation the record names, when it is one this entry can come from. */
  readonly foundOperation: string | null;
  /** Operations known only from a source other than an error table: inferred, or an SDK's or Terraform's source. */
  readonly operationProvenance: Readonly<Record<string, Provenance>>;
  /** Operations documented with another HTTP status. */
  readonly otherStatuses: readonly { readonly httpStatus: number; readonly operations: readonly string[] }[];
  /** Remarks for particular operations, e.g. what InternalFailure means from Decrypt. */
  readonly notes: readonly string[];
  readonly docUrl: string;
  readonly retryable: boolean;
  readonly retriedBy: readonly string[];
  readonly provenance: Provenance;
  /** Where an entry no error table documents comes from. */
  readonly source?: string;
  /** Other spellings of the code in the sources (documented misspellings). */
  readonly aliases: readonly string[];
}

/** What the reader knows beyond the code. */
export interface ExplainOptions {
  readonly lang: Lang;
  /** The message as found in a log or payload, to pick the variant. */
  readonly message?: string;
  /** The operation that failed, to pick operation notes. */
  readonly operation?: string;
}

/**
 * Resolves an entry for one reader. With a `message`, the matching variant (exact or by its
 * template) is marked and its own meaning and fix take the entry's place. With an `operation`,
 * only the notes for that operation are kept; without one, every note is kept.
 */
export function explainEntry(entry: CatalogEntry, options: ExplainOptions): Explanation {
  const { lang, message, operation } = options;
  const matchedIndex = message === undefined ? -1 : entry.messages.findIndex((m) => matchesTemplate(m.text, message.trim()));
  const matched = matchedIndex >= 0 ? entry.messages[matchedIndex] : undefined;
  const notes = (entry.operationNotes ?? [])
    .filter((n) => operation === undefined || n.operations.includes(operation))
    .map((n) => n.note[lang]);
  const found = operation !== undefined && (entry.operations.length === 0 || entry.operations.includes(operation)) ? operation : null;
  return {
    api: entry.api,
    apiLabel: apiLabel(entry.api, lang),
    code: entry.code,
    title: entryTitle(entry),
    httpStatus: entry.httpStatus,
    meaning: (matched?.meaning ?? entry.meaning)[lang],
    fix: (matched?.fix ?? entry.fix)[lang],
    messages: entry.messages.map((m, i) => ({
      text: m.text,
      provenance: m.provenance,
      matched: i === matchedIndex,
      ...(m.meaning ? { meaning: m.meaning[lang] } : {}),
      ...(m.source ? { source: m.source } : {}),
      ...(m.operations ? { operations: foundFirst(m.operations, found) } : {}),
    })),
    operations: foundFirst(entry.operations, found),
    listedIn: foundFirst(entry.listedIn ?? [], found),
    foundOperation: found,
    operationProvenance: entry.operationProvenance ?? {},
    otherStatuses: entry.otherStatuses ?? [],
    notes,
    docUrl: localizedDocUrl(entry.docUrl, lang),
    retryable: entry.retryable,
    retriedBy: entry.retriedBy ?? [],
    provenance: entry.provenance,
    ...(entry.source ? { source: entry.source } : {}),
    aliases: entry.aliases ?? [],
  };
}
