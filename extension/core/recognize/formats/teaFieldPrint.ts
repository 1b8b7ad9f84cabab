import type { RecordFormat } from './types';

/**
 * A Tea exception printed one field a line, as the KMS instance SDK's Java samples print it
 * (aliyun/alibabacloud-dkms-gcs-java-sdk `example/`: `AesEncryptDecryptSample` prints `code: %s`,
 * `message: %s`, `requestId: %s`; `GetSecretValueSample` and the signing samples `Code: %s`,
 * `Message: %s`, `HttpCode: %s`, `HostId: %s`, `RequestId: %s`), then `e.printStackTrace()`:
 *
 *     code: Forbidden.KeyNotFound
 *     message: The specified key does not exist.
 *     requestId: 475f1620-b9d3-4d35-b5c6-3fbdd941423d
 *     com.aliyun.tea.TeaException: The specified key does not exist.
 *         at com.aliyun.dkms.gcs.openapi.Client.doRequest(Client.java:148)
 *
 * The lines after the code continue its record (the request id and the status belong to it), and
 * so does the exception line right below them (exceptionBelowFields.ts): it is the same error,
 * printed a second time, and its frames name the operation. `Message:` and `RequestId:` are
 * continuations of other formats already (the Go block, the classic Java SDK).
 */
export const TEA_FIELD_PRINT: RecordFormat = {
  name: 'teaFieldPrint',
  continuations: ['message: ', 'requestId: ', 'HttpCode: ', 'httpCode: ', 'HostId: ', 'hostId: '],
  status: { guard: ['HttpCode: ', 'httpCode: '], pattern: /\b[Hh]ttpCode: ([1-5]\d\d)\b/ },
};

/** Every line start of such a print, the code's line included: the lines an exception line below continues. */
export const FIELD_PRINT_PREFIXES: readonly string[] = ['code: ', 'Code: ', 'Message: ', 'RequestId: ', ...TEA_FIELD_PRINT.continuations!];
