import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openWorkbench } from './browser';
import { installVsix, makeProfile, serveCodeServer, type RunningCodeServer } from './codeServer';
import { ensureCodeServer } from './codeServerInstall';
import { SAMPLE_WORKSPACE, vsixPath } from './paths';
import { assertFreshVsix } from './staleVsix';

/** One real VS Code (code-server) with the packaged extension, and a Chromium page showing it. */
export interface E2eSession {
  readonly page: Page;
  readonly server: RunningCodeServer;
  /** Milliseconds from starting code-server to the workbench being drawn. */
  readonly workbenchLoadMs: number;
  close(): Promise<void>;
}

/**
 * Installs the packaged .vsix into a fresh profile, serves a copy of the sample workspace (so a
 * run never writes into the repository) and opens it in Chromium.
 */
export async function startSession(options: { readonly trustAll: boolean }): Promise<E2eSession> {
  const cs = ensureCodeServer('the end-to-end tests');
  const vsix = vsixPath();
  assertFreshVsix(vsix);
  const profile = makeProfile();
  installVsix(cs, profile, vsix);
  const folder = join(mkdtempSync(join(tmpdir(), 'kms-errors-ws-')), 'workspace');
  cpSync(SAMPLE_WORKSPACE, folder, { recursive: true });

  const started = Date.now();
  const server = await serveCodeServer(cs, profile, { folder, trustAll: options.trustAll });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await openWorkbench(browser, server.url);
    const workbenchLoadMs = Date.now() - started;
    const openBrowser = browser;
    return {
      page,
      server,
      workbenchLoadMs,
      close: async () => {
        await openBrowser.close().catch(() => undefined);
        await server.stop();
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await server.stop();
    throw error;
  }
}
