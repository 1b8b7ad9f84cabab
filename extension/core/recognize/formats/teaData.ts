import type { RecordFormat } from './types';

/**
 * Tea / Darabonba SDK exceptions (kms-errors.md §3): the instance SDKs' data map carries
 * `httpCode`, the gateway SDKs' `statusCode`; both print `requestId` in the same map, e.g.
 * `{"httpCode":404,"requestId":"...","hostId":"kst-...","code":"Forbidden.KeyNotFound"}`.
 */
export const TEA_DATA: RecordFormat = {
  name: 'teaData',
  status: { guard: ['ttpCode'], pattern: /["']?httpCode["']?\s*[:=]\s*["']?([1-5]\d\d)\b/ },
};
