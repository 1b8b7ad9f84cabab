// The import-token codes are also the stems of another cloud's exception classes (AWS KMS throws
// ExpiredImportTokenException and InvalidImportTokenException): code that retries those tests the
// class name by its stem. The codes count only with KMS context, like the other shared names, and
// the sentences only KMS sends with them (`import token is expired.`) still say KMS by themselves.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isGenericCode, keepsOwnWording } from '../../extension/core/recognize/codeWords';
import { codes } from '../support/scannedCodes';

test("another SDK's exception class names tested by their stems are not KMS errors", () => {
  const filter = [
    '    private boolean isImportTokenExpiry(Throwable e) {',
    '        String name = e.getClass().getSimpleName();',
    '        return name.contains("ExpiredImportToken") || name.contains("InvalidImportToken");',
    '    }',
  ].join('\n');
  assert.deepEqual(codes(filter), []);
  assert.deepEqual(codes("if err_name in ('ExpiredImportToken', 'InvalidImportToken'): retry()"), []);
});

test('the import-token codes with KMS context, or with the wording only KMS sends, are found', () => {
  assert.deepEqual(codes('ImportKeyMaterial failed: kms ErrorCode: ExpiredImportToken'), ['ExpiredImportToken']);
  assert.deepEqual(codes('|InvalidImportToken|import token is invalid.|400|'), ['InvalidImportToken']);
  assert.deepEqual(codes('|ExpiredImportToken|import token is expired.|400|'), ['ExpiredImportToken']);
});

test('the import-token codes need KMS context but keep their own wording', () => {
  for (const code of ['ExpiredImportToken', 'InvalidImportToken']) {
    assert.ok(isGenericCode(code), code);
    assert.ok(keepsOwnWording(code), code);
  }
});
