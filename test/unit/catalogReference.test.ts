// Holds the catalog against every documented error row of both APIs
// (test/fixtures/reference/kms-error-rows.json, a copy of the team's reference): each row's code,
// message, operation and HTTP status must be in the catalog, exactly as the source writes them.
// The rules here are the test's own, not the generator's, so a generator bug cannot hide a row.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CATALOG, entryKey, findByStatus, findEntries, LANGS, type ApiSurface, type CatalogEntry } from '../../extension/core';
import { EXPLANATIONS } from '../../extension/core/catalog/explanations';
import { DOCUMENTED_CODES } from '../../extension/core/catalog/generated/documentedCodes';
import { renderDocumentedCodes } from '../../scripts/renderDocumentedCodes';

interface Row {
  operation: string;
  httpStatus: number | null;
  code: string | null;
  message: string | null;
  source: string;
}
const root = join(__dirname, '..', '..');
const fixturePath = join(root, 'test', 'fixtures', 'reference', 'kms-error-rows.json');
const fixtureText = readFileSync(fixturePath, 'utf8');
const rows = JSON.parse(fixtureText) as Record<ApiSurface, Row[]>;
const APIS = ['openapi', 'instance'] as const;

/** The entry a row belongs to: by its code (or a misspelling of it), else by its message. */
function entryOf(api: ApiSurface, row: Row): CatalogEntry | undefined {
  // The instance 413 row writes "None." in its code and message cells: the answer has neither.
  if (api === 'instance' && row.code === 'None.') return findByStatus(413, 'instance').find((e) => e.code === '');
  if (row.code !== null) return findEntries(row.code, api).find((e) => e.code === row.code || e.aliases?.includes(row.code!));
  return CATALOG.find((e) => e.api === api && e.messages.some((m) => m.text === row.message));
}

test('the reference holds 328 OpenAPI rows (60 codes, 85 operation cells with "(common)") and 30 instance rows', () => {
  assert.equal(rows.openapi.length, 328);
  assert.equal(new Set(rows.openapi.map((r) => r.code).filter((c) => c !== null)).size, 60);
  assert.equal(new Set(rows.openapi.map((r) => r.operation)).size, 85);
  assert.equal(rows.instance.length, 30);
});

for (const api of APIS) {
  test(`every ${api} row's code, message, operation and status is in the catalog`, () => {
    const missing: string[] = [];
    for (const row of rows[api]) {
      const where = `${row.operation} ${row.httpStatus} ${row.code} ${JSON.stringify(row.message)}`;
      const entry = entryOf(api, row);
      if (!entry) {
        missing.push(`no entry: ${where}`);
        continue;
      }
      const noMessage = row.message === null || (api === 'instance' && row.code === 'None.');
      const variant = noMessage ? undefined : entry.messages.find((m) => m.text === row.message);
      if (!noMessage && !variant) missing.push(`message: ${where}`);
      if (row.operation === '(common)') {
        if (entry.operations.length > 0) missing.push(`common code with operations: ${where}`);
        if (variant?.operations) missing.push(`common message limited to operations: ${where}`);
      } else {
        if (entry.operations.length > 0 && !entry.operations.includes(row.operation)) missing.push(`operation: ${where}`);
        // A common code answers any operation, and still names the tables that list it.
        if (entry.operations.length === 0 && !entry.listedIn?.includes(row.operation)) missing.push(`listed in: ${where}`);
        if (variant?.operations && !variant.operations.includes(row.operation)) missing.push(`message's operation: ${where}`);
      }
      if (row.httpStatus !== null && entry.httpStatus !== row.httpStatus) {
        const other = entry.otherStatuses?.find((s) => s.httpStatus === row.httpStatus);
        if (!other?.operations.includes(row.operation)) missing.push(`status: ${where}`);
      }
    }
    assert.deepEqual(missing, []);
  });
}

