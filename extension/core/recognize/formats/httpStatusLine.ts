import type { RecordFormat } from './types';

/** A logged HTTP status line: `HTTP/1.1 404 Not Found` (debug logs of every SDK's transport). */
export const HTTP_STATUS_LINE: RecordFormat = {
  name: 'httpStatusLine',
  status: { guard: ['HTTP/'], pattern: /\bHTTP\/\d(?:\.\d)? ([1-5]\d\d)\b/ },
};
