import type { Page } from 'playwright-core';
import { openWorkbench } from './browser';
import type { E2eSession } from './session';
import { runCommand } from './workbench';

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
