// The side-bar reference, built, in Chromium under its production CSP: catalog listing, search in
// every language, filters, keyboard navigation, host messages and saved state.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CATALOG, entryKey } from '../../extension/core/catalog/catalog';
import { getEntry } from '../../extension/core/catalog/lookup';
import { operationsOf } from '../../webview/sidebar/filterEntries';
import type { Harness, WebviewPage } from './support/webviewPage';
import { startHarness } from './support/webviewPage';

let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness.close();
});

const options = (page: WebviewPage) => page.page.locator('#entry-list [role="option"]');
const codes = (page: WebviewPage) => page.page.locator('#entry-list .entry-code').allTextContents();
const keys = (page: WebviewPage) => options(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));

async function search(page: WebviewPage, text: string): Promise<void> {
  await page.page.locator('vscode-text-field.search').locator('input').fill(text);
}

async function pick(page: WebviewPage, dropdownLabel: string, value: string): Promise<void> {
  await page.page.locator(`vscode-dropdown[aria-label="${dropdownLabel}"]`).click();
  await page.page.locator(`vscode-dropdown[aria-label="${dropdownLabel}"] vscode-option[value="${value}"]`).click();
}

async function assertClean(page: WebviewPage): Promise<void> {
  assert.deepEqual(await page.cspViolations(), []);
  assert.deepEqual(page.errors, []);
}

test('lists every catalog entry, posts ready, and runs without a CSP violation', async () => {
  const page = await harness.open('reference');
  assert.equal(await options(page).count(), CATALOG.length);
  assert.deepEqual(await keys(page), CATALOG.map(entryKey));
  assert.deepEqual((await page.posted())[0], { type: 'ready', view: 'reference' });
  await assertClean(page);
});

test('search matches codes case-insensitively, server messages, and meanings in every language', async () => {
  const page = await harness.open('reference');
  await search(page, 'keynotfound');
  assert.deepEqual(new Set(await codes(page)), new Set(['Forbidden.KeyNotFound']));
  await search(page, 'does not exist in the system');
  assert.deepEqual(await keys(page), ['instance:Forbidden.KeyNotFound']);
  // A Japanese and a Chinese phrase from the meaning find the entry while the page shows English.
  const ja = getEntry('instance', 'Forbidden.KeyNotFound')!.meaning.ja.slice(0, 12);
  await search(page, ja);
  assert.ok((await keys(page)).includes('instance:Forbidden.KeyNotFound'), ja);
  const zh = getEntry('instance', 'Rejected.Throttling')!.meaning['zh-cn'].slice(0, 8);
  await search(page, zh);
  assert.ok((await keys(page)).includes('instance:Rejected.Throttling'), zh);
  await search(page, 'no such code anywhere');
  assert.equal(await options(page).count(), 0);
  assert.match((await page.page.locator('.result-count').textContent()) ?? '', /No entry matches/);
  await assertClean(page);
});

test('filters by HTTP status, API surface and operation, and combine with search', async () => {
  const page = await harness.open('reference');
  await pick(page, 'HTTP status', '429');
  const throttled = CATALOG.filter((e) => e.httpStatus === 429).map(entryKey);
  assert.ok(throttled.length > 0);
  assert.deepEqual(await keys(page), throttled);
  await pick(page, 'HTTP status', 'all');
  await pick(page, 'API surface', 'openapi');
  assert.deepEqual(await keys(page), CATALOG.filter((e) => e.api === 'openapi').map(entryKey));
  await pick(page, 'API surface', 'instance');
  await pick(page, 'Operation', 'Decrypt');
  const decrypt = CATALOG.filter((e) => e.api === 'instance' && (e.operations.length === 0 || e.operations.includes('Decrypt'))).map(entryKey);
  assert.deepEqual(await keys(page), decrypt);
  assert.ok(decrypt.length < CATALOG.filter((e) => e.api === 'instance').length, 'the operation filter removes something');
  await search(page, 'InternalFailure');
  assert.deepEqual(await keys(page), ['instance:InternalFailure']);
  await assertClean(page);
});

