import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeServerInstall } from './codeServerInstall';

/** A fresh VS Code profile: its own user data and extensions folders, so no run sees another's state. */
export interface Profile {
  readonly userDataDir: string;
  readonly extensionsDir: string;
}

/** A running code-server; `stop` ends its whole process group. */
export interface RunningCodeServer {
  readonly url: string;
  readonly pid: number;
  /** Everything code-server printed so far, for failure messages. */
  output(): string;
  /** Settles with the exit code when code-server ends, on its own or by `stop`. */
  readonly exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** User settings that keep the workbench quiet and predictable for a test (and for the demo). */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.hover.delay': 300,
  'editor.minimap.enabled': false,
  // The sample folder is no repository: spare the 2 cores the Git and npm scans.
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'npm.autoDetect': 'off',
  'remote.autoForwardPorts': false,
  // An untrusted folder opens straight in Restricted Mode instead of behind a modal question.
  'security.workspace.trust.startupPrompt': 'never',
};

/** Makes a fresh profile under the system temp folder with QUIET_SETTINGS. */
export function makeProfile(prefix = 'kms-errors-e2e-', settings: Readonly<Record<string, unknown>> = {}): Profile {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const userDataDir = join(root, 'user-data');
  const extensionsDir = join(root, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  return { userDataDir, extensionsDir };
}

/** Installs a .vsix into the profile the way a user would (`--install-extension`). */
export function installVsix(cs: CodeServerInstall, profile: Profile, vsix: string): string {
  const result = spawnSync(
    cs.node,
    [cs.entry, '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir, '--install-extension', vsix],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`installing ${vsix} failed (exit ${result.status}):\n${output}`);
  }
  return output;
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface ServeOptions {
  readonly folder: string;
  /** false serves with workspace trust on, so an untrusted folder opens in Restricted Mode. */
  readonly trustAll: boolean;
  readonly port?: number;
  readonly timeoutMs?: number;
}

/**
 * Serves VS Code on 127.0.0.1 only, without authentication, in its own process group: code-server
 * leaves children (file watcher, extension host, agent host) that die only when the group does.
 */
export async function serveCodeServer(cs: CodeServerInstall, profile: Profile, options: ServeOptions): Promise<RunningCodeServer> {
  const port = options.port ?? (await freePort());
  const args = [
    cs.entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    ...(options.trustAll ? ['--disable-workspace-trust'] : []),
    '--user-data-dir', profile.userDataDir,
    '--extensions-dir', profile.extensionsDir,
    options.folder,
  ];
  const child = spawn(cs.node, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const killGroup = (): void => killProcessGroup(child, 'SIGKILL');
  // If the test process dies without calling stop(), the server must not outlive it.
  process.once('exit', killGroup);

  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForListening(child, () => output, options.timeoutMs ?? 60_000);
  } catch (error) {
    killGroup();
    throw error;
  }
  return {
    url,
    pid: child.pid ?? -1,
    output: () => output,
    exited,
    stop: async () => {
      process.removeListener('exit', killGroup);
      await stopGroup(child);
    },
  };
}

/** Resolves when code-server prints that it listens; rejects when it exits or the time runs out. */
function waitForListening(child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`code-server did not listen within ${timeoutMs} ms:\n${output()}`)), timeoutMs);
    const onData = (): void => {
      if (/HTTP server listening on/.test(output())) finish();
    };
    const onExit = (code: number | null): void => finish(new Error(`code-server exited (${code}) before listening:\n${output()}`));
    function finish(error?: Error): void {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    }
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
    onData();
  });
}

function killProcessGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** SIGTERM to the group, then SIGKILL after a grace period; resolves once the leader has exited. */
async function stopGroup(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  killProcessGroup(child, 'SIGTERM');
  const timer = setTimeout(() => killProcessGroup(child, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
  // Children that ignored SIGTERM go with the group.
  killProcessGroup(child, 'SIGKILL');
}
