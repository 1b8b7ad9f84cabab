import type { MessageHit } from './messageSearch';
import type { RecordContext } from './recordContext';
import { scanOptions, type KmsContextRule } from './scanOptions';

/**
 * Whether a record says KMS, as a generic code needs (the precision rule): a KMS host, header,
 * SDK package or class or the word KMS (ctx.kmsContext), a KMS-only operation as the request's
 * operation, or a catalog message only KMS sends; and never when it names another cloud.
 */
export function isKmsRecord(ctx: RecordContext, messages: readonly MessageHit[]): boolean {
  if (scanOptions.disabledRules.size > 0) return isKmsRecordWithout(ctx, messages, scanOptions.disabledRules);
  if (ctx.otherCloud) return false;
  return ctx.kmsContext || ctx.kmsOperation || messages.some(saysKms);
}

/** Whether a message found in the record is one only KMS sends (not the object stores' NoSuchKey wording either). */
function saysKms(m: MessageHit): boolean {
  return !m.known.generic && !m.known.sharedWithObjectStores;
}

function isKmsRecordWithout(ctx: RecordContext, messages: readonly MessageHit[], off: ReadonlySet<KmsContextRule>): boolean {
  if (off.has('genericCodes')) return true;
  if (!off.has('otherCloud') && ctx.otherCloud) return false;
  return (
    (!off.has('kmsContext') && ctx.kmsContext) ||
    (!off.has('kmsOperation') && ctx.kmsOperation) ||
    (!off.has('kmsMessage') && messages.some(saysKms))
  );
}
