import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { encodeError, forEachPieceOccurrence, SummaryBuilder } from '../../extension/core';
import { saveScreenshot, step } from './support/browser';
import { DECODE_INPUT_TITLE, decodeWithRefusedClipboard, openDecodeInput } from './support/clipboardSteps';
import { englishMeaning } from './support/expectations';
import { LARGE_LOG, LARGE_LOG_FOUND_MESSAGE, largeLogHoverMs, writeLargeLog } from './support/largeLog';
import { recordMetrics } from './support/metrics';
import { searchReferenceForThrottling } from './support/referenceSteps';
import { SAMPLE_WORKSPACE } from './support/paths';
import { nodeServerProcesses, serverStatusText } from './support/serverHost';
import { startSession, type E2eSession } from './support/session';
import { runFromContextMenu, hidePanel, openFile, placeCursor, problemsContaining, runCommand, showHoverContaining, waitForWebviewFrame } from './support/workbench';

// The same packaged .vsix as extension.e2e.test.ts, in code-server's Web Worker extension host:
// the user setting "remote.extensionKind": { "kms-errors.kms-errors": ["ui"] } makes code-server
// run the `browser` entry there, as vscode.dev and github.dev do. The language server is then
// dist/server.browser.js in a Web Worker. The folder is trusted from the start: Restricted Mode
// is the desktop suite's subject, and one trust walk is enough.

const PAYLOAD_BASE64 = readFileSync(join(SAMPLE_WORKSPACE, 'payloads', 'error-404.b64'), 'utf8').trim();
const REQUEST_ID = '475f1620-b9d3-4d35-b5c6-3fbdd941423d';
const NOT_FOUND = englishMeaning('instance', 'Forbidden.KeyNotFound', 'The specified key does not exist.');

/** Picks `item` in the quick pick titled `title`: one pick follows another in the same widget. */
async function chooseInQuickPick(p: Page, title: string, item: string): Promise<void> {
  const widget = p.locator('.quick-input-widget', { has: p.locator('.quick-input-title', { hasText: title }) });
  await widget.locator('input').waitFor({ state: 'visible' });
  await widget.locator('input').fill(item);
  await widget.locator('.monaco-list-row', { hasText: item }).first().waitFor({ state: 'visible' });
  await p.keyboard.press('Enter');
}

/** A raw body written into the workspace copy: 409 Rejected.Disabled, decoded only by the file step. */
const RAW_PAYLOAD_FILE = 'e2e-409.bin';
const RAW_PAYLOAD_REQUEST_ID = '0d6f3c1e-8a2b-4c5d-9e7f-1a2b3c4d5e6f';

async function prepareWorkspace(folder: string): Promise<void> {
  await writeLargeLog(folder);
  const body = encodeError({ StatusCode: 409, ErrorCode: 'Rejected.Disabled', ErrorMessage: 'The request was rejected because the key state is Disabled.', RequestId: RAW_PAYLOAD_REQUEST_ID });
  writeFileSync(join(folder, 'payloads', RAW_PAYLOAD_FILE), body);
}

const started = Date.now();
let session: E2eSession | undefined;
const page = () => {
  assert.ok(session, 'the code-server session did not start');
  return session.page;
};

before(async () => {
  session = await startSession({ trustAll: true, mode: 'web', prepareWorkspace });
  recordMetrics({ webWorkbenchLoadMs: session.workbenchLoadMs });
});

after(async () => {
  if (!session) return;
  await session.close();
  recordMetrics({ webE2eRunMs: Date.now() - started });
});

test('the language server runs in a Web Worker of VS Code for the Web, not as a Node process', async () => {
  await step(session?.page, 'web-server-status', async () => {
    const status = await serverStatusText(page());
    assert.match(status, /running in a Web Worker; VS Code for the Web/, status);
    assert.ok(session);
    assert.deepEqual(nodeServerProcesses(session.profile), [], 'no Node process runs dist/server.js from this profile');
  });
});

