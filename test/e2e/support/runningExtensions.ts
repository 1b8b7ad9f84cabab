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
  // The list is virtual (only rows on screen exist) and sorted by activation time: page through
  // it from the top until the extension's row is drawn.
  await rows.first().click();
  await page.keyboard.press('Home');
  const row = rows.filter({ hasText: displayName }).first();
  for (let pageDown = 0; pageDown < 20 && (await row.count()) === 0; pageDown++) {
    await page.keyboard.press('PageDown');
  }
  await row.waitFor({ state: 'visible' });
  const label = await row.locator('.activation-time').innerText();
  await page.keyboard.press('Control+W');
  const match = /(\d+)\s*ms/.exec(label);
  if (!match) throw new Error(`no activation time in "${label}"`);
  return Number(match[1]);
}
