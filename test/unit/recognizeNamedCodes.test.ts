// Prose that names gateway-wide codes in a list ("X or Y error codes") is not an error report,
// even beside the word KMS: recognize/namedCodes.ts. Printed errors, a KMS code beside the list
// and a code with its message stay KMS's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isListedCodeName } from '../../extension/core/recognize/namedCodes';
import { codes } from '../support/scannedCodes';

test('a gateway-wide code named in a list of codes, in a sentence about KMS, is not claimed', () => {
  // KMS's RAM secret plug-in page (published-audit2-lookalikes.log).
  assert.deepEqual(codes('When KMS rotates the secret, the plug-in detects this by watching for InvalidAccessKeyId or InvalidAccessKeyId.NotFound error codes in the API response.'), []);
  assert.deepEqual(codes('The KMS plug-in retries on InvalidAccessKeyId.NotFound, IncompleteSignature and other gateway errors.'), []);
  assert.deepEqual(codes('Our kms client treats Throttling/ServiceUnavailable as retryable.'), []);
});

test('a code alone, with its message or beside a KMS code, is still claimed', () => {
  assert.deepEqual(codes('KMS returned InvalidAccessKeyId.NotFound when we decrypted.'), ['InvalidAccessKeyId.NotFound']);
  assert.deepEqual(codes('访问KMS实例时,返回:Forbidden.NoPermission : This operation is forbidden by permission system.'), ['Forbidden.NoPermission']);
  assert.deepEqual(codes('case "Forbidden.KeyNotFound", "Forbidden.NoPermission":'), ['Forbidden.KeyNotFound', 'Forbidden.NoPermission']);
  // A KMS-specific code in the list: the record is KMS's, and so is its neighbour.
  assert.deepEqual(codes('KMS answers Forbidden.KeyNotFound or InvalidParameter here.'), ['Forbidden.KeyNotFound', 'InvalidParameter']);
});

test('isListedCodeName: a code joined to another code name, not to a plain word', () => {
  const at = (text: string, code: string) => isListedCodeName(text, text.indexOf(code), code.length);
  assert.equal(at('watching for InvalidAccessKeyId or InvalidAccessKeyId.NotFound error codes', 'InvalidAccessKeyId.NotFound'), true);
  assert.equal(at('InvalidParameter, MissingParameter', 'InvalidParameter'), true);
  assert.equal(at('Forbidden.RAM / Throttling', 'Throttling'), true);
  assert.equal(at('Java or InvalidAccessKeyId.NotFound error', 'InvalidAccessKeyId.NotFound'), false);
  assert.equal(at('Decrypt or Throttling', 'Throttling'), false);
  assert.equal(at('got Throttling, retrying', 'Throttling'), false);
  assert.equal(at('InvalidParameter: The specified parameter is not valid.', 'InvalidParameter'), false);
  // The next field of a log line is not a second code.
  assert.equal(at('code: InvalidParameter, RequestId: 5D6E7F80-91A2', 'InvalidParameter'), false);
  assert.equal(at('Code=Throttling, StatusCode=400', 'Throttling'), false);
});
