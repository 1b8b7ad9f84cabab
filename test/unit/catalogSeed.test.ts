// Holds the catalog against the seed table (Japanese, 22 rows) and the reference facts behind it:
// every documented row must be in the catalog with the same HTTP status, code and English
// server message, character for character.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CATALOG, getEntry } from '../../extension/core';

const fixtures = join(__dirname, '..', 'fixtures', 'reference');
const seedRows = readFileSync(join(fixtures, 'kms-instance-api-common-error-codes.ja.txt'), 'utf8')
  .split('\n')
  .filter((line) => /^\d{3} \|/.test(line))
  .map((line) => line.split('|').map((cell) => cell.trim()));

interface ReferenceRow {
  api: string;
  operation: string;
  httpStatus: number | null;
  code: string | null;
  message_en: string | null;
}
const reference = JSON.parse(readFileSync(join(fixtures, 'kms-errors.json'), 'utf8')) as ReferenceRow[];
const referenceCommon = reference.filter((r) => r.api.startsWith('kms-instance-api (dkms-gcs-0.2, protobuf)') && r.operation === '*(common)');

// The seed translates two cells that are not codes: the 404 row's code (Unauthorized in every
// other language) and the 413 row's "none".
const SEED_CODE_MEANS: Record<string, string> = { 権限が付与されていません: 'Unauthorized', 'なし。': '' };

test('the seed has 22 rows and the reference lists them in the same order', () => {
  assert.equal(seedRows.length, 22);
  assert.equal(referenceCommon.length, 22);
  seedRows.forEach(([status, code], i) => {
    const ref = referenceCommon[i]!;
    assert.equal(Number(status), ref.httpStatus, `row ${i + 1} status`);
    assert.equal(SEED_CODE_MEANS[code!] ?? code, ref.code ?? '', `row ${i + 1} code`);
  });
});

for (const [i, [status, seedCode]] of seedRows.entries()) {
  const code = SEED_CODE_MEANS[seedCode!] ?? seedCode!;
  const english = referenceCommon[i]!.message_en;
  test(`seed row ${i + 1}: ${status} ${code || '(no code)'}`, () => {
    const entry = getEntry('instance', code);
    assert.ok(entry, `no instance entry for "${code}"`);
    assert.equal(entry.httpStatus, Number(status));
    if (english === null) {
      assert.equal(entry.messages.length, 0, 'the 413 row has no message');
    } else {
      assert.ok(
        entry.messages.some((m) => m.text === english),
        `message not found verbatim: ${english}\n have: ${entry.messages.map((m) => m.text).join(' | ')}`,
      );
    }
  });
}

test('the per-operation rows of the reference are in the catalog', () => {
  const perOperation = reference.filter((r) => r.api === 'kms-instance-api (dkms-gcs-0.2, protobuf)' && r.operation !== '*(common)');
  assert.equal(perOperation.length, 4);
  for (const row of perOperation) {
    const entry = getEntry('instance', row.code!);
    assert.ok(entry, row.code!);
    const variant = entry.messages.find((m) => m.text === row.message_en);
    assert.ok(variant, `${row.code}: ${row.message_en}`);
    const ops = row.operation.split(' / ');
    const covered = [...(variant.operations ?? []), ...entry.operations, ...(entry.operationNotes ?? []).flatMap((n) => n.operations)];
    for (const op of ops) assert.ok(covered.includes(op), `${row.code} should name ${op}`);
    if (row.httpStatus !== null) assert.equal(entry.httpStatus, row.httpStatus);
  }
});

test('every documented shared-gateway code of the reference is in the catalog with its status and messages', () => {
  const gateway = reference.filter((r) => r.api === 'kms-openapi-shared-gateway (Kms 2016-01-20, JSON/XML)');
  assert.ok(gateway.length > 20);
  for (const row of gateway) {
    if (row.code === 'Forbidden.RAM') continue; // the reference itself doubts this belongs to KMS
    const entry = getEntry('openapi', row.code!);
    assert.ok(entry, `missing openapi ${row.code}`);
    assert.equal(entry.httpStatus, row.httpStatus, row.code!);
    assert.ok(entry.messages.some((m) => m.text === row.message_en), `${row.code}: ${row.message_en}`);
  }
  assert.ok(CATALOG.every((e) => e.code !== 'Forbidden.RAM'));
});
