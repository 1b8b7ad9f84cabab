import type { RecordFormat } from './types';

/**
 * Node `@alicloud/pop-core` (`lib/rpc.js`, `lib/roa.js`): the error's name is the code with an
 * `Error` suffix. RPC (what the KMS Node samples use): `Forbidden.KeyNotFoundError: MESSAGE, URL:
 * https://kms.cn-hangzhou.aliyuncs.com/?...&Action=Decrypt&...`; ROA: `CODEError: code: 404,
 * MESSAGE, requestid: ID`, where `code: 404` is the HTTP status (read by darabonbaMessage). The
 * older Go Tea `SDKError` also prints `Code: CODEError`. The engine strips the suffix.
 */
export const POP_CORE: RecordFormat = {
  name: 'popCore',
  codeSuffixes: ['Error'],
};
