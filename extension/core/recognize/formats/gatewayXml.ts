import type { RecordFormat } from './types';

// The body's element tags, which continue the record where the body is printed one element a line.
const TAGS = ['</', '<Code>', '<Message>', '<RequestId>', '<HostId>', '<HttpStatus>', '<Recommend>'];

/**
 * The gateway's XML body: root `<KMS>` (older: `<Error>`) holding `<HttpStatus>`, `<Code>`,
 * `<Message>`, `<RequestId>` (and `<HostId>`, `<Recommend>`), on one line or one element a line.
 * OSS answers `<Error>` too, with a 24-hex `<RequestId>` and an `oss-` `<HostId>`: no KMS signal.
 * A page that shows the body escapes its tags (`&lt;Code&gt;`: htmlEntities.ts), and its lines
 * continue the record the same way.
 */
export const GATEWAY_XML: RecordFormat = {
  name: 'gatewayXml',
  continuations: [...TAGS, ...TAGS.map((t) => t.replace('<', '&lt;').replace('>', '&gt;'))],
  status: { guard: ['<HttpStatus>'], pattern: /<HttpStatus>([1-5]\d\d)<\/HttpStatus>/ },
  requestId: { guard: ['<RequestId>'], pattern: /<RequestId>\s*([A-Za-z0-9][A-Za-z0-9-]{7,63})\s*<\/RequestId>/g },
};
