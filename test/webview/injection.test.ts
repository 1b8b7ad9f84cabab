// Untrusted payload fields (ErrorCode, ErrorMessage, RequestId, unknown fields) carrying HTML and
// script: rendered as text, they must run nothing and create no element.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { encodeBase64 } from '../../extension/core/payload';
import { INJECTION_VECTORS } from './support/injectionVectors';
import { errorBody } from './support/payloads';
import type { Harness } from './support/webviewPage';
import { startHarness } from './support/webviewPage';

let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness.close();
});

/** Tag names and marked attributes anywhere in the page (see vscodeApiStub.js). */
const inventory = () => (window as unknown as { __inventory: () => { tags: string[]; marked: string[] } }).__inventory();

test(`${INJECTION_VECTORS.length} injection vectors in every field: no script runs, no element is created`, async () => {
  assert.ok(INJECTION_VECTORS.length >= 30);
  const page = await harness.open('panel');
  // The tags a benign result with every section (fields, unknown field, explanation) uses.
  await page.send({ type: 'decode', text: encodeBase64(errorBody({ StatusCode: 404, ErrorCode: 'Forbidden.KeyNotFound', ErrorMessage: 'm', RequestId: 'r' }, [{ field: 5, text: 'u' }])), format: 'auto' });
  await page.page.locator('.unknown-fields li').waitFor();
  const unknownCode = errorBody({ StatusCode: 400, ErrorCode: 'Not.A.Code', ErrorMessage: 'm', RequestId: 'r' }, [{ field: 5, text: 'u' }]);
  await page.send({ type: 'decode', text: encodeBase64(unknownCode), format: 'auto' });
  await page.page.locator('.unknown-code').waitFor();
  const baseline = new Set((await page.page.evaluate(inventory)).tags);

  for (const [i, vector] of INJECTION_VECTORS.entries()) {
    const body = errorBody({ StatusCode: 400, ErrorCode: vector, ErrorMessage: vector, RequestId: vector }, [{ field: 5, text: vector }, { field: 17, text: vector }]);
    await page.send({ type: 'decode', text: encodeBase64(body), format: 'base64' });
    await page.page.waitForFunction((n) => document.querySelectorAll('.unknown-fields li').length === n, 2);
    for (const field of ['ErrorCode', 'ErrorMessage', 'RequestId']) {
      const shown = await page.page.locator(`.fields-table tr[data-field="${field}"] td.value`).textContent();
      assert.equal(shown, vector, `vector ${i} in ${field} is shown as text`);
    }
    const previews = await page.page.locator('.unknown-preview').allTextContents();
    // eslint-disable-next-line no-control-regex
    const printable = vector.replace(/[\u0000-\u001f]/g, '·');
    assert.ok(previews.every((p) => p.includes(printable)), `vector ${i} in unknown fields is shown as text: ${previews.join(' | ')}`);
    const { tags, marked } = await page.page.evaluate(inventory);
    assert.deepEqual(marked, [], `vector ${i} created marked attributes`);
    assert.deepEqual(tags.filter((t) => !baseline.has(t)), [], `vector ${i} created new kinds of elements`);
  }
  // Give anything deferred (onload, ontoggle, animations, iframes) time to fire before counting.
  await page.page.waitForTimeout(300);
  assert.equal(await page.scriptRuns(), 0, 'no injected script ran');
  assert.deepEqual(await page.cspViolations(), [], 'not even one was tried and blocked by the CSP');
  assert.deepEqual(page.errors, []);
  assert.equal(await page.page.locator('script').count(), 1, 'only the page’s own script');
});

test('the injection check can fail: markup put in with innerHTML is caught', async () => {
  // Proves the detectors above bite: the same inventory and counters see an innerHTML injection.
  const page = await harness.open('panel');
  await page.page.evaluate((v) => {
    const div = document.createElement('div');
    div.innerHTML = v;
    document.body.append(div);
  }, '<img src=x onerror=__pwn("XSS")><b title=XSS>x</b>');
  await page.page.waitForTimeout(200);
  const { marked } = await page.page.evaluate(inventory);
  assert.ok(marked.length >= 2, marked.join(', '));
  // The page's CSP blocks the inline handler and reports it: the violation counter sees it.
  assert.ok((await page.cspViolations()).length >= 1);
});
