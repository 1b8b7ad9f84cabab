import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Profile } from './codeServer';

/**
 * The ids of the running Node processes started from this profile's installed dist/server.js:
 * the desktop language server. In the web mode there must be none, since the server runs in a Web
 * Worker inside Chromium. Read from /proc, so it sees every process whatever its parent.
 */
export function nodeServerProcesses(profile: Profile): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
    } catch {
      continue; // the process ended while we looked
    }
    if (cmdline.includes(profile.extensionsDir) && /dist\/server\.js\b/.test(cmdline)) pids.push(Number(entry));
  }
  return pids;
}

/**
 * Runs `KMS: Show Language Server Status` and returns the sentence its notification shows ("KMS
 * Errors language server: running in a Web Worker; VS Code for the Web."), then closes it.
 */
export async function serverStatusText(page: Page): Promise<string> {
  await runCommandOnceListed(page, 'KMS: Show Language Server Status');
  const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'KMS Errors language server:' }).first();
  await toast.waitFor({ state: 'visible' });
  const text = await toast.locator('.notification-list-item-message').innerText();
  await toast.hover();
  await toast.locator('.codicon-notifications-clear').first().click().catch(() => page.keyboard.press('Escape'));
  return text;
}

/**
 * Runs a command from the Command Palette once the palette lists it. Right after the workbench
 * is drawn, the Web Worker extension host may not have registered the extension's contributions
 * yet, and an open palette does not refresh: close it and ask again.
 */
async function runCommandOnceListed(page: Page, title: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
    try {
      await row.waitFor({ state: 'visible', timeout: 3_000 });
      await row.click();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}
