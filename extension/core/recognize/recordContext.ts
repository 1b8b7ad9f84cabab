import type { ApiSurface } from '../catalog/types';
import { KMS_SIGNAL_READERS, OPERATION_READERS, REQUEST_ID_READERS, STATUS_READERS, type FieldReader } from './formats';
import { namesAnotherKms } from './anotherKms';
import { withoutTemplatedInstanceHosts } from './endpointTemplates';
import { withoutTerminalEscapes } from './ansiFree';
import { withoutHtmlEntities } from './htmlEntities';
import { withJsonPunctuationUnescaped } from './jsonUnicodeEscapes';
import { withPercentDecodedPunctuation } from './percentEncoding';
import { isKmsOnlyOperation, operationOfMethod } from './kmsOperations';
import { operationFromSdkMethods } from './sdkMethodOperation';
import { scanOptions } from './scanOptions';
import { namesOtherCloud } from './otherClouds';
import { namesAnotherAlibabaProduct } from './otherProducts';

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
  /**
   * Whether the record's fingerprints point to `api` (`api` would be it): asked of one surface,
   * it reads that surface's fingerprint first and the other's only when the first holds.
   */
  states(api: ApiSurface): boolean;
  /**
   * A KMS host, header, SDK name or KMS SDK data shape, or the word KMS where it names no other
   * software's KMS (anotherKms.ts): generic codes count only with this.
   */
  readonly kmsContext: boolean;
  /** The record's request names a KMS-only operation (`Action=Decrypt`): KMS context too. */
  readonly kmsOperation: boolean;
  /** The record names another cloud (AWS, Google Cloud, Azure, Huawei, Tencent, Volcengine, Baidu, OCI, IBM...): never ours. */
  readonly otherCloud: boolean;
  /** A Tea SDK exception (Java/PHP/C# print only the message after it). */
  readonly teaException: boolean;
  /** One of KMS_WORDS appears (a message without its code counts after a Tea name or with this). */
  readonly kmsWord: boolean;
}

