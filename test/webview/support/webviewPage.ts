import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { ensureChromium } from '../../support/ensureTool';
import type { Lang } from '../../../extension/core/catalog/types';
import type { HostToWebview, WebviewKind, WebviewToHost } from '../../../webview/protocol';
import type { PageServer } from './pageServer';
import { startPageServer } from './pageServer';
import type { ThemeName } from './themes';
import { THEMES } from './themes';

const STUB = join(__dirname, 'vscodeApiStub.js');

/** Debian's Chromium (installed when missing), driven by playwright-core (no browser download). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium('the webview tests'),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** One webview page under test, and what it did. */
export interface WebviewPage {
  readonly page: Page;
  /** Posts a message as the extension host would. */
  send(message: HostToWebview): Promise<void>;
  /** What the page posted to the host so far. */
  posted(): Promise<WebviewToHost[]>;
  /** CSP violations the page reported (from its own scripts and styles). */
  cspViolations(): Promise<unknown[]>;
  /** Console errors and uncaught exceptions. */
  readonly errors: string[];
  /** How many times injected code ran (alert, __pwn, …). */
  scriptRuns(): Promise<number>;
  /** The state the page saved with setState. */
  savedState(): Promise<unknown>;
}

export interface OpenOptions {
  readonly lang?: Lang;
  readonly theme?: ThemeName;
  readonly state?: unknown;
  readonly viewport?: { width: number; height: number };
}

/** A running browser and page server shared by the tests of one file. */
export interface Harness {
  readonly server: PageServer;
  open(view: WebviewKind, options?: OpenOptions): Promise<WebviewPage>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  // Chromium first: when it is missing and cannot be installed, no page server is left listening.
  const browser = await launchChromium();
  const server = await startPageServer();
  return {
    server,
    async open(view, options = {}) {
      const theme = THEMES[options.theme ?? 'dark'];
      const context = await browser.newContext({ viewport: options.viewport ?? { width: 900, height: 900 } });
      const page = await context.newPage();
      // Fail fast: a missing element should fail its test, not hang the run.
      page.setDefaultTimeout(5000);
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      const config = { state: options.state, themeVars: theme.vars, bodyClass: theme.bodyClass };
      await page.addInitScript({ content: `window.__kmsTest = ${JSON.stringify(config)};` });
      await page.addInitScript({ path: STUB });
      await page.goto(server.pageUrl(view, options.lang ?? 'en'));
      // The page is up once it has posted `ready` (its listeners are attached by then).
      await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'ready'));
      const get = <T>(name: string) => page.evaluate((n) => (window as unknown as Record<string, unknown>)[n], name) as Promise<T>;
      const wp: WebviewPage = {
        page,
        errors,
        send: (message) => page.evaluate((m) => window.postMessage(m, '*'), message as unknown as Record<string, unknown>),
        posted: () => get<WebviewToHost[]>('__posted'),
        cspViolations: () => get<unknown[]>('__cspViolations'),
        scriptRuns: () => get<number>('__scriptRuns'),
        savedState: () => page.evaluate(() => (window as unknown as { __savedState: () => unknown }).__savedState()),
      };
      await wp.send({ type: 'init', lang: options.lang ?? 'en' });
      return wp;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