test('inferred rows and code-only Terraform rows keep their provenance', () => {
  const inferred = rows.instance.filter((r) => r.source.startsWith('INFERRED'));
  assert.ok(inferred.length >= 3);
  for (const row of inferred) {
    const entry = entryOf('instance', row)!;
    assert.equal(entry.operationProvenance?.[row.operation], 'inferred', `${row.code} ${row.operation}`);
  }
  const terraformOnly = rows.openapi.filter((r) => r.message === null && r.code !== null && r.source.startsWith('aliyun/terraform-provider-alicloud'));
  for (const row of terraformOnly) {
    const entry = entryOf('openapi', row)!;
    const onlyTerraform = rows.openapi.every((r) => r.code !== row.code || r.source.startsWith('aliyun/terraform-provider-alicloud'));
    if (onlyTerraform) {
      assert.equal(entry.provenance, 'sdk', row.code!);
      assert.match(entry.source ?? '', /Terraform/, row.code!);
      assert.equal(entry.httpStatus, null);
    } else {
      assert.equal(entry.operationProvenance?.[row.operation], 'sdk', `${row.code} ${row.operation}`);
    }
  }
});

test('documented misspellings are aliases of the code they misspell, with their own messages', () => {
  assert.deepEqual(findEntries('SerivceUnavailableTemporary', 'openapi').map((e) => e.code), ['ServiceUnavailableTemporary']);
  assert.deepEqual(findEntries('SerivceUnvailableTemporary', 'openapi').map((e) => e.code), ['ServiceUnavailableTemporary']);
  assert.deepEqual(findEntries('Rejetced.PendingDeletion', 'openapi').map((e) => e.code), ['Rejected.PendingDeletion']);
  const unavailable = findEntries('ServiceUnavailableTemporary', 'openapi')[0]!;
  assert.ok(unavailable.messages.some((m) => m.text === 'Service Unvailable Temporary'));
  const internal = findEntries('InternalFailure', 'openapi')[0]!;
  assert.ok(internal.messages.some((m) => m.text === 'Internal  Failure'), 'the double space is kept');
});

test('the generated wire facts are what the generator makes of the fixture today', () => {
  const committed = readFileSync(join(root, 'extension', 'core', 'catalog', 'generated', 'documentedCodes.ts'), 'utf8');
  assert.equal(committed, renderDocumentedCodes(JSON.parse(fixtureText)), 'run npm run gen:catalog');
});

test('the fixture is the team reference, where that folder is beside the clone', (t) => {
  const shared = join(root, '..', 'shared', 'reference', 'kms-error-rows.json');
  if (!existsSync(shared)) return t.skip('no ../shared/reference here');
  assert.equal(fixtureText, readFileSync(shared, 'utf8'), 'run npm run gen:catalog -- --refresh');
});

test('every documented code has an explanation in all three languages, and message notes name real messages', () => {
  for (const doc of DOCUMENTED_CODES) {
    const key = `${doc.api}:${doc.code}` as keyof typeof EXPLANATIONS;
    const ex = EXPLANATIONS[key];
    assert.ok(ex, key);
    for (const lang of LANGS) {
      assert.ok(ex.meaning[lang].trim().length >= 5, `${key} meaning ${lang}`);
      assert.ok(ex.fix[lang].trim().length >= 5, `${key} fix ${lang}`);
    }
    for (const [text, note] of Object.entries(ex.byMessage ?? {})) {
      assert.ok(doc.messages.some((m) => m.text === text), `${key}: byMessage names no documented message: ${text}`);
      for (const lang of LANGS) {
        if (note.meaning) assert.ok(note.meaning[lang].trim(), `${key} ${text} meaning ${lang}`);
        if (note.fix) assert.ok(note.fix[lang].trim(), `${key} ${text} fix ${lang}`);
      }
    }
  }
  assert.equal(Object.keys(EXPLANATIONS).length, DOCUMENTED_CODES.length, 'an explanation for a code the reference does not have');
  assert.equal(new Set(CATALOG.map(entryKey)).size, CATALOG.length);
});
