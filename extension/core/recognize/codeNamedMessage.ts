import { isCodeAt } from './codeWords';
import type { KnownMessage } from './messageWords';
import type { RecordContext } from './recordContext';

/**
 * Whether one of the codes that send `known` stands in `record` as a word (the instance API's
 * `UnsupportedOperation` beside its message `Rejected.UnsupportedOperation`, a table row or a
 * `Code:` / `Message:` print). A few `indexOf` per call: it is asked only for a word that is both
 * a code and, whole, another code's message, which few records hold.
 */
function namesSenderOf(record: string, known: KnownMessage): boolean {
  for (const e of known.entries) {
    for (let at = record.indexOf(e.code); at >= 0; at = record.indexOf(e.code, at + 1)) {
      if (isCodeAt(record, at, e.code.length)) return true;
    }
  }
  return false;
}

/**
 * Whether a word that is a code and, whole, another code's message (`Rejected.UnsupportedOperation`:
 * the gateway's code, and the instance API's message for its UnsupportedOperation) is read as that
 * message rather than as the code. It is one error either way, and the key service's either way:
 * the message in an instance record, after a Tea exception name (the instance SDK's Java print
 * is the message alone) or beside the code it is the message of; in a gateway record, or where
 * nothing reads it as a message (prose naming `the error code Rejected.UnsupportedOperation`), the
 * word is what it says, the gateway's code.
 */
export function readsAsOtherCodesMessage(record: string, ctx: RecordContext, known: KnownMessage): boolean {
  if (ctx.api === 'instance') return true;
  if (ctx.api === 'openapi') return false;
  return ctx.teaException || namesSenderOf(record, known);
}