test('web: hovering a code in a .log file explains it (Go SDKError block)', async () => {
  await step(session?.page, 'web-hover-code', async () => {
    await openFile(page(), 'logs/go-sdkerror.log', 'SDKError');
    await placeCursor(page(), 'Forbidden.KeyNotFound', 4);
    const hover = await showHoverContaining(page(), englishMeaning('instance', 'Forbidden.KeyNotFound'));
    assert.match(hover, /Forbidden\.KeyNotFound/);
  });
});

test('web: hovering a Java TeaException message names the code the line does not show', async () => {
  await step(session?.page, 'web-hover-java-message', async () => {
    await openFile(page(), 'logs/java-tea-exception.log', 'TeaException');
    await placeCursor(page(), 'The specified key does not exist.', 6);
    const hover = await showHoverContaining(page(), 'Forbidden.KeyNotFound');
    assert.ok(hover.includes(NOT_FOUND), hover);
    await saveScreenshot(page(), 'web-hover-java-message');
  });
});

test('web: the Problems panel lists the KMS errors of an open log', async () => {
  await step(session?.page, 'web-problems', async () => {
    await openFile(page(), 'logs/java-tea-exception.log', 'TeaException');
    await problemsContaining(page(), 'Forbidden.KeyNotFound');
    const problems = await problemsContaining(page(), 'Rejected.Throttling');
    assert.match(problems, /java-tea-exception\.log/);
    await hidePanel(page());
  });
});

test('web: Decode Error Payload prefills its input box with a payload on the clipboard and decodes it in the panel', async () => {
  await step(session?.page, 'web-decode-prefilled', async () => {
    // This context granted clipboard access: the page writes the payload as a user's copy would.
    await page().evaluate((text) => navigator.clipboard.writeText(text), PAYLOAD_BASE64);
    await openDecodeInput(page());
    const input = page().locator('.quick-input-widget', { hasText: DECODE_INPUT_TITLE }).locator('input');
    await page().waitForFunction((el) => (el as HTMLInputElement | null)?.value !== '', await input.elementHandle(), { timeout: 5_000 });
    assert.equal(await input.inputValue(), PAYLOAD_BASE64);
    await page().keyboard.press('Enter');
    const frame = await waitForWebviewFrame(page(), ['Forbidden.KeyNotFound', REQUEST_ID, '404', NOT_FOUND]);
    assert.match(await frame.evaluate(() => document.body.innerText), /StatusCode/);
    await saveScreenshot(page(), 'web-decode-panel');
  });
});

test('web: the side-bar reference finds an entry by search and shows it when selected', async () => {
  await step(session?.page, 'web-reference', async () => {
    await searchReferenceForThrottling(page());
  });
});

test('web: Generate Error Payload inserts a decodable payload at the cursor', async () => {
  await step(session?.page, 'web-generate', async () => {
    await runCommand(page(), 'File: New Untitled Text File');
    await page().locator('.tabs-container .tab.active', { hasText: 'Untitled' }).waitFor({ state: 'visible' });
    await runCommand(page(), 'KMS: Generate Error Payload');
    await chooseInQuickPick(page(), 'Error code for the payload', 'Rejected.Disabled');
    await chooseInQuickPick(page(), 'Form of the payload', 'Base64');
    await chooseInQuickPick(page(), 'Generate Error Payload', 'Insert at cursor');
    await page().locator('.editor-group-container.active .view-lines', { hasText: /^CJkD/ }).waitFor({ state: 'visible' });
    // The inserted body is itself a payload the server recognizes: its hover decodes it.
    await page().keyboard.press('Home');
    await page().keyboard.press('ArrowRight');
    const hover = await showHoverContaining(page(), 'Rejected.Disabled');
    assert.match(hover, /409/);
  });
});

