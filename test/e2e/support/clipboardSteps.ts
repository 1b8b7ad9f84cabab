import type { Page } from 'playwright-core';
import assert from 'node:assert/strict';
import { openWorkbench, step } from './browser';
import { recordMetrics } from './metrics';
import { serverStatusText } from './serverHost';
import type { E2eSession } from './session';
import { answerInputBox, runCommand, waitForWebviewFrame } from './workbench';

/** The title of Decode Error Payload's input box. */
export const DECODE_INPUT_TITLE = 'Decode KMS Error Payload';

/** Runs Decode Error Payload and returns how long its input box took to show after the command was chosen. */
export async function openDecodeInput(page: Page): Promise<number> {
  await runCommand(page, 'KMS: Decode Error Payload');
  const chosen = Date.now();
  await page.locator('.quick-input-widget', { hasText: DECODE_INPUT_TITLE }).locator('input').waitFor({ state: 'visible' });
  return Date.now() - chosen;
}

/**
 * A second window on the same code-server, in a browser context that never granted clipboard
 * access: the user who dismissed (or never saw) the permission prompt. Closed by the caller.
 */
export async function openRefusedClipboardWindow(session: E2eSession): Promise<Page> {
  return openWorkbench(session.browser, session.server.url, { clipboard: 'refused' });
}

/** What differs between the desktop and the web run of decodeWithRefusedClipboard. */
export interface RefusedClipboardCheck {
  /** The step's name (screenshots and traces on failure). */
  readonly stepName: string;
  /** What KMS: Show Language Server Status says in that host. */
  readonly serverStatus: RegExp;
  /** The e2e metric the input box's delay is recorded under. */
  readonly metric: string;
  /** The payload typed into the input box, and what the decode panel must then show. */
  readonly payload: string;
  readonly panelShows: readonly string[];
}

/**
 * In a window that refused clipboard access: Decode Error Payload shows its input box within a
 * second (it must not wait for the clipboard), and decodes what is typed into the panel.
 */
export async function decodeWithRefusedClipboard(session: E2eSession, check: RefusedClipboardCheck): Promise<void> {
  const refused = await openRefusedClipboardWindow(session);
  try {
    await step(refused, check.stepName, async () => {
      // The status answers once the extension runs in this window, before the command is timed.
      assert.match(await serverStatusText(refused), check.serverStatus);
      const askMs = await openDecodeInput(refused);
      recordMetrics({ [check.metric]: askMs });
      assert.ok(askMs < 1_000, `the input box took ${askMs} ms`);
      await answerInputBox(refused, check.payload);
      await waitForWebviewFrame(refused, [...check.panelShows]);
    });
  } finally {
    await refused.context().close();
  }
}
