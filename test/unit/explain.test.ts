import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HOVER_OPERATIONS } from '../../extension/core/explain/compactOperations';
import {
  CATALOG,
  documentedOperations,
  entryKey,
  escapeMarkdown,
  explainEntry,
  explanationToJson,
  explanationToMarkdown,
  explanationToPlain,
  getEntry,
  LANGS,
  markdownCode,
} from '../../extension/core';

const invalidParam = getEntry('instance', 'InvalidParam')!;

test('a matched message variant gives its own meaning and is marked', () => {
  const e = explainEntry(invalidParam, { lang: 'en', message: 'The Param x-kms-signaturemethod is invalid. message:"HMAC".' });
  assert.match(e.meaning, /signature method the instance does not support/);
  assert.deepEqual(e.messages.map((m) => m.matched), [false, false, true, false]);
  const plain = explanationToPlain(e, 'en');
  assert.match(plain, /\n {4}> The Param x-kms-signaturemethod is invalid\. message:"<signaturemethod value>"\./);
});

test('without a message the entry meaning is used and variants carry theirs', () => {
  const e = explainEntry(invalidParam, { lang: 'ja' });
  assert.equal(e.meaning, invalidParam.meaning.ja);
  assert.ok(e.messages.every((m) => !m.matched && m.meaning));
});

test('operation notes are kept for their operation only', () => {
  const internal = getEntry('instance', 'InternalFailure')!;
  assert.equal(explainEntry(internal, { lang: 'en', operation: 'Decrypt' }).notes.length, 1);
  assert.equal(explainEntry(internal, { lang: 'en', operation: 'Encrypt' }).notes.length, 0);
  assert.match(explainEntry(internal, { lang: 'zh-cn' }).notes[0]!, /Decrypt/);
});

test('Markdown: first line has code, status, surface and meaning; links are appended', () => {
  const md = explanationToMarkdown(explainEntry(getEntry('instance', 'Forbidden.KeyNotFound')!, { lang: 'en' }), {
    lang: 'en',
    links: [{ title: 'Show in reference', href: 'command:kmsErrors.showReference' }],
  });
  const first = md.split('\n')[0]!;
  assert.match(first, /^\*\*Forbidden\\\.KeyNotFound\*\* · HTTP 404 · KMS instance API — No key/);
  assert.match(md, /\[Documentation\]\(https:\/\/www\.alibabacloud\.com\/.*common-error-codes-1\)/);
  assert.match(md, /\[Show in reference\]\(command:kmsErrors\.showReference\)$/);
});

test('escapeMarkdown neutralises links, HTML and emphasis', () => {
  const hostile = '<img src=x onerror=alert(1)> [click](javascript:alert(1)) **b** `c`';
  const escaped = escapeMarkdown(hostile);
  assert.ok(!escaped.includes('<'));
  assert.ok(!/\]\(/.test(escaped), escaped);
  assert.ok(!/(^|[^\\])\*/.test(escaped));
});

test('markdownCode holds any text, backticks included', () => {
  assert.equal(markdownCode('a'), '`a`');
  assert.equal(markdownCode('a`b'), '``a`b``');
  assert.equal(markdownCode('`x'), '`` `x ``');
  assert.equal(markdownCode('line1\nline2'), '`line1 line2`');
});

test('the JSON form has the documented keys and plain values', () => {
  const json = explanationToJson(explainEntry(getEntry('instance', 'Rejected.Throttling')!, { lang: 'en' }));
  assert.deepEqual(Object.keys(json).slice(0, 9), ['api', 'httpStatus', 'code', 'messages', 'meaning', 'fix', 'docUrl', 'operations', 'retryable']);
  assert.equal(json.httpStatus, 429);
  assert.ok(json.messages.includes('Concurrency Limit Exceeded.'));
  assert.equal(json.retryable, true);
  assert.deepEqual(JSON.parse(JSON.stringify(json)), json);
});

test("the documentation link follows the reader's language where the page is translated", () => {
  const entry = getEntry('instance', 'Rejected.Disabled')!;
  assert.match(explainEntry(entry, { lang: 'ja' }).docUrl, /\/help\/ja\//);
  assert.match(explainEntry(entry, { lang: 'zh-cn' }).docUrl, /^https:\/\/help\.aliyun\.com\/zh\//);
  assert.match(explainEntry(entry, { lang: 'en' }).docUrl, /\/help\/en\//);
  // A page known only in English stays English.
  assert.equal(explainEntry(getEntry('openapi', 'Rejected.Disabled')!, { lang: 'ja' }).docUrl, getEntry('openapi', 'Rejected.Disabled')!.docUrl);
});

test('every entry\'s Markdown stays bounded whatever operation the record names, the found one first', () => {
  for (const entry of CATALOG) {
    for (const operation of [undefined, ...documentedOperations(entry)]) {
      for (const lang of LANGS) {
        const e = explainEntry(entry, { lang, ...(operation ? { operation } : {}) });
        const md = explanationToMarkdown(e, { lang });
        assert.ok(md.length < 1700, `${entryKey(entry)} ${operation} ${lang}: ${md.length}`);
        for (const line of md.split('\n')) assert.ok((line.match(/`[A-Z][A-Za-z]+`/g) ?? []).length <= HOVER_OPERATIONS + 1, line);
        if (operation && entry.operations.includes(operation)) assert.equal(e.operations[0], operation);
      }
    }
  }
});
