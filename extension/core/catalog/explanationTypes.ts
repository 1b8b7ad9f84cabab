import type { DocumentedKey } from './generated/documentedCodes';
import type { LocalizedText, OperationNote } from './types';

/** A meaning and fix of one message, where it says something other than its entry. */
export interface MessageExplanation {
  readonly meaning?: LocalizedText;
  readonly fix?: LocalizedText;
}

/**
 * A wording that an SDK prints instead of the server's (the transfer SDKs rewrite instance-API
 * errors into gateway ones). Read from SDK source, so it is not in the reference rows.
 */
export interface SdkWording extends MessageExplanation {
  readonly text: string;
  /** Who prints it, e.g. "transfer SDKs". */
  readonly source: string;
}

/**
 * What we write by hand about one documented code, in our own words: everything but the wire
 * facts, which come from generated/documentedCodes.ts.
 */
export interface EntryExplanation {
  readonly meaning: LocalizedText;
  readonly fix: LocalizedText;
  /** The documentation page; the API surface's common error page when absent. */
  readonly docUrl?: string;
  readonly retryable?: boolean;
  readonly retriedBy?: readonly string[];
  readonly operationNotes?: readonly OperationNote[];
  /** Keyed by a documented message's exact text. */
  readonly byMessage?: Readonly<Record<string, MessageExplanation>>;
  readonly sdkWordings?: readonly SdkWording[];
}

/** A topic file's explanations: some of the documented keys. */
export type Explanations = Partial<Readonly<Record<DocumentedKey, EntryExplanation>>>;
