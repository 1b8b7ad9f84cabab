import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openWorkbench } from './browser';
import { installVsix, makeProfile, serveCodeServer, type Profile, type RunningCodeServer } from './codeServer';
import { ensureCodeServer } from './codeServerInstall';
import { settingsFor, type E2eMode } from './modes';
import { SAMPLE_WORKSPACE, vsixPath } from './paths';
import { assertFreshVsix } from './staleVsix';

/** One real VS Code (code-server) with the packaged extension, and a Chromium page showing it. */
export interface E2eSession {
  readonly page: Page;
  readonly server: RunningCodeServer;
  readonly browser: Browser;
  readonly profile: Profile;
  readonly mode: E2eMode;
  /** The served copy of the sample workspace. */
  readonly folder: string;
  /** Milliseconds from starting code-server to the workbench being drawn. */
  readonly workbenchLoadMs: number;
  close(): Promise<void>;
}

export interface SessionOptions {
  readonly trustAll: boolean;
  /** Which extension host runs the extension (desktop by default). */
  readonly mode?: E2eMode;
  /** User settings on top of the quiet defaults and the mode's own. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** Adds files to the workspace copy before code-server serves it. */
  readonly prepareWorkspace?: (folder: string) => void | Promise<void>;
}

/**
 * Installs the packaged .vsix into a fresh profile, serves a copy of the sample workspace (so a
 * run never writes into the repository) and opens it in Chromium.
 */
export async function startSession(options: SessionOptions): Promise<E2eSession> {
  const mode = options.mode ?? 'desktop';
  const cs = ensureCodeServer('the end-to-end tests');
  const vsix = vsixPath();
  assertFreshVsix(vsix);
  const profile = makeProfile(`kms-errors-e2e-${mode}-`, { ...settingsFor(mode), ...options.settings });
  installVsix(cs, profile, vsix);
  const folder = join(mkdtempSync(join(tmpdir(), 'kms-errors-ws-')), 'workspace');
  cpSync(SAMPLE_WORKSPACE, folder, { recursive: true });
  await options.prepareWorkspace?.(folder);

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
      browser: openBrowser,
      profile,
      mode,
      folder,
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
