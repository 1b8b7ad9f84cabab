import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ALL_CODES, CATALOG, entryKey, findByStatus, findEntries, LANGS, suggestCodes } from '../../extension/core';

test('keys are unique across the catalog', () => {
  const keys = CATALOG.map(entryKey);
  assert.equal(new Set(keys).size, keys.length);
});

test('every entry explains itself in English, Japanese and Simplified Chinese', () => {
  for (const e of CATALOG) {
    for (const lang of LANGS) {
      assert.ok(e.meaning[lang].trim().length >= 5, `${entryKey(e)} meaning ${lang}`);
      assert.ok(e.fix[lang].trim().length >= 5, `${entryKey(e)} fix ${lang}`);
      for (const m of e.messages) {
        if (m.meaning) assert.ok(m.meaning[lang].trim(), `${entryKey(e)} variant meaning ${lang}`);
        if (m.fix) assert.ok(m.fix[lang].trim(), `${entryKey(e)} variant fix ${lang}`);
      }
    }
    // Japanese and Chinese texts are translations, not copies of the English.
    assert.notEqual(e.meaning.ja, e.meaning.en);
    assert.notEqual(e.meaning['zh-cn'], e.meaning.en);
    assert.match(e.docUrl, /^https:\/\//);
  }
});

test('server messages are stored as on the wire: no leading or trailing space, one line', () => {
  for (const e of CATALOG) for (const m of e.messages) {
    assert.equal(m.text, m.text.trim().replace(/ {3,}/g, '  '), m.text);
    assert.ok(!m.text.includes('\n'));
  }
});

test('findEntries is case-insensitive and lists the instance API first', () => {
  const found = findEntries('forbidden.keynotfound');
  assert.deepEqual(found.map((e) => e.api), ['instance', 'openapi']);
  assert.deepEqual(findEntries('FORBIDDEN.KEYNOTFOUND', 'openapi').map((e) => e.api), ['openapi']);
  assert.equal(findEntries('NoSuchCode').length, 0);
  assert.equal(findEntries('').length, 0, 'the code-less 413 row is not found by an empty code');
});

test('aliases find their entry: the documented misspelling of ServiceUnavailableTemporary', () => {
  assert.deepEqual(findEntries('SerivceUnavailableTemporary').map((e) => e.code), ['ServiceUnavailableTemporary']);
  assert.ok(ALL_CODES.includes('SerivceUnvailableTemporary'));
});

test('findByStatus finds the code-less 413 row', () => {
  const rows = findByStatus(413);
  assert.equal(rows.length, 1);
  assert.equal(rows[0]!.code, '');
});

test('suggestCodes corrects typos, closest first, and stays quiet for unrelated words', () => {
  assert.equal(suggestCodes('Forbiden.KeyNotFound')[0], 'Forbidden.KeyNotFound');
  assert.equal(suggestCodes('Rejected.Disable')[0], 'Rejected.Disabled');
  assert.equal(suggestCodes('signaturenotmatched')[0], 'SignatureNotMatch');
  assert.deepEqual(suggestCodes('banana'), []);
  assert.deepEqual(suggestCodes(''), []);
});

test('retryable entries say which SDKs retry them', () => {
  for (const e of CATALOG) {
    if (e.retryable) assert.ok((e.retriedBy ?? []).length > 0, entryKey(e));
  }
  assert.equal(findEntries('Rejected.Throttling', 'instance')[0]!.retryable, true);
  assert.equal(findEntries('Forbidden.KeyNotFound', 'instance')[0]!.retryable, false);
});
