import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { saveScreenshot, step } from './support/browser';
import { decodeWithRefusedClipboard } from './support/clipboardSteps';
import { englishApiLabel, englishMeaning } from './support/expectations';
import { LARGE_LOG_FOUND_MESSAGE, largeLogHoverMs, writeLargeLog } from './support/largeLog';
import { recordMetrics } from './support/metrics';
import { searchReferenceForThrottling } from './support/referenceSteps';
import { startSession, type E2eSession } from './support/session';
import { activationTimeOf } from './support/runningExtensions';
import { nodeServerProcesses, serverStatusText } from './support/serverHost';
import { activeEditor, answerInputBox, hidePanel, openFile, placeCursor, problemsContaining, runCommand, showHoverContaining, trustWorkspace, waitForWebviewFrame } from './support/workbench';

// The packaged .vsix in a real VS Code (code-server 4.139.1 = VS Code 1.139.1), driven in
// Chromium as a person would: the Explorer, the keyboard hover, the Command Palette, the Problems
// panel and the webviews' own DOM. The steps share one workbench and run in order.
// code-server runs with workspace trust on, so the sample folder opens in Restricted Mode first
// (the manifest declares untrusted workspaces supported); a step then trusts it through the
// Workspace Trust editor and the rest runs trusted. One server start instead of two keeps the
// run short on a 2-core machine.

const EXTENSION_NAME = 'Alibaba Cloud KMS Errors';
const PAYLOAD_BASE64 = 'CJQDEhVGb3JiaWRkZW4uS2V5Tm90Rm91bmQaIVRoZSBzcGVjaWZpZWQga2V5IGRvZXMgbm90IGV4aXN0LiIkNDc1ZjE2MjAtYjlkMy00ZDM1LWI1YzYtM2ZiZGQ5NDE0MjNk';
const REQUEST_ID = '475f1620-b9d3-4d35-b5c6-3fbdd941423d';

const started = Date.now();
let session: E2eSession | undefined;
const page = () => {
  assert.ok(session, 'the code-server session did not start');
  return session.page;
};

before(async () => {
  session = await startSession({ trustAll: false, prepareWorkspace: writeLargeLog });
  recordMetrics({ workbenchLoadMs: session.workbenchLoadMs });
});

after(async () => {
  if (!session) return;
  await session.close();
  recordMetrics({ e2eRunMs: Date.now() - started });
});

test('the untrusted sample folder opens in Restricted Mode', async () => {
  await step(session?.page, 'restricted-mode', async () => {
    await page().locator('.statusbar', { hasText: 'Restricted Mode' }).waitFor({ state: 'visible' });
  });
});

test('in Restricted Mode, hovering a code in a .log file explains it (Python TeaException)', async () => {
  await step(session?.page, 'restricted-hover', async () => {
    const opening = Date.now();
    await openFile(page(), 'logs/python-tea-exception.log', 'TeaException');
    const shown = Date.now();
    await placeCursor(page(), 'Rejected.Disabled', 3);
    const hover = await showHoverContaining(page(), englishMeaning('instance', 'Rejected.Disabled'));
    // From the log's text on screen to the explanation on screen, keystrokes to place the cursor included.
    const hovered = Date.now();
    recordMetrics({ openLogMs: shown - opening, logShownToFirstHoverMs: hovered - shown, openLogToFirstHoverMs: hovered - opening });
    assert.match(hover, /Rejected\.Disabled/);
    assert.match(await page().locator('.statusbar').innerText(), /Restricted Mode/);
    await saveScreenshot(page(), 'restricted-hover');
  });
});

test('trusting the folder in the Workspace Trust editor leaves Restricted Mode', async () => {
  await step(session?.page, 'trust-folder', async () => {
    await trustWorkspace(page());
  });
});

test('hovering a code in a .log file explains it (Go SDKError block)', async () => {
  await step(session?.page, 'hover-code-in-log', async () => {
    await openFile(page(), 'logs/go-sdkerror.log', 'SDKError');
    await placeCursor(page(), 'Forbidden.KeyNotFound', 4);
    const hover = await showHoverContaining(page(), englishMeaning('instance', 'Forbidden.KeyNotFound'));
    assert.match(hover, /Forbidden\.KeyNotFound/);
    await saveScreenshot(page(), 'hover');
  });
});

