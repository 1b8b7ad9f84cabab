import type { RecordFormat } from './types';

/**
 * Go `aliyun/alibaba-cloud-sdk-go` (`sdk/errors/server_error.go`): an unindented block
 *
 *     SDK.ServerError
 *     ErrorCode: Forbidden.KeyNotFound
 *     Recommend: https://api.aliyun.com/troubleshoot?q=Forbidden.KeyNotFound&product=Kms&requestId=ID
 *     RequestId: ID
 *     Message: The specified Key is not found.
 *     RespHeaders: map[...]
 *
 * (sometimes `AccessDeniedDetail: ...`), flattened to one line by some loggers; the CLI prints
 * `ERROR: SDK.ServerError`. Client errors print `[SDK.Code] msg` then `caused by:` lines. The
 * `Recommend` URL repeats the code (`q=CODE`) and names the product (`product=Kms`).
 */
export const GO_SERVER_ERROR: RecordFormat = {
  name: 'goServerError',
  // Inside a JSON log line the block's newlines are escaped: `...\nRequestId: ID\nMessage: ...`.
  requestId: { guard: ['\\nRequestId: '], pattern: /\\nRequestId: ([A-Za-z0-9][A-Za-z0-9-]{7,63})(?![A-Za-z0-9*-])/g },
  continuations: ['SDK.ServerError', 'ErrorCode:', 'Recommend:', 'RequestId:', 'Message:', 'RespHeaders:', 'AccessDeniedDetail:', 'caused by:'],
};
