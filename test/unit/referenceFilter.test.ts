// The reference's search and filters as pure functions, and the webview's string tables.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CATALOG } from '../../extension/core/catalog/catalog';
import { documentedOperations } from '../../extension/core/catalog/entryOperations';
import { LANGS } from '../../extension/core/catalog/types';
import { NO_FILTER, filterEntries, indexEntries, operationsOf, statusesOf } from '../../webview/sidebar/filterEntries';
import { STRING_KEYS, stringTable, t } from '../../webview/strings';

const index = indexEntries(CATALOG);

test('no filter keeps every entry in catalog order', () => {
  assert.deepEqual(
    filterEntries(index, NO_FILTER).map((i) => i.entry),
    [...CATALOG],
  );
});

test('every word of the query must occur; aliases and statuses are searchable', () => {
  const keys = (query: string) => filterEntries(index, { ...NO_FILTER, query }).map((i) => i.key);
  assert.deepEqual(keys('keynotfound zzqx'), []);
  assert.deepEqual(keys('keynotfound system'), ['instance:Forbidden.KeyNotFound']);
  assert.ok(keys('  Forbidden.KeyNotFound  ').includes('instance:Forbidden.KeyNotFound'));
  const throttled = CATALOG.filter((e) => e.httpStatus === 429).map((e) => `${e.api}:${e.code}`);
  assert.ok(throttled.length > 0 && throttled.every((k) => keys('429').includes(k)));
  const aliased = CATALOG.find((e) => (e.aliases ?? []).length > 0);
  if (aliased) assert.ok(keys(aliased.aliases![0]!).includes(`${aliased.api}:${aliased.code}`));
});

test('status, API and operation filters', () => {
  for (const status of statusesOf(CATALOG)) {
    const shown = filterEntries(index, { ...NO_FILTER, status });
    assert.ok(shown.length > 0 && shown.every((i) => i.entry.httpStatus === status));
  }
  const openapi = filterEntries(index, { ...NO_FILTER, api: 'openapi' });
  assert.ok(openapi.length > 0 && openapi.every((i) => i.entry.api === 'openapi'));
  for (const operation of operationsOf(CATALOG)) {
    const shown = filterEntries(index, { ...NO_FILTER, operation });
    // A common code's own messages name operations too (the gateway's per-operation tables).
    assert.ok(shown.some((i) => documentedOperations(i.entry).includes(operation)), operation);
    assert.ok(shown.every((i) => i.entry.operations.length === 0 || i.entry.operations.includes(operation)), operation);
  }
});

test('the operation filter offers every operation of the reference rows', () => {
  const rows = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'reference', 'kms-error-rows.json'), 'utf8')) as Record<string, { operation: string }[]>;
  const documented = new Set([...rows.openapi!, ...rows.instance!].map((r) => r.operation).filter((o) => o !== '(common)'));
  const offered = new Set(operationsOf(CATALOG));
  assert.deepEqual([...documented].filter((o) => !offered.has(o)), []);
  assert.ok(offered.size >= 84, String(offered.size));
  const certificate = filterEntries(index, { ...NO_FILTER, operation: 'CertificatePrivateKeySign' });
  assert.ok(certificate.some((i) => i.entry.code === 'Certificate.NotFound'));
  assert.ok(certificate.every((i) => i.entry.code !== 'Duplicate.TagKey'));
});

test('every webview string exists in English, Japanese and Simplified Chinese', () => {
  for (const lang of LANGS) {
    for (const key of STRING_KEYS) assert.ok(stringTable(lang)[key].trim().length > 0, `${lang}.${key}`);
  }
  assert.notEqual(stringTable('ja').panelTitle, stringTable('en').panelTitle);
  assert.equal(t('en', 'results', 3, 47), '3 of 47 entries');
  assert.equal(t('ja', 'results', 3, 47), '47 件中 3 件');
});