test('keyboard: arrows, Home and End move the active option, Enter opens it, focus is visible', async () => {
  const page = await harness.open('reference');
  const list = page.page.locator('#entry-list');
  await page.page.locator('vscode-text-field.search').locator('input').focus();
  // Tab order: search field, three dropdowns, then the list.
  for (let i = 0; i < 4; i++) await page.page.keyboard.press('Tab');
  assert.equal(await page.page.evaluate(() => document.activeElement?.id), 'entry-list');
  const active = () => list.evaluate((l) => document.getElementById(l.getAttribute('aria-activedescendant') ?? '')?.getAttribute('data-key'));
  assert.equal(await active(), entryKey(CATALOG[0]!));
  await page.page.keyboard.press('ArrowDown');
  await page.page.keyboard.press('ArrowDown');
  assert.equal(await active(), entryKey(CATALOG[2]!));
  await page.page.keyboard.press('End');
  assert.equal(await active(), entryKey(CATALOG[CATALOG.length - 1]!));
  await page.page.keyboard.press('ArrowDown');
  assert.equal(await active(), entryKey(CATALOG[CATALOG.length - 1]!), 'stays on the last option');
  await page.page.keyboard.press('Home');
  await page.page.keyboard.press('ArrowDown');
  const second = CATALOG[1]!;
  assert.equal(await active(), entryKey(second));
  const outline = await page.page.locator('#entry-list .entry-option.active').evaluate((e) => getComputedStyle(e).outlineStyle);
  assert.notEqual(outline, 'none', 'the active option shows a focus outline');
  await page.page.keyboard.press('Enter');
  assert.equal(await page.page.locator('#entry-details .explanation-title').textContent(), second.code);
  assert.equal(await page.page.locator(`#entry-list [data-key="${entryKey(second)}"]`).getAttribute('aria-selected'), 'true');
  assert.equal(await list.getAttribute('role'), 'listbox');
  assert.ok((await list.getAttribute('aria-label'))!.length > 0);
  await assertClean(page);
});

test('details offer copy code, copy message and open documentation, as host messages', async () => {
  const page = await harness.open('reference');
  await page.page.locator('#entry-list [data-key="instance:Forbidden.KeyNotFound"]').click();
  const entry = getEntry('instance', 'Forbidden.KeyNotFound')!;
  await page.page.locator('#entry-details vscode-button', { hasText: 'Copy code' }).click();
  await page.page.locator('#entry-details vscode-button', { hasText: 'Copy message' }).click();
  await page.page.locator('#entry-details vscode-button', { hasText: 'Open documentation' }).click();
  const posted = (await page.posted()).slice(1);
  assert.deepEqual(posted, [
    { type: 'copy', what: 'errorCode', text: entry.code },
    { type: 'copy', what: 'message', text: entry.messages[0]!.text },
    { type: 'openDocs', url: entry.docUrl },
  ]);
  await assertClean(page);
});

test('revealEntry from the host selects the entry, clears hiding filters and focuses the list', async () => {
  const page = await harness.open('reference');
  await search(page, 'InvalidParam');
  await page.send({ type: 'revealEntry', api: 'instance', code: 'Rejected.Throttling' });
  await page.page.waitForFunction(() => document.querySelector('#entry-details .explanation-title')?.textContent === 'Rejected.Throttling');
  assert.equal(await page.page.locator('#entry-list [aria-selected="true"]').getAttribute('data-key'), 'instance:Rejected.Throttling');
  assert.equal(await page.page.evaluate(() => document.activeElement?.id), 'entry-list');
  assert.equal(await options(page).count(), CATALOG.length, 'filters were cleared');
  // Without an API the instance entry comes first; unknown codes and malformed messages are ignored.
  await page.send({ type: 'revealEntry', api: null, code: 'forbidden.keynotfound' });
  await page.page.waitForFunction(() => document.querySelector('#entry-details .explanation-title')?.textContent === 'Forbidden.KeyNotFound');
  await page.send({ type: 'revealEntry', api: null, code: 'Nope.Nothing' });
  await page.page.evaluate(() => window.postMessage({ type: 'revealEntry', api: 'evil', code: 7 }, '*'));
  assert.equal(await page.page.locator('#entry-details .explanation-title').textContent(), 'Forbidden.KeyNotFound');
  await assertClean(page);
});

test('revealEntry with the message found in a log marks that variant and uses its meaning', async () => {
  const page = await harness.open('reference');
  const entry = getEntry('instance', 'InvalidParam')!;
  const variant = entry.messages.find((m) => m.meaning) ?? entry.messages[entry.messages.length - 1]!;
  await page.send({ type: 'revealEntry', api: 'instance', code: 'InvalidParam', message: variant.text });
  await page.page.locator('#entry-details .explanation-messages li.matched').waitFor();
  assert.equal(await page.page.locator('#entry-details li.matched code').textContent(), variant.text);
  assert.equal(await page.page.locator('#entry-details .explanation-meaning').textContent(), (variant.meaning ?? entry.meaning).en);
  await assertClean(page);
});

