import { operationOfMethod } from './kmsOperations';

/**
 * The operation of a record that does not state one, read from the SDK method its stack frames
 * or code call: `com.aliyun.kms20160120.Client.decryptWithOptions(Client.java:2300)`,
 * `kms.(*Client).GetSecretValue(0xc000...)`, `client.get_secret_value(request)`, a PHP stack
 * trace's `AlibabaCloud\Dkms\Gcs\Sdk\Client->encrypt(Object(...))`, a Python traceback's
 * `in get_secret_value`. Only methods on a client object count (an application's own
 * `decrypt(` says nothing about the API), and only names of KMS operations.
 */

// Literals one of the shapes needs: the expression runs only in records that hold one.
const GUARD = ['lient.', 'lient).', 'lient->', ', in '];
const METHOD_CALL = /[Cc]lient(?:\)?\.|->)([A-Za-z][A-Za-z0-9_]{3,80})\s?\(|\bin ([a-z][a-z0-9_]{3,80})\s*$/gm;

/** The KMS operation of the first SDK client method named in `record`, or null. */
export function operationFromSdkMethods(record: string): string | null {
  if (!GUARD.some((g) => record.includes(g))) return null;
  METHOD_CALL.lastIndex = 0;
  for (let m = METHOD_CALL.exec(record); m; m = METHOD_CALL.exec(record)) {
    const op = operationOfMethod(m[1] ?? m[2]!);
    if (op) return op;
  }
  return null;
}
