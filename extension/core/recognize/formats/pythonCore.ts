import type { RecordFormat } from './types';

/**
 * Python `aliyunsdkcore`: `aliyunsdkcore.acs_exception.exceptions.ServerException: HTTP Status: 404
 * Error:CODE MESSAGE RequestID: ID` (variants add ` Product:P Endpoint:E` and ` Version:V`), and
 * (`HTTP Status:` and `RequestID:` are read by keyValueFields), and the client's log line `ServerException occurred. Host:HOST SDK-Version:V ServerException:HTTP
 * Status: ...`, where `Host:` is the only product signal (a KMS host names `kms`).
 */
export const PYTHON_CORE: RecordFormat = {
  name: 'pythonCore',
};
