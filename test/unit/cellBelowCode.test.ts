// The record rule for an error table rendered one cell a line (recognize/cellBelowCode.ts): the
// line right below a documented code alone on its line (a help page's table as a page-text
// extraction or a browser's copy gives it) continues the code's record, so the code has its
// message beside it. The text (lineRole), the bytes (byteLineRole) and a LineSource (roleOfLineIn)
// must judge each line alike (lineRoles checks).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../extension/core';
import { lineRoles as roles } from '../support/lineRoles';

const found = (lines: readonly string[]) => scanText(lines.join('\n')).map((o) => `${o.code} ${o.api} ${o.httpStatus}`);

test('the cell below a code alone joins it: code, message, then the description on its own', () => {
  const cells = ['InvalidParam', 'The Param Date is invalid.', 'El valor del encabezado Date no cumple con RFC 1123.', 'InvalidApiVersion', 'The ApiVersion "\\" is invalid.'];
  assert.deepEqual(roles(cells), ['starts', 'continues', 'starts', 'starts', 'continues']);
  // A flattened Markdown row (`CODE |` above `MESSAGE | STATUS |`), behind a quote, with CRLF.
  assert.deepEqual(roles(['> Forbidden.KeyNotFound |\r', '> The specified Key is not found. | 404 |\r']), ['starts', 'continues']);
  // Behind a terminal's colour escape, glued to the code; a client-side code (lower-case first letter).
  assert.deepEqual(roles(['\x1b[0mInvalidParam', '\x1b[0mThe Param Date is invalid.']), ['starts', 'continues']);
  assert.deepEqual(roles(['client.EndpointNotResolved', 'The KMS instance endpoint could not be resolved.']), ['starts', 'continues']);
  // A Markdown table's next row is a row of its own, even below a row that holds only a code.
  assert.deepEqual(roles(['| Rejected.Throttling |', '| QPS Limit Exceeded |']), ['starts', 'starts']);
});

test('only one line joins, and not a code alone or a log line', () => {
  // A list of codes one a line: each its own record.
  assert.deepEqual(roles(['Forbidden.KeyNotFound', 'Rejected.Throttling', 'InternalFailure']), ['starts', 'starts', 'starts']);
  // A log line below a code printed alone starts its own record; so does a blank line's next.
  assert.deepEqual(roles(['Forbidden.KeyNotFound', '2024-05-01 10:00:00 INFO next']), ['starts', 'starts']);
  assert.deepEqual(roles(['Forbidden.KeyNotFound', '', 'The specified Key is not found.']), ['starts', 'blank', 'starts']);
  // Not a code: a word alone, a code with more on its line, a code's prefix, another cloud's name.
  for (const above of ['OrderService', 'Forbidden.KeyNotFound: x', 'Forbidden.KeyNotFoundX', 'AccessDeniedException |', 'code Forbidden.KeyNotFound']) {
    assert.deepEqual(roles([above, 'The specified Key is not found.']), ['starts', 'starts'], above);
  }
});

test("a table's cells one a line give the code its own message, status and surface", () => {
  // The Spanish copy of the instance API's common error table, as its page's text gives it.
  const page = ['Código de error', 'Mensaje de error', 'InvalidParam', 'The Param Date is invalid.', 'El valor del encabezado Date no cumple con RFC 1123.', 'InvalidApiName', 'The ApiName "\\" is invalid.', 'El nombre de la API no es válido.'];
  assert.deepEqual(found(page), ['InvalidParam instance 400', 'InvalidApiName instance 400']);
  // The same everyday code below another product's wording is not KMS's.
  assert.deepEqual(found(['InvalidParameter', 'The specified parameter is invalid.', 'InvalidParam', 'The parameter Bucket is invalid.']), []);
});