test('the summary section lists the active document’s codes and reveals the first occurrence', async () => {
  const page = await harness.open('reference');
  assert.match((await page.page.locator('.summary').textContent()) ?? '', /No document is active/);
  await page.send({
    type: 'summary',
    documentName: 'app.log',
    summary: {
      uri: 'file:///work/app.log',
      total: 5,
      rows: [
        { code: 'Rejected.Throttling', api: 'instance', httpStatus: 429, count: 3, firstLine: 11, lastLine: 40 },
        { code: 'Forbidden.KeyNotFound', api: 'unknown', httpStatus: 404, count: 2, firstLine: 2, lastLine: 7 },
      ],
    },
  });
  const rows = page.page.locator('.summary-row');
  await rows.first().waitFor();
  assert.deepEqual(await rows.allTextContents(), ['Rejected.Throttling: 3 × (first on line 12)', 'Forbidden.KeyNotFound: 2 × (first on line 3)']);
  await rows.nth(1).focus();
  await page.page.keyboard.press('Enter');
  assert.deepEqual((await page.posted()).at(-1), { type: 'revealLine', uri: 'file:///work/app.log', line: 2 });
  await page.send({ type: 'summary', documentName: 'empty.ts', summary: { uri: 'file:///empty.ts', total: 0, rows: [] } });
  await page.page.waitForFunction(() => document.querySelector('.summary')?.textContent?.includes('No KMS errors found'));
  await assertClean(page);
});

test('shows the display language, switches on setLanguage, and restores saved filters', async () => {
  const page = await harness.open('reference', { lang: 'ja' });
  assert.equal(await page.page.locator('.summary h2').first().textContent(), 'アクティブなドキュメント内');
  await page.page.locator('#entry-list [data-key="instance:Forbidden.KeyNotFound"]').click();
  const entry = getEntry('instance', 'Forbidden.KeyNotFound')!;
  assert.equal(await page.page.locator('#entry-details .explanation-meaning').textContent(), entry.meaning.ja);
  await page.send({ type: 'setLanguage', lang: 'zh-cn' });
  await page.page.waitForFunction((m) => document.querySelector('#entry-details .explanation-meaning')?.textContent === m, entry.meaning['zh-cn']);
  await search(page, 'throttling');
  const state = await page.savedState();
  const restored = await harness.open('reference', { state });
  assert.equal(await restored.page.locator('vscode-text-field.search').locator('input').inputValue(), 'throttling');
  // The gateway's Throttling joined the catalog with the reference rows.
  assert.deepEqual(new Set(await codes(restored)), new Set(['Rejected.Throttling', 'Throttling']));
  assert.equal(await restored.page.locator('#entry-details .explanation-title').textContent(), 'Forbidden.KeyNotFound');
  await assertClean(page);
  await assertClean(restored);
});

test('the operation filter offers every operation; details list operations with the found one first', async () => {
  const page = await harness.open('reference');
  const offered = await page.page.locator('vscode-dropdown[aria-label="Operation"] vscode-option').evaluateAll((els) => els.map((e) => e.getAttribute('value')));
  assert.deepEqual(offered, ['all', ...operationsOf(CATALOG)]);
  assert.ok(offered.length > 85, String(offered.length));
  await page.send({ type: 'revealEntry', api: 'openapi', code: 'Forbidden.DKMSInstanceStateInvalid', operation: 'SetKeyPolicy' });
  await page.page.locator('#entry-details .explanation-operations .operation.found').first().waitFor();
  const ops = await page.page.locator('#entry-details .explanation-operations > .operation code').allTextContents();
  assert.equal(ops[0], 'SetKeyPolicy');
  assert.deepEqual([...ops].sort(), [...getEntry('openapi', 'Forbidden.DKMSInstanceStateInvalid')!.operations].sort());
  assert.match((await page.page.locator('#entry-details .explanation-operations .operation.found').first().textContent()) ?? '', /found in the log/);
  // A common code that many operations' tables list: "any operation", the tables folded after a few.
  await page.send({ type: 'revealEntry', api: 'openapi', code: 'Forbidden.KeyNotFound', operation: 'Decrypt' });
  await page.page.waitForFunction(() => document.querySelector('#entry-details .explanation-title')?.textContent === 'Forbidden.KeyNotFound');
  const listed = getEntry('openapi', 'Forbidden.KeyNotFound')!.listedIn!;
  const more = page.page.locator('#entry-details details.more-operations');
  assert.match((await more.locator('summary').textContent()) ?? '', new RegExp(`${listed.length - 8} more`));
  assert.equal(await page.page.locator('#entry-details .variant-operations .operation code').first().textContent(), 'Decrypt');
  await more.locator('summary').focus();
  await page.page.keyboard.press('Enter');
  assert.equal(await more.getAttribute('open'), '');
  assert.equal(await page.page.locator('#entry-details .variant-operations .operation code').count(), listed.length);
  await assertClean(page);
});
