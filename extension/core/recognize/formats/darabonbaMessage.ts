import type { RecordFormat } from './types';

/**
 * The gateway message of the Darabonba SDKs and of Node `@alicloud/pop-core` ROA errors:
 * `code: 404, The specified Key is not found. request id: ID` (Darabonba) or
 * `code: 404, Specified access key is not found., requestid: ID` (pop-core, older Go Tea
 * `SDKError`). The leading number is the HTTP status, never an error code.
 */
export const DARABONBA_MESSAGE: RecordFormat = {
  name: 'darabonbaMessage',
  status: { guard: ['code: '], pattern: /(?:^|[\s:"'])code: ([1-5]\d\d), / },
};
