import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openWorkbench } from './browser';
import { installVsix, makeProfile, serveCodeServer, type RunningCodeServer } from './codeServer';
import { requireCodeServer } from './codeServerInstall';
import { SAMPLE_WORKSPACE, vsixPath } from './paths';
import { assertFreshVsix } from './staleVsix';

/** One real VS Code (code-server) with the packaged extension, and a Chromium page showing it. */
export interface E2eSession {
  readonly page: Page;
  readonly server: RunningCodeServer;
  /** Milliseconds from starting code-server to the workbench being drawn. */
  readonly workbenchLoadMs: number;
  /** The served copy of the sample workspace. */
  readonly folder: string;
  close(): Promise<void>;
}

/**
 * Installs the packaged .vsix into a fresh profile, serves a copy of the sample workspace (so a
 * run never writes into the repository) and opens it in Chromium.
 */
export async function startSession(options: {
  readonly trustAll: boolean;
  /** User settings on top of the quiet defaults. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** Adds files to the workspace copy before it is served. */
  readonly prepare?: (folder: string) => void | Promise<void>;
}): Promise<E2eSession> {
  const cs = requireCodeServer();
  const vsix = vsixPath();
  assertFreshVsix(vsix);
  const profile = makeProfile(undefined, options.settings);
  installVsix(cs, profile, vsix);
  const folder = join(mkdtempSync(join(tmpdir(), 'kms-errors-ws-')), 'workspace');
  cpSync(SAMPLE_WORKSPACE, folder, { recursive: true });
  await options.prepare?.(folder);

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
      folder,
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
