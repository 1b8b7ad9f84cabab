// The decode panel, built, in Chromium under its production CSP: decoding in each text form,
// the byte view's field ranges, malformed bodies, copy buttons, saved state and host messages.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { getEntry } from '../../extension/core/catalog/lookup';
import { bytesToHex, decodePayloadText, encodeBase64, renderBytes } from '../../extension/core/payload';
import { KEY_NOT_FOUND, errorBody } from './support/payloads';
import type { Harness, WebviewPage } from './support/webviewPage';
import { startHarness } from './support/webviewPage';

let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness.close();
});

async function decodeByHand(page: WebviewPage, text: string, format = 'auto'): Promise<void> {
  await page.page.locator('#payload-input textarea').fill(text);
  if (format !== 'auto') {
    await page.page.locator('#format-select').click();
    await page.page.locator(`#format-select vscode-option[value="${format}"]`).click();
  }
  await page.page.locator('#decode-button').click();
}

const fieldValue = (page: WebviewPage, name: string) => page.page.locator(`.fields-table tr[data-field="${name}"] td.value`).textContent();

async function assertClean(page: WebviewPage): Promise<void> {
  assert.deepEqual(await page.cspViolations(), []);
  assert.deepEqual(page.errors, []);
}

test('decodes a pasted base64 body: four fields, the catalog explanation, and each field’s bytes', async () => {
  const page = await harness.open('panel');
  const body = errorBody(KEY_NOT_FOUND);
  await decodeByHand(page, encodeBase64(body));
  for (const [name, value] of Object.entries(KEY_NOT_FOUND)) assert.equal(await fieldValue(page, name), String(value));
  assert.match((await page.page.locator('.status-line').textContent()) ?? '', new RegExp(`Base64, ${body.length} bytes`));
  const entry = getEntry('instance', 'Forbidden.KeyNotFound')!;
  assert.equal(await page.page.locator('.explanation-meaning').textContent(), entry.meaning.en);
  assert.equal(await page.page.locator('.explanation-messages li.matched code').textContent(), 'The specified key does not exist.');
  // The byte view shows every byte, coloured by the field it belongs to, as the decoder located them.
  const outcome = decodePayloadText(encodeBase64(body));
  assert.ok(outcome.ok);
  const shown = await page.page.locator('.byte-view .byte').evaluateAll((els) => els.map((e) => `${e.textContent}:${e.className}`));
  assert.equal(shown.length, body.length);
  const classOf = ['', 'f1', 'f2', 'f3', 'f4'];
  for (const span of outcome.fields) {
    for (let i = span.offset; i < span.offset + span.length; i++) {
      assert.equal(shown[i], `${body[i]!.toString(16).padStart(2, '0')}:byte ${classOf[span.field]}`, `byte ${i}`);
    }
  }
  assert.equal(await page.page.locator('.unknown-fields li').count(), 0);
  await assertClean(page);
});

test('decodes each explicit form chosen in the selector', async () => {
  const page = await harness.open('panel');
  const body = errorBody({ StatusCode: 429, ErrorCode: 'Rejected.Throttling', ErrorMessage: 'QPS Limit Exceeded', RequestId: 'r-1' });
  const forms: [string, string][] = [
    ['hex', bytesToHex(body)],
    ['escaped', renderBytes(body, 'escaped')],
    ['bytes', renderBytes(body, 'json')],
    ['base64', encodeBase64(body)],
  ];
  for (const [format, text] of forms) {
    await decodeByHand(page, text, format);
    assert.equal(await fieldValue(page, 'ErrorCode'), 'Rejected.Throttling', format);
    assert.match((await page.page.locator('.status-line').textContent()) ?? '', new RegExp(`${body.length} bytes`), format);
  }
  await assertClean(page);
});

test('a malformed body shows the reason, marks the stopping byte and lists the fields read before it', async () => {
  const page = await harness.open('panel');
  const body = errorBody(KEY_NOT_FOUND);
  const cut = body.subarray(0, 30); // inside ErrorMessage: StatusCode and ErrorCode are whole
  const text = bytesToHex(cut);
  const outcome = decodePayloadText(text, { format: 'hex' });
  assert.ok(!outcome.ok);
  await decodeByHand(page, text, 'hex');
  assert.equal(await page.page.locator('.failure-reason').textContent(), outcome.reason);
  assert.equal(await page.page.locator('.failure-offset').textContent(), `Decoding stopped at byte ${outcome.offset}.`);
  assert.equal(await page.page.locator('.byte-view .byte.stop').getAttribute('data-offset'), String(outcome.offset));
  assert.equal(await page.page.locator('.byte-view .byte.after-stop').count(), cut.length - outcome.offset - 1);
  assert.equal(await fieldValue(page, 'StatusCode'), '404');
  assert.equal(await fieldValue(page, 'ErrorCode'), 'Forbidden.KeyNotFound');
  assert.equal(await page.page.locator('.fields-table tr[data-field="ErrorMessage"]').count(), 0);
  assert.equal(await page.page.locator('[role="alert"]').count(), 1);
  await decodeByHand(page, 'this is not a payload at all', 'auto');
  assert.ok(((await page.page.locator('.failure-reason').textContent()) ?? '').length > 0);
  await assertClean(page);
});