test('web: Decode Payload File from the Explorer reads a raw .bin through the remote file system', async () => {
  await step(session?.page, 'web-decode-file', async () => {
    await openFile(page(), 'payloads/error-404.hex', '08');
    const row = page().locator(`.explorer-folders-view .monaco-list-row[aria-label="${RAW_PAYLOAD_FILE}"]`).first();
    await runFromContextMenu(page(), row, 'Decode Payload File');
    // A body no earlier step decoded, so no panel from before can answer for this one.
    await waitForWebviewFrame(page(), ['Rejected.Disabled', RAW_PAYLOAD_REQUEST_ID, '409']);
  });
});

test('web: Restart Language Server starts a fresh worker that answers hovers', async () => {
  await step(session?.page, 'web-restart', async () => {
    await runCommand(page(), 'KMS: Restart Language Server');
    await openFile(page(), 'logs/go-sdkerror.log', 'SDKError');
    await placeCursor(page(), 'Forbidden.KeyNotFound', 4);
    await showHoverContaining(page(), englishMeaning('instance', 'Forbidden.KeyNotFound'));
    assert.match(await serverStatusText(page()), /running in a Web Worker/);
  });
});

test('web: hover round trip on a 5 MB log in the Web Worker server (figure in the e2e metrics)', async () => {
  await step(session?.page, 'web-hover-5mb', async () => {
    const { medianMs, firstMs, openMs, samplesMs } = await largeLogHoverMs(page(), LARGE_LOG_FOUND_MESSAGE);
    recordMetrics({ webHover5MbLogMs: medianMs, webHover5MbLogSamplesMs: samplesMs, webFirstHover5MbLogMs: firstMs, webOpen5MbLogMs: openMs });
    assert.ok(medianMs > 0 && medianMs < 5_000, `${medianMs} ms`);
  });
});

test('web: with clipboard access refused, Decode Error Payload asks within a second and decodes what is typed', async () => {
  assert.ok(session);
  await decodeWithRefusedClipboard(session, {
    stepName: 'web-refused-clipboard',
    serverStatus: /running in a Web Worker/,
    metric: 'webDecodeInputWithRefusedClipboardMs',
    payload: PAYLOAD_BASE64,
    panelShows: ['Forbidden.KeyNotFound', REQUEST_ID, NOT_FOUND],
  });
});

test('web: Scan Log File reads a log through the remote file system, its line filter in WebAssembly in the Web Worker host', async () => {
  await step(session?.page, 'web-scan-log-file', async () => {
    // What a scan of the whole text finds, counted as the command's summary counts it.
    const summary = new SummaryBuilder();
    forEachPieceOccurrence({ text: readFileSync(join(session!.folder, LARGE_LOG), 'utf8'), firstLine: 0 }, (o, at) => summary.add(o, at.line));
    const expected = summary.build('file');
    assert.ok(expected.total > 100, `${expected.total} errors in ${LARGE_LOG}`);
    const [dir, name] = LARGE_LOG.split('/') as [string, string];
    await page().keyboard.press('Escape');
    await page().keyboard.press('Control+Shift+E');
    const tree = page().locator('.explorer-folders-view .monaco-list');
    await tree.waitFor({ state: 'visible' });
    const folder = tree.locator(`.monaco-list-row[aria-label="${dir}"]`).first();
    if ((await folder.getAttribute('aria-expanded')) === 'false') await folder.click();
    await runFromContextMenu(page(), tree.locator(`.monaco-list-row[aria-label="${name}"]`).first(), 'Scan Log File...');
    const done = page().locator('.notifications-toasts .notification-toast', { hasText: new RegExp(`Found \\d+ KMS errors \\(\\d+ kinds\\) in ${name.replace(/\./g, '\\.')}\\.`) });
    await done.first().waitFor({ state: 'visible', timeout: 120_000 });
    const [, total, kinds] = /Found (\d+) KMS errors \((\d+) kinds\)/.exec(await done.first().innerText())!;
    assert.deepEqual({ total: Number(total), kinds: Number(kinds) }, { total: expected.total, kinds: expected.rows.length });
    await saveScreenshot(page(), 'web-scan-log-file');
  });
});
