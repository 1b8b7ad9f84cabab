import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath, ensureChromium } from '../../support/ensureTool';
import { RESULTS_DIR } from './paths';

/** The Chromium the e2e tests drive (launchChromium installs Debian's when it is missing). */
export const CHROMIUM_PATH = chromiumPath();

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const VIEWPORT = { width: 1280, height: 800 } as const;

/** Debian's Chromium (installed when missing); `npx playwright install` would download a browser, which this network forbids. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium('the end-to-end tests'), headless: true, args: CHROMIUM_ARGS });
}

/**
 * Opens the workbench at `url` in a new browser context and waits until its editor area and
 * activity bar are drawn. `clipboard: 'granted'` (the default) is a user who allowed clipboard
 * access; `'refused'` never grants it, so each clipboard read in VS Code's browser clipboard
 * service waits on the "Unable to read from the browser's clipboard" notification.
 */
export async function openWorkbench(browser: Browser, url: string, options: { readonly clipboard?: 'granted' | 'refused' } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  if (options.clipboard !== 'refused') await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.locator('.monaco-workbench .part.editor').waitFor({ state: 'visible', timeout: 60_000 });
  await page.locator('.monaco-workbench .part.activitybar').waitFor({ state: 'visible', timeout: 60_000 });
  return page;
}

/** Where the e2e run saves its pictures: test-results/e2e (the webview tests use test-results/screenshots). */
export const E2E_SCREENSHOTS = join(RESULTS_DIR, 'e2e');

/** Saves a full-window screenshot under test-results/e2e and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const dir = E2E_SCREENSHOTS;
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Runs one end-to-end step; when it throws, the window is saved as test-results/e2e/failures/NAME.png
 * so a red CI run shows what the workbench looked like.
 */
export async function step<T>(page: Page | undefined, name: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (page) {
      const dir = join(E2E_SCREENSHOTS, 'failures');
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
      await page.screenshot({ path: file }).catch(() => undefined);
      if (error instanceof Error) error.message += `\n(screenshot: ${file})`;
    }
    throw error;
  }
}
