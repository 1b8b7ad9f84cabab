import type { RecordFormat } from './types';

/**
 * The community Go SDK `denverdino/aliyungo` (older Terraform providers, Packer, DDNS tools):
 * `Aliyun API Error: RequestId: ID Status Code: 404 Code: C Message: M`. Its own client failures
 * print `Status Code: -1 Code: AliyunGoClientFailure`, which is no HTTP status (keyValueFields
 * reads `Status Code:` and `RequestId:`, a 3-digit status only).
 */
export const DENVERDINO: RecordFormat = {
  name: 'denverdino',
};
