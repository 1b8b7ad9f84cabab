import assert from 'node:assert/strict';
import { createReadStream, createWriteStream, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { after, before, test } from 'node:test';
import { createGzip } from 'node:zlib';
import { generateLog } from '../../bench/generateLog';
import { forEachPieceOccurrence } from '../../extension/core';
import { saveScreenshot, step } from './support/browser';
import { englishMeaning } from './support/expectations';
import { startSession, type E2eSession } from './support/session';
import { ctrlClick, hoverTerminalText, openTerminal, terminalRow, typeInTerminal } from './support/terminal';
import { runFromContextMenu, waitForWebviewFrame } from './support/workbench';

// Logs where they are, in the packaged .vsix in code-server: KMS errors printed in the integrated
// terminal become links, and "KMS: Scan Log File..." reads a log over VS Code's 50 MB sync limit
// (and its .gz twin) into the Problems panel.

// The instance SDK's Java TeaException (test/fixtures/recognize/java-tea-exception.log) and the Go
// Tea SDKError block (test/fixtures/recognize/go-sdkerror.log), as an app prints them.
const JAVA = 'com.aliyun.tea.TeaException: The specified key does not exist.\n\tat com.aliyun.dkms.gcs.openapi.Client.doRequest(Client.java:148)\n';
const GO = '2024/05/01 10:00:00 encrypt failed: SDKError:\n   StatusCode: 429\n   Code: Rejected.Throttling\n   Message: Concurrency Limit Exceeded.\n';
const BIG = 'app-60mb.log';

let session: E2eSession | undefined;
const page = () => {
  assert.ok(session, 'the code-server session did not start');
  return session.page;
};

before(async () => {
  session = await startSession({
    trustAll: true,
    settings: { 'terminal.integrated.gpuAcceleration': 'off', 'terminal.integrated.enablePersistentSessions': false },
    prepareWorkspace: async (folder) => {
      mkdirSync(join(folder, 'terminal'), { recursive: true });
      writeFileSync(join(folder, 'terminal', 'java.txt'), JAVA);
      writeFileSync(join(folder, 'terminal', 'go.txt'), GO);
      mkdirSync(join(folder, 'big'), { recursive: true });
      await generateLog(join(folder, 'big', BIG), 60);
      await pipeline(createReadStream(join(folder, 'big', BIG)), createGzip(), createWriteStream(join(folder, 'big', `${BIG}.gz`)));
    },
  });
});

after(async () => {
  await session?.close();
  // The generated logs are 70 MB: not left behind in the temp folder.
  if (session) rmSync(join(session.folder, 'big'), { recursive: true, force: true });
});

/** The reference's details once they show the entry's meaning. */
async function referenceShows(meaning: string): Promise<string> {
  const frame = await waitForWebviewFrame(page(), ['KMS', meaning]);
  const details = frame.locator('#entry-details', { hasText: meaning });
  await details.waitFor({ state: 'visible', timeout: 20_000 });
  return details.innerText();
}

test('a Java TeaException printed in the terminal is a link that opens the reference on its entry', async () => {
  await step(session?.page, 'terminal-java', async () => {
    await openTerminal(page());
    await typeInTerminal(page(), 'cat terminal/java.txt');
    const row = await terminalRow(page(), 'TeaException: The specified key');
    const { hover, x, y } = await hoverTerminalText(page(), row, 'The specified key does not exist.', 'Forbidden.KeyNotFound · HTTP 404 — Explain');
    assert.match(hover, /Forbidden\.KeyNotFound · HTTP 404 — Explain/);
    await saveScreenshot(page(), 'terminal-link-hover');
    await ctrlClick(page(), x, y);
    const details = await referenceShows(englishMeaning('instance', 'Forbidden.KeyNotFound', 'The specified key does not exist.'));
    assert.match(details, /Forbidden\.KeyNotFound/);
  });
});

test('a Go SDKError block printed in the terminal links its code to the reference', async () => {
  await step(session?.page, 'terminal-go', async () => {
    await page().locator('.xterm-helper-textarea').first().focus();
    await typeInTerminal(page(), 'clear; cat terminal/go.txt');
    const row = await terminalRow(page(), 'Code: Rejected.Throttling');
    const { hover, x, y } = await hoverTerminalText(page(), row, 'Rejected.Throttling', 'Rejected.Throttling · HTTP 429 — Explain');
    assert.match(hover, /Rejected\.Throttling · HTTP 429/);
    await ctrlClick(page(), x, y);
    await referenceShows(englishMeaning('instance', 'Rejected.Throttling'));
    await saveScreenshot(page(), 'terminal-link-reference');
  });
});

/** Runs Scan Log File from the Explorer's context menu on `name` (in the `big` folder). */
async function scanFromExplorer(name: string): Promise<{ total: number; kinds: number }> {
  await page().keyboard.press('Escape');
  await page().keyboard.press('Control+Shift+E');
  const tree = page().locator('.explorer-folders-view .monaco-list');
  await tree.waitFor({ state: 'visible' });
  const folder = tree.locator('.monaco-list-row[aria-label="big"]').first();
  if ((await folder.getAttribute('aria-expanded')) === 'false') await folder.click();
  await runFromContextMenu(page(), tree.locator(`.monaco-list-row[aria-label="${name}"]`).first(), 'Scan Log File...');
  // Progress with Cancel in a notification, then the result.
  const progress = page().locator('.notifications-toasts .notification-toast', { hasText: `Scanning ${name} for KMS errors` });
  await progress.first().waitFor({ state: 'visible', timeout: 30_000 });
  assert.ok(await progress.first().locator('.monaco-button', { hasText: 'Cancel' }).count(), 'the progress notification has Cancel');
  const done = page().locator('.notifications-toasts .notification-toast', { hasText: new RegExp(`Found \\d+ KMS errors \\(\\d+ kinds\\) in ${name.replace(/\./g, '\\.')}\\.`) });
  await done.first().waitFor({ state: 'visible', timeout: 120_000 });
  const [, total, kinds] = /Found (\d+) KMS errors \((\d+) kinds\)/.exec(await done.first().innerText())!;
  await done.first().locator('.monaco-button', { hasText: 'Show Problems' }).click();
  return { total: Number(total), kinds: Number(kinds) };
}

/** The first KMS error of the generated log, 1-based, as the Problems panel shows it. */
function firstError(folder: string): { line: number; column: number; code: string } {
  const text = readFileSync(join(folder, 'big', BIG), 'utf8');
  let first: { line: number; column: number; code: string } | undefined;
  forEachPieceOccurrence({ text, firstLine: 0 }, (o, at) => {
    first ??= { line: at.line + 1, column: at.column + 1, code: o.code };
  });
  assert.ok(first);
  return first;
}

let plainResult: { total: number; kinds: number } | undefined;

test('Scan Log File on a 60 MB log (over the sync limit) lists its KMS errors in Problems; a click opens the file at the line', async () => {
  await step(session?.page, 'scan-log-file', async () => {
    plainResult = await scanFromExplorer(BIG);
    assert.ok(plainResult.total > 1000, `${plainResult.total} errors`);
    const first = firstError(session!.folder);
    const panel = page().locator('.markers-panel');
    await panel.waitFor({ state: 'visible' });
    const row = panel.locator('.monaco-list-row', { hasText: `[Ln ${first.line}, Col ${first.column}]` }).first();
    await row.waitFor({ state: 'visible', timeout: 30_000 });
    assert.match(await row.innerText(), new RegExp(first.code.replace(/\./g, '\\.')));
    await saveScreenshot(page(), 'scan-log-problems');
    await row.click();
    // A file this large opens behind a confirmation first.
    const openAnyway = page().locator('.monaco-button', { hasText: 'Open Anyway' });
    await Promise.race([openAnyway.first().waitFor({ state: 'visible', timeout: 30_000 }).then(() => openAnyway.first().click()), page().locator('.tabs-container .tab.active', { hasText: BIG }).waitFor({ timeout: 30_000 })]);
    // The diagnostic's range is selected: the cursor is on its line.
    await page().locator('.statusbar-item', { hasText: new RegExp(`Ln ${first.line}, Col \\d+ \\(\\d+ selected\\)`) }).first().waitFor({ state: 'visible', timeout: 90_000 });
    await saveScreenshot(page(), 'scan-log-opened-at-line');
  });
});

test('a .gz log gives the same diagnostics as its plain twin', async () => {
  await step(session?.page, 'scan-log-gz', async () => {
    const gz = await scanFromExplorer(`${BIG}.gz`);
    assert.deepEqual(gz, plainResult);
    const first = firstError(session!.folder);
    const panel = page().locator('.markers-panel');
    await panel.waitFor({ state: 'visible' });
    // Both files' rows in view: collapse the lists, then open the .gz one.
    await page().locator('.panel .action-label[aria-label^="Collapse All"]').first().click();
    const gzRow = panel.locator('.monaco-list-row', { hasText: `${BIG}.gz` }).first();
    await gzRow.waitFor({ state: 'visible', timeout: 30_000 });
    const plainRow = panel.locator('.monaco-list-row[aria-level="1"]', { hasText: new RegExp(`${BIG.replace(/\./g, '\\.')}(?!\\.gz)`) }).first();
    assert.equal(await gzRow.locator('.monaco-count-badge').innerText(), await plainRow.locator('.monaco-count-badge').innerText());
    await gzRow.click();
    await panel.locator('.monaco-list-row', { hasText: `[Ln ${first.line}, Col ${first.column}]` }).first().waitFor({ state: 'visible', timeout: 30_000 });
    await saveScreenshot(page(), 'scan-log-gz-problems');
  });
});

test('for a file VS Code does not sync to extensions, the status bar offers the scan and the side bar summarizes it', async () => {
  await step(session?.page, 'scan-log-summary', async () => {
    await page().locator('.tabs-container .tab', { hasText: BIG }).first().click();
    // The editor shows a file VS Code does not sync to extensions: the status bar offers the scan.
    await page().locator('.statusbar-item', { hasText: 'Scan for KMS errors' }).first().waitFor({ state: 'visible', timeout: 20_000 });
    await page().locator('.activitybar .action-item .action-label[aria-label^="KMS Errors"]').first().click();
    const frame = await waitForWebviewFrame(page(), [`big/${BIG}`, 'Forbidden.KeyNotFound']);
    const summary = await frame.locator('.summary').innerText();
    assert.match(summary, new RegExp(`big/${BIG.replace(/\./g, '\\.')}`));
    assert.ok(summary.includes(String(plainResult?.total)), summary);
    await saveScreenshot(page(), 'scan-log-summary');
  });
});
