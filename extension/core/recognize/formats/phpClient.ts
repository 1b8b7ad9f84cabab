import type { RecordFormat } from './types';

/**
 * PHP `alibabacloud/client` (`src/Exception/ServerException.php`): one line
 * `ErrorCode: X ErrorMessage: Y StatusCode: 404 RequestId: ID` (status and request id read by keyValueFields).
 */
export const PHP_CLIENT: RecordFormat = {
  name: 'phpClient',
};
