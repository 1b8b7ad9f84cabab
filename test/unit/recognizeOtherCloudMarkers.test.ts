// Other clouds have key services of their own, and their texts name "kms" where an Alibaba Cloud
// text would: IBM Key Protect's and Hyper Protect Crypto Services' API names its error body's media
// type `application/vnd.ibm.kms.error+json` and its keys by CRN (`crn:v1:bluemix:public:kms:...`).
// Those names say the record is IBM's, so a generic code in it (`Unauthorized: ...`) is not ours.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readRecordContext } from '../../extension/core/recognize/recordContext';
import { codes } from '../support/scannedCodes';

test("IBM Key Protect's error body, named by its media type, is not a KMS error", () => {
  const body = [
    '{',
    '    "metadata": {',
    '        "collectionType": "application/vnd.ibm.kms.error+json",',
    '        "collectionTotal": 1',
    '    },',
    '    "resources": [',
    '        {',
    '            "errorMsg": "Unauthorized: The user does not have access to the specified resource"',
    '        }',
    '    ]',
    '}',
  ].join('\n');
  assert.deepEqual(codes(body), []);
  assert.deepEqual(codes('{"metadata":{"collectionType":"application/vnd.ibm.kms.error+json","collectionTotal":1},"resources":[{"errorMsg":"Unauthorized: The user does not have access to the specified resource"}]}'), []);
  assert.equal(readRecordContext(body).otherCloud, true);
});

test('an IBM Cloud resource name (CRN) of a key service names another cloud', () => {
  const line = 'decrypt failed for key crn:v1:bluemix:public:kms:us-south:a/3d624cd74a0dea86ed8efe3101341742:90b6a1db-0fe1-4fe9-b91e-962c327df531:key:0bg3e33e: Unauthorized';
  assert.equal(readRecordContext(line).otherCloud, true);
  assert.deepEqual(codes(line), []);
});

test('the same generic code with Alibaba Cloud KMS context and no IBM name is still found', () => {
  assert.deepEqual(codes('kms decrypt failed: {"Code":"Unauthorized","Message":"The AccessKey ID \\"LTAI5t\\" does not exist in our records."}'), ['Unauthorized']);
  // `vnd.ibm.` and `crn:v1:` must stand as names: a word that merely contains them is not IBM's.
  assert.equal(readRecordContext('kms: error Unauthorized, see fvnd.ibm.x and acrn:v1:bluemix:').otherCloud, false);
});
