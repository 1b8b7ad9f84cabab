// A program's own error enum may name its variants after generic words (`Unauthorized`,
// `InvalidParameter`), and its type after the key service it is (`KmsError`): a key-management
// server of another vendor, a wrapper's error type. `KmsError::Unauthorized(...)` is that
// program's variant, written as a path; no SDK prints a server's code that way.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes } from '../support/scannedCodes';

test("a Rust key server's own variants, written as paths, are not KMS errors", () => {
  const rust = [
    '        let role = authorization_token.role.as_ref().ok_or_else(|| {',
    '            KmsError::Unauthorized("Authorization token should contain a role".to_owned())',
    '        })?;',
    '        kms_ensure!(roles_str.contains(&role.as_str()), KmsError::Unauthorized(format!("role of {}", roles)));',
  ].join('\n');
  assert.deepEqual(codes(rust), []);
  assert.deepEqual(codes('match e { DbError::Unauthorized(s) => Self::Unauthorized(s), KmsError::InvalidParameter(m) => bad(m) }'), []);
  assert.deepEqual(codes('kms client: return KmsStatus::Throttling;'), []);
});

test('the same generic codes as values, or one colon before them, are still found with KMS context', () => {
  assert.deepEqual(codes('kms decrypt failed: {"Code":"Unauthorized","Message":"The AccessKey ID \\"LTAI5t\\" does not exist in our records."}'), ['Unauthorized']);
  assert.deepEqual(codes('KmsError::Api { code: "Unauthorized" } from kms.cn-hangzhou.aliyuncs.com'), ['Unauthorized']);
  assert.deepEqual(codes('kms.cn-hangzhou.aliyuncs.com answered code:Throttling'), ['Throttling']);
});