// Fingerprints of the KMS instance API and its SDKs (§3, §4). The Tea data map's `httpCode` is
// one, but not the log service's error JSON (aliyun/aliyun-log-go-sdk `Error`:
// `{"httpCode":401,"errorCode":"Unauthorized","errorMessage":...,"requestID":...}`), whose
// `httpCode` is followed by `errorCode`, a key the Tea map never has (its quotes maybe escaped).
const INSTANCE_FINGERPRINT =
  /cryptoservice\.kms|dkms-gcs|dkms\.gcs|kms-gcs-|x-kms-|\bhttpCode\b(?!\\?["']?\s*:\s*\d{3}\s*,\s*\\?["']errorCode\b)|\bstatus code: \d+, request id: /i;
// The instance API's product name, DKMS, is also Linux's Dynamic Kernel Module Support
// (`/var/lib/dkms/...`): alone it is a fingerprint only where the record's kms is no one else's.
const DKMS_WORD = /\bdkms\b/i;
// Fingerprints of the shared gateway: its endpoint, its SDK packages, the darabonba message
// `code: 404, ... request id: ...`, the classic (POP) SDKs, which talk to the gateway only: Java
// `com.aliyuncs.`, Go `SDK.ServerError`, Python `aliyunsdkcore`, C# `Aliyun.Acs.`, Node pop-core;
// and the gateway's diagnosis link for KMS (`Recommend`: api.aliyun.com/troubleshoot?q=CODE&
// product=Kms), which the vendor's generated samples print on a line of its own.
const OPENAPI_FINGERPRINT =
  /\bkms(?:-vpc)?\.[a-z]{2}-[a-z0-9-]+\.aliyuncs\.com|\/troubleshoot\?[^\s"']*\bproduct=Kms\b|kms20160120|com\.aliyuncs\.|aliyun-java-sdk-kms|\bSDK\.ServerError|aliyunsdkcore|aliyunsdkkms|Aliyun\.Acs\.|pop-core|(?:^|[\s:])code: [1-5]\d\d, [^\n]*request id: |["']statusCode["']\s*:\s*[1-5]\d\d/i;

/** KMS as logs spell it: hosts, headers, SDK packages and classes (KmsClient, dkms, Kms20160120). */
export const KMS_WORDS: readonly string[] = ['kms', 'KMS', 'Kms'];
const KMS_CONTEXT = /kms|KMS|Kms/g;
// Other products' fields that point to a KMS key or hold a value KMS encrypted name KMS in records
// that are not about the key service: the Terraform provider's `kms_encrypted_password` and
// `kms_encryption_context` (database, instance and message-queue accounts), the message queue's
// `kmsPassword`, disks' and buckets' `kms_key_id` / `KMSKeyId` / `KMSMasterKeyID`, the storage
// gateway's `KmsRotatePeriod`. Such a name alone is no KMS word (a KMS host, SDK or the word still is).
// So is the name of the object stores' server-side encryption mode, `SSE-KMS` / `SSE_KMS` (OSS's
// SDKs and docs, S3 and its clones): the store answers its own codes there (`RequestTimeTooSkewed`
// is also OSS's), and the key service's errors a store relays come with their own KMS words.
const KMS_FIELD_NAME =
  /(?<![A-Za-z])kms_?(?:encrypted_?password|encryption_?context|key_?id|master_?key_?id|rotate_?period|password)(?![a-z])|(?<=(?<![A-Za-z])sse[-_])kms(?![a-z])/iy;

/** The length of every KMS_CONTEXT spelling: where a match ends tells where it starts. */
const KMS_WORD_LENGTH = 3;

/**
 * Whether `record` names KMS other than in such a field name. Each KMS word is tried once as a
 * field name's start, in place: most records' first KMS word is no field name, so this costs one
 * search and one sticky test, with no match object and no copy of the record.
 */
function namesKmsOutsideFieldNames(record: string): boolean {
  KMS_CONTEXT.lastIndex = 0;
  while (KMS_CONTEXT.test(record)) {
    KMS_FIELD_NAME.lastIndex = KMS_CONTEXT.lastIndex - KMS_WORD_LENGTH;
    if (!KMS_FIELD_NAME.test(record)) return true;
    KMS_CONTEXT.lastIndex = KMS_FIELD_NAME.lastIndex;
  }
  return false;
}

const TEA_EXCEPTION = /\bTea(?:Exception|Error|UnretryableException|UnableRetryError)\b/;

function includesAny(record: string, parts: readonly string[]): boolean {
  for (const p of parts) if (record.includes(p)) return true;
  return false;
}

/**
 * The first value a reader finds. Guard first, unless the guard has many literals (the generic
 * `key: value` operation's six): then the expression first and the guard only after a match,
 * the same answer with one search of the record instead of up to six `includes` on the records
 * that name no operation, which are most.
 */
function readField(record: string, reader: FieldReader): string | null {
  const p = reader.pattern;
  if (reader.guard.length > 2 && !p.global) {
    const m = p.exec(record);
    return m && includesAny(record, reader.guard) ? (m[1] ?? null) : null;
  }
  if (!includesAny(record, reader.guard)) return null;
  if (!p.global) return p.exec(record)?.[1] ?? null;
  p.lastIndex = 0;
  for (let m = p.exec(record); m; m = p.exec(record)) if (!isPlaceholder(m[1]!)) return m[1]!;
  return null;
}

// Masks that documentation and tools print for a request id: `xxxxxxxx-xxxx-...`, `XXXXXXXX`.
const PLACEHOLDER = /^[xX-]+$|^0+$/;

function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value);
}

/** The whole match of a reader without a group (a shape, not a value), guard first. */
function wholeMatch(record: string, reader: FieldReader): string | null {
  return includesAny(record, reader.guard) ? (reader.pattern.exec(record)?.[0] ?? null) : null;
}

/** The first of `readers` (in the formats' trust order) that finds a value. */
function firstField(record: string, readers: readonly FieldReader[], whole = false): string | null {
  for (const r of readers) {
    const v = whole ? wholeMatch(record, r) : readField(record, r);
    if (v !== null) return v;
  }
  return null;
}

/**
 * An operation as a record states it, spelled as the API spells it. A key's value in lower case
 * (`action=decrypt`, `action: log:PostLogStoreLogs`) is a method or another service's action, not
 * an API name: it counts only as the KMS operation it names (`decrypt` is Decrypt, `log` nothing).
 */
function statedOperation(value: string | null): string | null {
  if (value === null) return null;
  const first = value.charCodeAt(0);
  return first >= 0x61 && first <= 0x7a ? operationOfMethod(value) : value;
}

/**
 * Reads the context of one record's text. Each field is read on first use and kept: a record's
 * occurrences share one context, and most records never ask for some fields (the fingerprints
 * matter only for a code both surfaces send or for a generic code, the Tea test only for a
 * message without its code), so those searches are skipped. A record's terminal escapes
 * (ansiFree.ts), HTML character references (htmlEntities.ts), JSON's `\u00XX` escapes of
 * punctuation (jsonUnicodeEscapes.ts) and percent-encoded punctuation (percentEncoding.ts) are
 * read away first, in that order: a page escapes the log it shows, a JSON log escapes the body or
 * link it holds, and that link held its query as sent.
 */