test('unknown fields are listed with their number, wire type and byte range', async () => {
  const page = await harness.open('panel');
  const body = errorBody(KEY_NOT_FOUND, [{ field: 9, text: 'extra' }]);
  await decodeByHand(page, encodeBase64(body));
  const outcome = decodePayloadText(encodeBase64(body));
  assert.ok(outcome.ok && outcome.unknownFields.length === 1);
  const span = outcome.unknownFields[0]!;
  assert.equal(await page.page.locator('.unknown-fields li').count(), 1);
  assert.match((await page.page.locator('.unknown-fields li').textContent()) ?? '', new RegExp(`field 9, wire type 2, bytes ${span.offset}–${span.offset + span.length}`));
  assert.equal(await page.page.locator('.byte-view .byte.unknown').count(), span.length);
  // The preview shows the value alone, without the tag and length bytes.
  assert.equal(await page.page.locator('.unknown-preview').textContent(), 'extra');
  await assertClean(page);
});

test('a body larger than the hex view says how much of it is shown', async () => {
  const page = await harness.open('panel');
  const body = errorBody({ ...KEY_NOT_FOUND, ErrorMessage: 'x'.repeat(20_000) });
  await page.send({ type: 'decode', text: bytesToHex(body), format: 'hex' });
  await page.page.locator('.fields-table').waitFor();
  assert.equal(await page.page.locator('.byte-view .byte').count(), 16 * 1024);
  assert.match((await page.page.locator('.result').textContent()) ?? '', new RegExp(`Showing the first 16384 of ${body.length} bytes`));
  assert.equal(await fieldValue(page, 'ErrorMessage'), 'x'.repeat(20_000));
  await assertClean(page);
});

test('copy buttons post the field values; Show in reference names the entry', async () => {
  const page = await harness.open('panel');
  await decodeByHand(page, encodeBase64(errorBody(KEY_NOT_FOUND)));
  await page.page.locator('.fields-table tr[data-field="RequestId"] vscode-button').click();
  await page.page.locator('.fields-table tr[data-field="StatusCode"] vscode-button').click();
  await page.page.locator('vscode-button', { hasText: 'Show in reference' }).click();
  assert.deepEqual((await page.posted()).slice(1), [
    { type: 'copy', what: 'requestId', text: KEY_NOT_FOUND.RequestId },
    { type: 'copy', what: 'statusCode', text: '404' },
    { type: 'showInReference', api: 'instance', code: 'Forbidden.KeyNotFound' },
  ]);
  await assertClean(page);
});

test('a decode message from the host fills the panel; saved state brings the result back after a reload', async () => {
  const page = await harness.open('panel', { lang: 'ja' });
  const text = renderBytes(errorBody({ StatusCode: 413 }), 'hex');
  await page.send({ type: 'decode', text: encodeBase64(errorBody(KEY_NOT_FOUND)), format: 'auto' });
  await page.page.locator('.fields-table').waitFor();
  assert.equal(await page.page.locator('.explanation-meaning').textContent(), getEntry('instance', 'Forbidden.KeyNotFound')!.meaning.ja);
  assert.equal(await page.page.locator('h1').textContent(), 'KMS エラーペイロードのデコード');
  const state = await page.savedState();
  const reloaded = await harness.open('panel', { state, lang: 'ja' });
  assert.equal(await reloaded.page.locator('#payload-input textarea').inputValue(), encodeBase64(errorBody(KEY_NOT_FOUND)));
  assert.equal(await fieldValue(reloaded, 'ErrorCode'), 'Forbidden.KeyNotFound');
  // Typing without decoding is kept too, and not shown as decoded.
  await reloaded.page.locator('#payload-input textarea').fill(text);
  const typed = await harness.open('panel', { state: await reloaded.savedState() });
  assert.equal(await typed.page.locator('#payload-input textarea').inputValue(), text);
  assert.equal(await typed.page.locator('.fields-table').count(), 0);
  for (const p of [page, reloaded, typed]) await assertClean(p);
});
