import { DARABONBA_MESSAGE } from './darabonbaMessage';
import { DENVERDINO } from './denverdino';
import { ESCAPED_JSON_FIELDS } from './escapedJsonFields';
import { GATEWAY_JSON } from './gatewayJson';
import { GATEWAY_XML } from './gatewayXml';
import { GO_SERVER_ERROR } from './goServerError';
import { HTTP_STATUS_LINE } from './httpStatusLine';
import { JAVA_CLASSIC } from './javaClassic';
import { KEY_VALUE_FIELDS } from './keyValueFields';
import { PHP_ARRAY_DUMP } from './phpArrayDump';
import { PHP_CLIENT } from './phpClient';
import { POP_CORE } from './popCore';
import { PYTHON_CORE } from './pythonCore';
import { TEA_DATA } from './teaData';
import { TEA_FIELD_PRINT } from './teaFieldPrint';
import { TERRAFORM } from './terraform';
import type { FieldReader, RecordFormat } from './types';

export type { FieldReader, RecordFormat } from './types';

/**
 * Every SDK family's record format, in the order their fields are trusted: a format's own field
 * (Tea data's `httpCode`, the gateway XML's `<HttpStatus>`) before the generic `key: value` shape,
 * which before a logged HTTP status line (a retried request may log an earlier status).
 */
export const RECORD_FORMATS: readonly RecordFormat[] = [
  TEA_DATA,
  GATEWAY_XML,
  GATEWAY_JSON,
  PYTHON_CORE,
  DENVERDINO,
  PHP_CLIENT,
  PHP_ARRAY_DUMP,
  DARABONBA_MESSAGE,
  JAVA_CLASSIC,
  GO_SERVER_ERROR,
  POP_CORE,
  TERRAFORM,
  TEA_FIELD_PRINT,
  ESCAPED_JSON_FIELDS,
  KEY_VALUE_FIELDS,
  HTTP_STATUS_LINE,
];

function readers(pick: (f: RecordFormat) => FieldReader | undefined): readonly FieldReader[] {
  return RECORD_FORMATS.map(pick).filter((r): r is FieldReader => r !== undefined);
}

/** The formats' status readers, in trust order. */
export const STATUS_READERS = readers((f) => f.status);
/** The formats' request id readers, in trust order (each pattern global: a placeholder is skipped). */
export const REQUEST_ID_READERS = readers((f) => f.requestId);
/** The formats' operation readers, in trust order. */
export const OPERATION_READERS = readers((f) => f.operation);
/** The formats' KMS-only shapes. */
export const KMS_SIGNAL_READERS = readers((f) => f.kmsSignal);
/** Every line prefix some format continues a record with. */
export const CONTINUATION_PREFIXES: readonly string[] = [...new Set(RECORD_FORMATS.flatMap((f) => f.continuations ?? []))];
/** Every suffix some SDK appends to a code. */
export const CODE_SUFFIXES: readonly string[] = [...new Set(RECORD_FORMATS.flatMap((f) => f.codeSuffixes ?? []))];
