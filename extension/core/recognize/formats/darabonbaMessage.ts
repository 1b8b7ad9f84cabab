import type { RecordFormat } from './types';

/**
 * The gateway message of the Darabonba SDKs and of Node `@alicloud/pop-core` ROA errors:
 * `code: 404, The specified Key is not found. request id: ID` (Darabonba) or
 * `code: 404, Specified access key is not found., requestid: ID` (pop-core, older Go Tea
 * `SDKError`). The leading number is the HTTP status, never an error code.
 *
 * The vendor's generated samples (OpenAPI Explorer, every language) print the message and then
 * `error.data.Recommend` on a line of its own: the gateway's diagnosis link continues the
 * record of the message above it, so a code printed in both is one error, not two.
 */
export const DARABONBA_MESSAGE: RecordFormat = {
  name: 'darabonbaMessage',
  // The link's hosts: China site, its newer console, the international site.
  continuations: ['https://api.aliyun.com/troubleshoot?', 'https://next.api.aliyun.com/troubleshoot?', 'https://api.alibabacloud.com/troubleshoot?'],
  status: { guard: ['code: '], pattern: /(?:^|[\s:"'])code: ([1-5]\d\d), / },
};
