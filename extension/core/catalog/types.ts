/**
 * The shapes of the error catalog. Plain readonly data: every consumer (server, host, CLI,
 * webview) reads the same entries, and only JSON-safe values appear here so an entry can
 * cross a process or webview boundary unchanged.
 */

/**
 * Which Alibaba Cloud API answered: the KMS instance API (protobuf) or the shared gateway OpenAPI
 * 2016-01-20 (JSON/XML); or `client`, failures before any answer (the endpoint not resolving,
 * TLS, timeouts), under codes of our own.
 */
export type ApiSurface = 'instance' | 'openapi' | 'client';

/** Every API surface, in the order they are offered. */
export const API_SURFACES: readonly ApiSurface[] = ['instance', 'openapi', 'client'];

/** Whether an untrusted value (a webview message, a command argument) names an API surface. */
export function isApiSurface(value: unknown): value is ApiSurface {
  return typeof value === 'string' && (API_SURFACES as readonly string[]).includes(value);
}

/** The languages our explanations are written in. */
export type Lang = 'en' | 'ja' | 'zh-cn';

/** All supported languages, in the order they are offered. */
export const LANGS: readonly Lang[] = ['en', 'ja', 'zh-cn'];

/** One text in each supported language. */
export type LocalizedText = Readonly<Record<Lang, string>>;

/**
 * Where a fact comes from: `documented` is in Alibaba Cloud's error tables; `sdk` was read from
 * official SDK source (wrappers rewrite messages, retry lists); `inferred` is reasoned from a
 * documented sample and has not been seen as a server response.
 */
export type Provenance = 'documented' | 'sdk' | 'inferred';

/**
 * One exact message the server (or an SDK that rewrites it) sends for a code. `text` is the wire
 * string; placeholders such as `<parameter name>` or `%s` stand for a variable part (see
 * messageTemplate.ts). A variant may carry its own meaning and fix when the same code means
 * different things (the three `InvalidParam` messages, for instance).
 */
export interface MessageVariant {
  readonly text: string;
  readonly provenance: Provenance;
  /** Overrides the entry's meaning for this message. */
  readonly meaning?: LocalizedText;
  /** Overrides the entry's fix for this message. */
  readonly fix?: LocalizedText;
  /** Only these operations document this message; absent means any of the entry's operations (any operation for a common code). */
  readonly operations?: readonly string[];
  /** Who prints this variant when it is not the server itself, e.g. "transfer SDK". */
  readonly source?: string;
}

/** A remark that applies when the error comes from particular operations (Decrypt's InternalFailure causes). */
export interface OperationNote {
  readonly operations: readonly string[];
  readonly note: LocalizedText;
}

/**
 * One catalog entry, keyed by (api, code). The 413 row of the instance API has no code: its
 * `code` is the empty string, matching the all-empty `Error` that an empty body decodes to.
 */
export interface CatalogEntry {
  readonly api: ApiSurface;
  readonly code: string;
  /** The HTTP status the server answers with, or null where no source states it. */
  readonly httpStatus: number | null;
  readonly messages: readonly MessageVariant[];
  readonly meaning: LocalizedText;
  readonly fix: LocalizedText;
  readonly docUrl: string;
  /** Operations this code is documented for; empty means any (a common error). */
  readonly operations: readonly string[];
  /** For a common code (empty `operations`): the operations whose own error table lists it too. */
  readonly listedIn?: readonly string[];
  /** Operations of `operations` known only from a source other than an error table (inferred, the Terraform provider). */
  readonly operationProvenance?: Readonly<Record<string, Provenance>>;
  /** Operations documented with another HTTP status than `httpStatus`. */
  readonly otherStatuses?: readonly { readonly httpStatus: number; readonly operations: readonly string[] }[];
  readonly operationNotes?: readonly OperationNote[];
  /** Whether an official SDK retries this error by itself. */
  readonly retryable: boolean;
  /** Which SDKs retry it, when only some do. */
  readonly retriedBy?: readonly string[];
  /** Other spellings seen in documentation or SDK metadata (typos included), matched like the code. */
  readonly aliases?: readonly string[];
  readonly provenance: Provenance;
  /** Where the entry's facts come from when no error table documents it (an SDK, the Terraform provider, an FAQ). */
  readonly source?: string;
}