export function readRecordContext(record: string): RecordContext {
  const shown = withJsonPunctuationUnescaped(withoutHtmlEntities(withoutTerminalEscapes(record)));
  return new LazyRecordContext(withPercentDecodedPunctuation(shown));
}

const UNREAD = undefined;

class LazyRecordContext implements RecordContext {
  private status: number | null | undefined = UNREAD;
  private id: string | null | undefined = UNREAD;
  private op: string | null | undefined = UNREAD;
  // The operation the record states (not read from a method name): only that is KMS context.
  private stated: string | null | undefined = UNREAD;
  private cloud: boolean | undefined = UNREAD;
  private shape: boolean | undefined = UNREAD;
  private instanceHit: boolean | undefined = UNREAD;
  private openapiHit: boolean | undefined = UNREAD;
  private word: boolean | undefined = UNREAD;
  private tea: boolean | undefined = UNREAD;
  private kms: boolean | undefined = UNREAD;
  private another: boolean | undefined = UNREAD;
  private product: boolean | undefined = UNREAD;

  constructor(private readonly record: string) {}

  get httpStatus(): number | null {
    if (this.status === UNREAD) {
      const v = firstField(this.record, STATUS_READERS);
      this.status = v === null ? null : Number(v);
    }
    return this.status;
  }

  get requestId(): string | null {
    if (this.id === UNREAD) this.id = firstField(this.record, REQUEST_ID_READERS);
    return this.id;
  }

  get operation(): string | null {
    if (this.op === UNREAD) {
      this.stated = firstField(this.record, OPERATION_READERS);
      // The stated value, as is, still decides kmsOperation, as it always has: only the name
      // reported is normalized.
      this.op = statedOperation(this.stated) ?? operationFromSdkMethods(this.record);
    }
    return this.op;
  }

  get kmsOperation(): boolean {
    void this.operation;
    return this.stated !== null && this.stated !== undefined && isKmsOnlyOperation(this.stated);
  }

  get otherCloud(): boolean {
    if (this.cloud === UNREAD) this.cloud = !scanOptions.disabledRules.has('otherCloud') && namesOtherCloud(this.record);
    return this.cloud;
  }

  get kmsWord(): boolean {
    // namesOtherCloud is asked only when `kms` appears: the answer is needed for nothing else.
    if (this.word === UNREAD) this.word = this.namesKms() && !this.otherCloud;
    return this.word;
  }

  get api(): ApiSurface | null {
    const instance = this.instance();
    const openapi = this.openapi();
    return instance === openapi ? null : instance ? 'instance' : 'openapi';
  }

  states(api: ApiSurface): boolean {
    if (api === 'instance') return this.instance() && !this.openapi();
    return api === 'openapi' && this.openapi() && !this.instance();
  }

  get kmsContext(): boolean {
    if (this.shape === UNREAD) this.shape = !this.otherCloud && firstField(this.record, KMS_SIGNAL_READERS, true) !== null;
    // The word KMS counts only where it names no one else's KMS (anotherKms.ts) and the record
    // states no other Alibaba Cloud product's request (otherProducts.ts), asked last: a
    // fingerprint or a data shape of KMS's SDKs says KMS whatever else the record names.
    return this.instance() || this.shape || (this.kmsWord && !this.anotherKms() && !this.anotherProduct());
  }

  get teaException(): boolean {
    if (this.tea === UNREAD) this.tea = this.record.includes('Tea') && TEA_EXCEPTION.test(this.record);
    return this.tea;
  }

  private namesKms(): boolean {
    if (this.kms === UNREAD) this.kms = namesKmsOutsideFieldNames(this.record);
    return this.kms;
  }

  /** The record's kms is someone else's (anotherKms.ts): asked only once the record says kms. */
  private anotherKms(): boolean {
    if (this.another === UNREAD) this.another = !scanOptions.disabledRules.has('otherKms') && namesAnotherKms(this.record);
    return this.another;
  }

  /** The record states another Alibaba Cloud product's request (otherProducts.ts): asked only once the record says kms. */
  private anotherProduct(): boolean {
    if (this.product === UNREAD) this.product = !scanOptions.disabledRules.has('otherProduct') && namesAnotherAlibabaProduct(this.record);
    return this.product;
  }

  private instance(): boolean {
    if (this.instanceHit === UNREAD) {
      const r = this.record;
      if (!(this.namesKms() || includesAny(r, ['httpCode', 'status code: ']))) this.instanceHit = false;
      else {
        const t = withoutTemplatedInstanceHosts(r);
        this.instanceHit = INSTANCE_FINGERPRINT.test(t) || (DKMS_WORD.test(t) && !this.anotherKms());
      }
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