test('a hover on a diagnosed code says its headline once: the diagnostic above it, then the rest of the explanation', async () => {
  await step(session?.page, 'hover-diagnosed-once', async () => {
    await openFile(page(), 'logs/go-sdkerror.log', 'SDKError');
    await placeCursor(page(), 'Forbidden.KeyNotFound', 4);
    const meaning = englishMeaning('instance', 'Forbidden.KeyNotFound', 'The specified key does not exist.');
    const escaped = meaning.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // VS Code puts the diagnostic (our headline in one line) above the language server's hover.
    const hover = await showHoverContaining(page(), new RegExp(`${escaped}[\\s\\S]*How to fix`));
    assert.equal(hover.split(meaning).length - 1, 1, `the meaning once:\n${hover}`);
    assert.equal(hover.split('Forbidden.KeyNotFound · HTTP 404').length - 1, 1, `the headline once:\n${hover}`);
    assert.match(hover, /The specified key does not exist\./);
    await saveScreenshot(page(), 'hover-diagnosed');
  });
});

test('hovering a code in a shared-gateway log explains the shared gateway\'s entry, not the instance API\'s', async () => {
  await step(session?.page, 'hover-shared-gateway', async () => {
    await openFile(page(), 'logs/shared-gateway.log', 'request id:');
    await placeCursor(page(), 'Forbidden.KeyNotFound', 4);
    const hover = await showHoverContaining(page(), englishMeaning('openapi', 'Forbidden.KeyNotFound'));
    // The hover leads with the entry the record points to: the shared gateway's, by the "code: 404, ... request id:" form.
    assert.ok((hover.split('\n')[0] ?? '').includes(englishApiLabel('openapi')), hover);
    assert.ok(!hover.includes(englishMeaning('instance', 'Forbidden.KeyNotFound')), 'the instance API entry is not offered for a shared-gateway record');
  });
});

test('VS Code reports the extension activated, with its activation time', async () => {
  await step(session?.page, 'activation-time', async () => {
    const ms = await activationTimeOf(page(), EXTENSION_NAME);
    recordMetrics({ activationMs: ms });
    assert.ok(ms >= 0);
  });
});

test('hovering a Java TeaException message names the code the line does not show', async () => {
  await step(session?.page, 'hover-java-message', async () => {
    await openFile(page(), 'logs/java-tea-exception.log', 'TeaException');
    await placeCursor(page(), 'The specified key does not exist.', 6);
    const hover = await showHoverContaining(page(), 'Forbidden.KeyNotFound');
    assert.ok(hover.includes(englishMeaning('instance', 'Forbidden.KeyNotFound', 'The specified key does not exist.')), hover);
    await saveScreenshot(page(), 'hover-java-message');
  });
});

test('hovering a code inside a TypeScript string explains it', async () => {
  await step(session?.page, 'hover-typescript-string', async () => {
    await openFile(page(), 'src/kmsErrorHandling.ts', 'operatorHint');
    await placeCursor(page(), 'RequestTimeTooSkewed', 3);
    const hover = await showHoverContaining(page(), englishMeaning('instance', 'RequestTimeTooSkewed'));
    assert.match(hover, /RequestTimeTooSkewed/);
  });
});

test('the Problems panel lists the KMS errors of an open log, codes named even where the log shows only messages', async () => {
  await step(session?.page, 'problems', async () => {
    await openFile(page(), 'logs/java-tea-exception.log', 'TeaException');
    await problemsContaining(page(), 'Forbidden.KeyNotFound');
    const problems = await problemsContaining(page(), 'Rejected.Throttling');
    assert.match(problems, /java-tea-exception\.log/);
    await saveScreenshot(page(), 'problems');
    await hidePanel(page());
  });
});

