import { QUOTE } from './escapedJson';
import type { RecordFormat } from './types';

/**
 * Tea / Darabonba SDK exceptions (kms-errors.md §3): the instance SDKs' data map carries
 * `httpCode`, the gateway SDKs' `statusCode`; both print `requestId` in the same map, e.g.
 * `{"httpCode":404,"requestId":"...","hostId":"kst-...","code":"Forbidden.KeyNotFound"}`.
 */
export const TEA_DATA: RecordFormat = {
  name: 'teaData',
  // Also inside a JSON string (`{\"httpCode\":404}`, escapedJson.ts).
  status: { guard: ['ttpCode'], pattern: new RegExp(String.raw`${QUOTE}httpCode${QUOTE}\s*[:=]\s*${QUOTE}([1-5]\d\d)\b`) },
};
