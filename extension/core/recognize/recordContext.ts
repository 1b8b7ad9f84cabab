import type { ApiSurface } from '../catalog/types';

/**
 * What one log record tells about the error(s) in it, read from the SDK formats of the
 * reference (§3, §5.2): the HTTP status, the request id, the operation, which API surface the
 * record's fingerprints point to, and whether the record is about KMS at all.
 */
export interface RecordContext {
  readonly httpStatus: number | null;
  readonly requestId: string | null;
  readonly operation: string | null;
  /** The surface the record's fingerprints point to, or null when they say nothing or disagree. */
  readonly api: ApiSurface | null;
  /** A KMS host, header, SDK name or KMS SDK data shape: generic codes count only with this. */
  readonly kmsContext: boolean;
  /** A Tea SDK exception (Java/PHP/C# print only the message after it). */
  readonly teaException: boolean;
  /** One of KMS_WORDS appears (a message without its code counts after a Tea name or with this). */
  readonly kmsWord: boolean;
}

// HTTP status: Tea data `httpCode` (instance SDKs), `statusCode` (gateway), Go's `StatusCode:`
// (0 for the instance SDK, so a 3-digit value only), the gateway message `code: 404,`, the Rust
// formatter's `status code: 404`, logfmt/JSON `status=404`, `http_status`, `HTTP/1.1 404`.
const STATUS_PATTERNS: readonly RegExp[] = [
  /["']?httpCode["']?\s*[:=]\s*["']?([1-5]\d\d)\b/,
  /\b(?:status[ _-]?code|http[ _-]?status(?:[ _-]?code)?|status)["']?\s*[:=]\s*["']?([1-5]\d\d)\b/i,
  /(?:^|[\s:])code: ([1-5]\d\d), /,
  /\bHTTP\/\d(?:\.\d)? ([1-5]\d\d)\b/,
];

// Request ids: Tea data `requestId`, the gateway's `request id: X`, `RequestId : X` of the classic
// SDK, JSON `"RequestId":"X"`, logfmt `request_id=X`, the gateway header `x-acs-request-id`.
const REQUEST_ID =
  /\b(?:x-acs-request-id|request[ _-]?id)["']?\s*[:=]\s*["']?([A-Za-z0-9][A-Za-z0-9-]{7,63})(?![A-Za-z0-9-])/i;

// The operation: the instance header `x-kms-apiname`, the gateway's `Action`, a logged `operation`.
const OPERATION =
  /\b(?:x-kms-apiname|action|operation|api[ _-]?name)["']?\s*[:=]\s*["']?([A-Z][A-Za-z]{2,63})\b/i;

// Fingerprints of the KMS instance API and its SDKs (§3, §4).
const INSTANCE_FINGERPRINT =
  /cryptoservice\.kms|\bdkms\b|dkms-gcs|dkms\.gcs|kms-gcs-|x-kms-|\bhttpCode\b|\bstatus code: \d+, request id: /i;
// Fingerprints of the shared gateway: its endpoint, its SDK packages, the darabonba message
// `code: 404, ... request id: ...`, the classic SDK's exceptions.
const OPENAPI_FINGERPRINT =
  /\bkms(?:-vpc)?\.[a-z]{2}-[a-z0-9-]+\.aliyuncs\.com|kms20160120|com\.aliyuncs\.|aliyun-java-sdk-kms|(?:^|[\s:])code: [1-5]\d\d, [^\n]*request id: |["']statusCode["']\s*:\s*[1-5]\d\d/i;

/** KMS as logs spell it: hosts, headers, SDK packages and classes (KmsClient, dkms, Kms20160120). */
export const KMS_WORDS: readonly string[] = ['kms', 'KMS', 'Kms'];
const KMS_CONTEXT = /kms|KMS|Kms/;
// Other clouds have a KMS too (AWS KMS answers `InternalFailure`): their names cancel `kms`.
const OTHER_CLOUD = /amazonaws|\bAWS|aws-sdk|googleapis|\bazure\b/i;
const TEA_EXCEPTION = /\bTea(?:Exception|Error|UnretryableException|UnableRetryError)\b/;

function includesAny(record: string, parts: readonly string[]): boolean {
  for (const p of parts) if (record.includes(p)) return true;
  return false;
}

// Each pattern runs only when a literal it needs is present: indexOf is cheaper than a regular
// expression, and most records lack most keys (unless there are many literals: see operationOf).
const STATUS_GUARDS: readonly (readonly string[])[] = [['ttpCode'], ['tatus', 'TATUS'], ['code: '], ['HTTP/']];
const REQUEST_GUARD = ['equest', 'EQUEST'];
const OPERATION_GUARD = ['pi', 'PI', 'ction', 'CTION', 'peration', 'PERATION'];

/**
 * The operation: the expression first, its guard only after a match. Same answer as guard first
 * (both must hold), but one search of the record instead of up to six `includes` (`pi` to
 * `PERATION`) on the records that name no operation, which are most.
 */
function operationOf(record: string): string | null {
  const m = OPERATION.exec(record);
  return m && includesAny(record, OPERATION_GUARD) ? (m[1] ?? null) : null;
}

/**
 * Reads the context of one record's text. Each field is read on first use and kept: a record's
 * occurrences share one context, and most records never ask for some fields (the fingerprints
 * matter only for a code both surfaces send or for a generic code, the Tea test only for a
 * message without its code), so those searches are skipped.
 */
export function readRecordContext(record: string): RecordContext {
  return new LazyRecordContext(record);
}

const UNREAD = undefined;

class LazyRecordContext implements RecordContext {
  private status: number | null | undefined = UNREAD;
  private id: string | null | undefined = UNREAD;
  private op: string | null | undefined = UNREAD;
  private instanceHit: boolean | undefined = UNREAD;
  private openapiHit: boolean | undefined = UNREAD;
  private word: boolean | undefined = UNREAD;
  private tea: boolean | undefined = UNREAD;
  private kms: boolean | undefined = UNREAD;

  constructor(private readonly record: string) {}

  get httpStatus(): number | null {
    if (this.status === UNREAD) this.status = statusOf(this.record);
    return this.status;
  }

  get requestId(): string | null {
    if (this.id === UNREAD) this.id = includesAny(this.record, REQUEST_GUARD) ? (REQUEST_ID.exec(this.record)?.[1] ?? null) : null;
    return this.id;
  }

  get operation(): string | null {
    if (this.op === UNREAD) this.op = operationOf(this.record);
    return this.op;
  }

  get kmsWord(): boolean {
    // OTHER_CLOUD is tested only when `kms` appears: the answer is needed for nothing else.
    if (this.word === UNREAD) this.word = this.namesKms() && !OTHER_CLOUD.test(this.record);
    return this.word;
  }

  get api(): ApiSurface | null {
    const instance = this.instance();
    const openapi = this.openapi();
    return instance === openapi ? null : instance ? 'instance' : 'openapi';
  }

  get kmsContext(): boolean {
    return this.kmsWord || this.instance();
  }

  get teaException(): boolean {
    if (this.tea === UNREAD) this.tea = this.record.includes('Tea') && TEA_EXCEPTION.test(this.record);
    return this.tea;
  }

  private namesKms(): boolean {
    if (this.kms === UNREAD) this.kms = KMS_CONTEXT.test(this.record);
    return this.kms;
  }

  private instance(): boolean {
    if (this.instanceHit === UNREAD) {
      const r = this.record;
      this.instanceHit = (this.namesKms() || includesAny(r, ['httpCode', 'status code: '])) && INSTANCE_FINGERPRINT.test(r);
    }
    return this.instanceHit;
  }

  private openapi(): boolean {
    if (this.openapiHit === UNREAD) {
      const r = this.record;
      this.openapiHit = (this.namesKms() || includesAny(r, ['aliyuncs', 'code: ', 'statusCode'])) && OPENAPI_FINGERPRINT.test(r);
    }
    return this.openapiHit;
  }
}

function statusOf(record: string): number | null {
  for (let i = 0; i < STATUS_PATTERNS.length; i++) {
    if (!includesAny(record, STATUS_GUARDS[i]!)) continue;
    const m = STATUS_PATTERNS[i]!.exec(record);
    if (m) return Number(m[1]);
  }
  return null;
}
