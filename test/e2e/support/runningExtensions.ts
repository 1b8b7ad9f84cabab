import type { Page } from 'playwright-core';
import { runCommand } from './workbench';

/**
 * Reads VS Code's own measurement of an extension's activation time from the Running Extensions
 * editor ("Developer: Show Running Extensions"), then closes that editor.
 */
export async function activationTimeOf(page: Page, displayName: string): Promise<number> {
  await runCommand(page, 'Developer: Show Running Extensions');
  const rows = page.locator('.runtime-extensions-editor .monaco-list-row');
  await rows.first().waitFor({ state: 'visible' });
  // The list is virtual and sorted by activation time: a fast extension sits at the end.
  await rows.first().click();
  await page.keyboard.press('End');
  const row = rows.filter({ hasText: displayName }).first();
  await row.waitFor({ state: 'visible' });
  const label = await row.locator('.activation-time').innerText();
  await page.keyboard.press('Control+W');
  const match = /(\d+)\s*ms/.exec(label);
  if (!match) throw new Error(`no activation time in "${label}"`);
  return Number(match[1]);
}
