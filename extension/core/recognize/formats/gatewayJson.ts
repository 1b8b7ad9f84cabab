import type { RecordFormat } from './types';

// The body's keys, which continue the record where the body is printed unindented, a key a line.
const KEYS = ['HttpStatus', 'Code', 'Message', 'RequestId', 'HostId', 'Recommend'];

/**
 * The gateway's JSON body: `{"HttpStatus":400,"Code":"IllegalTimestamp","Message":"...",
 * "RequestId":"..."}`, often pretty-printed over several lines (indented, or not: the vendor's
 * sample without commas), its fields read by keyValueFields. An `HttpStatus` field in the body is
 * KMS's shape (other products answer `RequestId`, `HostId`, `Code`, `Message`, `Recommend`), so it
 * is KMS context, like the XML root `<KMS>`.
 */
export const GATEWAY_JSON: RecordFormat = {
  name: 'gatewayJson',
  // Quoted, and quoted as a page's HTML escapes them (`&quot;Code&quot;`: htmlEntities.ts).
  continuations: [...KEYS.map((k) => `"${k}"`), ...KEYS.map((k) => `&quot;${k}&quot;`)],
  // The key's closing quote may be doubled, as a CSV export writes it (keyValueFields.ts).
  kmsSignal: { guard: ['HttpStatus'], pattern: /"HttpStatus""?\s*:\s*[1-5]\d\d\b|<HttpStatus>[1-5]\d\d<\/HttpStatus>/ },
};
