// Which catalog entry explains a decoded Error.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entryForError } from '../../extension/core';

test('a code on both surfaces is explained by the KMS instance API entry (it sends protobuf)', () => {
  const entry = entryForError({ StatusCode: 404, ErrorCode: 'forbidden.keynotfound' });
  assert.equal(entry?.api, 'instance');
  assert.equal(entry?.code, 'Forbidden.KeyNotFound');
});

test('a code only the shared gateway has falls back to its entry', () => {
  assert.equal(entryForError({ ErrorCode: 'Rejected.LimitExceeded' })?.api, 'openapi');
});

test('no code: the code-less entry of the status, 413 when StatusCode is empty as in an empty body', () => {
  for (const fields of [{}, { StatusCode: 413 }, { StatusCode: 0, ErrorCode: '' }]) {
    const entry = entryForError(fields);
    assert.equal(entry?.httpStatus, 413, JSON.stringify(fields));
    assert.equal(entry?.code, '');
  }
  assert.equal(entryForError({ StatusCode: 500 }), undefined, 'no code-less 500 entry');
});

test('an unknown code has no entry', () => {
  assert.equal(entryForError({ ErrorCode: 'Nope.NotACode', StatusCode: 404 }), undefined);
});
