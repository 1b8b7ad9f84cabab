/**
 * Internal switches of recognition, for tests only (the product never sets them): each names a
 * precision rule that a test may turn off to prove the labelled corpus needs it.
 */

/** The rules that decide whether a record says KMS (see scanRecord's isKmsRecord). */
export type KmsContextRule =
  /** Another cloud's name vetoes every KMS signal of its record. */
  | 'otherCloud'
  /** A record whose kms is someone else's (Kubernetes' KMS provider, Linux DKMS, KMIP...) has no KMS word or fingerprint. */
  | 'otherKms'
  /** A record that states another Alibaba Cloud product's request (`aliyun sts AssumeRole`, a `product=Sts` diagnosis link) has no KMS word. */
  | 'otherProduct'
  /** A KMS host, header, SDK package or class, or the word KMS. */
  | 'kmsContext'
  /** The request's operation is KMS's own (`Action=Decrypt`). */
  | 'kmsOperation'
  /** A catalog message only KMS sends. */
  | 'kmsMessage'
  /** A KMS-specific catalog code in the same record (`Forbidden.KeyNotFound`), or an everyday code printed with KMS's own wording. */
  | 'kmsCode'
  /** An everyday-word code printed with the wording only KMS sends for it (`InvalidParam` + `The Param Date is invalid.`). */
  | 'kmsWording'
  /** A gateway-wide or everyday code named in a list of code names ("X or Y error codes"), without a message or a KMS code beside it, is prose, not an error (namedCodes.ts). */
  | 'listedCodeNames'
  /** The object stores' NoSuchKey sentence, printed without a KMS code in a record that names the store (its code, an OSS host or SDK), is the store's (objectStoreRecord.ts). */
  | 'objectStore'
  /** The instance API's quoted sentences for gateway-wide codes say KMS behind a Tea exception name, without other KMS context (instanceQuotedWording.ts). */
  | 'instanceQuotedWording'
  /** Gateway-wide and everyday codes need one of the above at all. */
  | 'genericCodes';

/** The switches: rules turned off. Empty in the product. */
export const scanOptions: { disabledRules: ReadonlySet<KmsContextRule> } = { disabledRules: new Set() };
