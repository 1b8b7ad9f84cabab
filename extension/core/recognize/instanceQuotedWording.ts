import type { MessageHit } from './messageSearch';
import type { RecordContext } from './recordContext';

/**
 * Whether a message found behind a Tea exception name is the KMS instance API's own sentence for a
 * code every gateway also returns: one of the instance API's templates that quotes its value
 * (`The AccessKey ID "<accessKeyId>" does not exist in our records.`, `This operation for
 * "<parameter name>" is forbidden by permission system.`, `Content-Type "<type>" is unsupported.`),
 * found with its quotes (not through the bare spelling, which other services' sentences share:
 * the log service's `Content-Type type is unsupported.`).
 *
 * The KMS instance SDKs for Java, PHP and C# print only the server's message after the Tea
 * exception's name (`com.aliyun.tea.TeaException: MESSAGE`, `TeaError: MESSAGE in ...`,
 * `Tea.TeaException: MESSAGE`), so such a record has no code and often nothing else of KMS; the
 * gateway's Tea SDKs print `code: NNN, MESSAGE request id: ...` instead. The codes are gateway-wide
 * (Unauthorized, Forbidden.NoPermission, InvalidContentType), which is why their messages count as
 * shared wording; their quoted instance sentences are no other service's, so behind a Tea name they
 * say KMS as the instance API's other own sentences do.
 */
export function isInstanceQuotedWordingBehindTea(hit: MessageHit, ctx: RecordContext): boolean {
  if (hit.bare || !hasQuotedHole(hit.known.literals) || ctx.otherCloud) return false;
  for (const e of hit.known.entries) if (e.api !== 'instance') return false;
  // Not where the record states the gateway (its Darabonba `code: NNN, ... request id:`, a gateway
  // host or SDK): the message-only print is the instance SDKs'.
  return ctx.teaException && ctx.api !== 'openapi';
}

/** Whether a template quotes one of its holes: a literal ending with `"` before one starting with `"`. */
function hasQuotedHole(literals: readonly string[]): boolean {
  for (let i = 0; i + 1 < literals.length; i++) if (literals[i]!.endsWith('"') && literals[i + 1]!.startsWith('"')) return true;
  return false;
}
