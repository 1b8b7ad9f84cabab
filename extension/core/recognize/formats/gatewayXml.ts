import type { RecordFormat } from './types';

/**
 * The gateway's XML body: root `<KMS>` (older: `<Error>`) holding `<HttpStatus>`, `<Code>`,
 * `<Message>`, `<RequestId>` (and `<HostId>`, `<Recommend>`), on one line or one element a line.
 * OSS answers `<Error>` too, with a 24-hex `<RequestId>` and an `oss-` `<HostId>`: no KMS signal.
 */
export const GATEWAY_XML: RecordFormat = {
  name: 'gatewayXml',
  continuations: ['</', '<Code>', '<Message>', '<RequestId>', '<HostId>', '<HttpStatus>', '<Recommend>'],
  status: { guard: ['<HttpStatus>'], pattern: /<HttpStatus>([1-5]\d\d)<\/HttpStatus>/ },
  requestId: { guard: ['<RequestId>'], pattern: /<RequestId>\s*([A-Za-z0-9][A-Za-z0-9-]{7,63})\s*<\/RequestId>/g },
};