test('"KMS: Decode Error Payload" decodes base64 typed into its input box and explains it in the panel', async () => {
  await step(session?.page, 'decode-panel', async () => {
    await runCommand(page(), 'KMS: Decode Error Payload');
    await answerInputBox(page(), PAYLOAD_BASE64);
    const meaning = englishMeaning('instance', 'Forbidden.KeyNotFound', 'The specified key does not exist.');
    const frame = await waitForWebviewFrame(page(), ['Forbidden.KeyNotFound', 'The specified key does not exist.', REQUEST_ID, '404', meaning]);
    const text = await frame.evaluate(() => document.body.innerText);
    assert.match(text, /StatusCode/);
    assert.match(text, /RequestId/);
    await saveScreenshot(page(), 'decode-panel');
  });
});

test('the side-bar reference finds an entry by search and shows it when selected', async () => {
  await step(session?.page, 'reference', async () => {
    await searchReferenceForThrottling(page());
    await saveScreenshot(page(), 'reference');
  });
});

test('the side bar shows a timeline of the active log, and activating a bucket moves the cursor to its first error', async () => {
  await step(session?.page, 'timeline', async () => {
    await openFile(page(), 'logs/rotation-job.log', 'scheduler');
    // Opening a file through the Explorer hid the KMS container: show it again.
    await page().locator('.activitybar .action-item .action-label[aria-label^="KMS Errors"]').first().click();
    const frame = await waitForWebviewFrame(page(), ['Over time', 'rotation-job.log', 'Rejected.Throttling: 23']);
    const bucket = frame.locator('.timeline-chart .bucket[aria-label^="Rejected.Throttling"]').first();
    await bucket.waitFor({ state: 'visible' });
    assert.match((await bucket.getAttribute('aria-label')) ?? '', /^Rejected\.Throttling: \d+ between 10:12(:\d\d)? and 10:1\d/);
    const line = Number(await bucket.getAttribute('data-first-line')) + 1;
    await saveScreenshot(page(), 'timeline');
    await bucket.click();
    // The host revealed the line: the editor's cursor (the status bar's "Ln N") is on it.
    await page().locator('.statusbar-item', { hasText: new RegExp(`^Ln ${line},`) }).first().waitFor({ state: 'visible', timeout: 15_000 });
    assert.ok(await activeEditor(page()).locator('.view-lines', { hasText: 'Rejected.Throttling' }).isVisible());

    // Copy report: the host writes the core's Markdown report of this log to the clipboard.
    await frame.locator('.copy-report').click();
    await page().locator('.statusbar-item', { hasText: 'Report copied' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    const report = await page().evaluate(() => navigator.clipboard.readText());
    assert.match(report, /^## KMS errors in logs\/rotation\\-job\\\.log\n/);
    assert.match(report, /^\| 23 \| `Rejected\.Throttling` \| 429 \| instance \| `2026-11-27T10:12:01\.748\+08:00` \|/m);
  });
});

test('the language server runs as a Node process over IPC (web.e2e.test.ts checks the Web Worker)', async () => {
  await step(session?.page, 'server-status', async () => {
    assert.match(await serverStatusText(page()), /running in a Node\.js process \(IPC\)/);
    assert.ok(session);
    assert.equal(nodeServerProcesses(session.profile).length, 1, 'one Node process runs the installed dist/server.js');
  });
});

test('hover round trip on a 5 MB log in the Node server (figure in the e2e metrics, next to the web one)', async () => {
  await step(session?.page, 'hover-5mb', async () => {
    const { medianMs, firstMs, openMs, samplesMs } = await largeLogHoverMs(page(), LARGE_LOG_FOUND_MESSAGE);
    recordMetrics({ hover5MbLogMs: medianMs, hover5MbLogSamplesMs: samplesMs, firstHover5MbLogMs: firstMs, open5MbLogMs: openMs });
    assert.ok(medianMs > 0 && medianMs < 5_000, `${medianMs} ms`);
  });
});

test('with clipboard access refused, Decode Error Payload asks within a second and decodes what is typed', async () => {
  assert.ok(session);
  await decodeWithRefusedClipboard(session, {
    stepName: 'refused-clipboard',
    serverStatus: /running in a Node\.js process/,
    metric: 'decodeInputWithRefusedClipboardMs',
    payload: PAYLOAD_BASE64,
    panelShows: ['Forbidden.KeyNotFound', REQUEST_ID, englishMeaning('instance', 'Forbidden.KeyNotFound', 'The specified key does not exist.')],
  });
});
