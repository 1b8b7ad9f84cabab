import type { ApiSurface, Provenance } from './types';

/**
 * The wire facts of one code as the reference sources give them, generated from
 * `test/fixtures/reference/kms-error-rows.json` by `npm run gen:catalog` (scripts/genCatalog.ts).
 * Explanations are joined to these in explainedCatalog.ts; nothing here is written by hand.
 */
export interface DocumentedCode {
  readonly api: ApiSurface;
  readonly code: string;
  /** The status of the common table's row, else the one most operations document; null when no source states one. */
  readonly httpStatus: number | null;
  /** Operations documented with another status than `httpStatus` (the gateway's 400 Forbidden.NoPermission). */
  readonly otherStatuses?: readonly { readonly httpStatus: number; readonly operations: readonly string[] }[];
  /** Every operation whose own error table lists the code; empty when a common table lists it (any operation). */
  readonly operations: readonly string[];
  /** For a common code: the operations whose own error table lists it too. */
  readonly listedIn?: readonly string[];
  /** Operations known only from a source that is not a documented error table, and which kind of source. */
  readonly operationProvenance?: Readonly<Record<string, Provenance>>;
  /** Documented misspellings of the code, each a code of its own row in the sources. */
  readonly aliases?: readonly string[];
  readonly messages: readonly DocumentedMessage[];
  readonly provenance: Provenance;
  /** Where an entry that no error table documents comes from (the Terraform provider's retry lists). */
  readonly source?: string;
}

/** One documented message of a code. */
export interface DocumentedMessage {
  readonly text: string;
  readonly provenance: Provenance;
  /** Only these operations document this message; absent means every operation of the code. */
  readonly operations?: readonly string[];
  /** Who reported it when it is not a documented error table. */
  readonly source?: string;
}
