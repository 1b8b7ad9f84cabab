import type { RecordFormat } from './types';

/**
 * terraform-provider-alicloud: `[ERROR] terraform-provider-alicloud/alicloud/<file>.go:<line>:
 * Resource <id> <Action> Failed!!! [SDK alibaba-cloud-sdk-go ERROR]:` then an SDK error block.
 * Terraform 0.15+ frames every line of a diagnostic with `│ ` between `╷` and `╵`, sometimes with
 * the ANSI colour escapes kept (the engine skips escapes at a line start and before a code). The
 * provider's own markers (`ResourceNotfound!!! [Provider ERROR]RequestId: <nil>:`) are no codes,
 * and `<nil>` is no request id.
 */
export const TERRAFORM: RecordFormat = {
  name: 'terraform',
  continuations: ['│', '╵'],
  operation: { guard: ['Failed!!!'], pattern: /\b([A-Z][A-Za-z]{2,63}) Failed!!!/ },
};
