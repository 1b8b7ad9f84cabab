// A PHP `var_dump` puts a value on the line below its key; behind a per-line prefix (a quote's
// `> `, a log runner's `web-1  | `, a timestamp) that line no longer starts with the dump's own
// type, and the reader took the prefix's timestamp for the request id (`2024-05-01T10`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../extension/core';

const ID = 'c2e4a6b8-1d3f-4e5a-8b7c-9d0e1f2a3b4c';
const DUMP = ['array(3) {', '  ["code"]=>', '  string(21) "Forbidden.KeyNotFound"', '  ["message"]=>', '  string(33) "The specified key does not exist."', '  ["data"]=>', '  array(3) {', '    ["httpCode"]=>', '    int(409)', '    ["requestId"]=>', `    string(36) "${ID}"`, '  }', '}'];

test("a var_dump's request id and status are read behind any line prefix", () => {
  for (const prefix of ['', '> ', 'php-1  | ', '2024-05-01T10:00:02.1234567Z ', 'May 01 10:00:03 web php-fpm[2211]: ']) {
    const [o] = scanText(DUMP.map((l) => prefix + l).join('\n'));
    // 409 is the dump's own status, not the catalog's 404 for the code: read, not guessed.
    assert.deepEqual([o?.code, o?.httpStatus, o?.requestId], ['Forbidden.KeyNotFound', 409, ID], JSON.stringify(prefix));
  }
});

test("print_r's values on the key's own line are read as before", () => {
  const printed = ['Array', '(', '    [code] => Forbidden.KeyNotFound', '    [data] => Array', '        (', '            [httpCode] => 409', `            [requestId] => ${ID}`, '        )', ')'];
  const [o] = scanText(printed.join('\n'));
  assert.deepEqual([o?.httpStatus, o?.requestId], [409, ID]);
});

test('a key with no value below it takes nothing from the next line', () => {
  const [o] = scanText(['2024-05-01T10:00:02.1234567Z array(1) {', '2024-05-01T10:00:02.1234567Z   ["code"]=> string(21) "Forbidden.KeyNotFound"', '2024-05-01T10:00:02.1234567Z   ["requestId"]=>', '2024-05-01T10:00:03.1234567Z   NULL', '2024-05-01T10:00:03.1234567Z }'].join('\n'));
  assert.equal(o?.code, 'Forbidden.KeyNotFound');
  assert.equal(o?.requestId, null);
});
