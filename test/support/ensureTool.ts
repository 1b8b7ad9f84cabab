import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// `npm ci && npm test` on a fresh machine is the whole set-up: the tests that need a program the
// repository cannot carry (Chromium, Neovim, code-server) install it when it is missing, say on
// stderr what they install and how long it took, and stop with the exact command to run when
// they cannot install it themselves. One module for all of them, so they behave alike.

/** A program the tests need, how to tell it is there, and how to install it. */
export interface ToolSpec {
  /** Its name in messages, e.g. "Chromium". */
  readonly name: string;
  /** Who needs it, e.g. "the webview tests". */
  readonly neededBy: string;
  /** Whether it is installed and usable. */
  readonly present: () => boolean;
  /** Where present() looks, for the error when an install did not put it there. */
  readonly location: string;
  /** What the install does, for the message before it starts. */
  readonly installs: string;
  /** Installs it; throws with what to do when it cannot. */
  readonly install: () => void;
}

/** What ensureTool needs from the machine; the real one by default, a fake one in its tests. */
export interface ToolSystem {
  readonly log: (line: string) => void;
  readonly now: () => number;
  /** Runs a command with this extra environment; its exit status (null when it could not start). */
  readonly run: (command: string, args: readonly string[], env?: Readonly<Record<string, string>>) => number | null;
  readonly isRoot: () => boolean;
  /** Names listed in KMS_TEST_ASSUME_MISSING count as missing at the first look (to try the install path). */
  readonly assumeMissing: ReadonlySet<string>;
}

export const REAL_SYSTEM: ToolSystem = {
  log: (line) => process.stderr.write(`test setup: ${line}\n`),
  now: () => Date.now(),
  run: (command, args, env = {}) => spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } }).status,
  isRoot: () => process.getuid?.() === 0,
  assumeMissing: new Set((process.env.KMS_TEST_ASSUME_MISSING ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)),
};

/**
 * Makes sure a tool is installed: nothing happens when it is there; otherwise one line says what
 * is installed and why, the install runs, and one line says how long it took. Test files run in
 * parallel processes, so the install holds a lock and the others wait for it and then find the
 * tool there (one install, one message).
 */
export function ensureTool(spec: ToolSpec, system: ToolSystem = REAL_SYSTEM): void {
  const assumedMissing = system.assumeMissing.has(spec.name.toLowerCase());
  if (!assumedMissing && spec.present()) return;
  withLock(`kms-errors-install-${spec.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, () => {
    if (!assumedMissing && spec.present()) return;
    system.log(`${spec.name} is missing (needed by ${spec.neededBy}). Installing ${spec.installs}...`);
    const started = system.now();
    spec.install();
    if (!spec.present()) throw new Error(`${spec.name} was installed (${spec.installs}) but is still not found at ${spec.location}`);
    system.log(`${spec.name} installed in ${Math.round((system.now() - started) / 1000)} s`);
  });
}

/**
 * A tool from a Debian package: installed with apt-get when this process is root (after
 * `apt-get update` if the first try fails, as on a machine whose package lists were never
 * fetched); otherwise it throws with the command to run.
 */
export function debianTool(options: { readonly name: string; readonly neededBy: string; readonly path: string; readonly debianPackage: string }, system: ToolSystem = REAL_SYSTEM): ToolSpec {
  const { name, path, debianPackage } = options;
  const command = `apt-get install -y ${debianPackage}`;
  return {
    name,
    neededBy: options.neededBy,
    present: () => existsSync(path),
    location: path,
    installs: `Debian's package ${debianPackage} (${command})`,
    install: () => {
      const manual = `${name} (${path}) is missing and this process is not root, so it cannot install it. Run:\n\n    sudo apt-get update && sudo ${command}\n`;
      if (!system.isRoot()) throw new Error(manual);
      const env = { DEBIAN_FRONTEND: 'noninteractive' };
      const apt = (...args: string[]) => system.run('apt-get', ['-o', 'DPkg::Lock::Timeout=600', ...args], env);
      const first = apt('install', '-y', '-qq', debianPackage);
      if (first === null) throw new Error(`${name} (${path}) is missing and apt-get is not available here: install ${debianPackage} with this system's package manager.`);
      if (first === 0) return;
      system.log(`${command} failed: fetching the package lists (apt-get update) and trying again`);
      if (apt('update', '-qq') !== 0 || apt('install', '-y', '-qq', debianPackage) !== 0) {
        throw new Error(`${command} failed (see apt-get's messages above). Run it by hand:\n\n    apt-get update && ${command}\n`);
      }
    },
  };
}

/** Where the tests look for Chromium: `CHROMIUM_PATH` (KMS_E2E_CHROMIUM, its older name), else Debian's. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? process.env.KMS_E2E_CHROMIUM ?? '/usr/bin/chromium';
}

/** Debian's Chromium, which playwright-core drives (`npx playwright install` would download a browser). */
export function ensureChromium(neededBy: string): string {
  const path = chromiumPath();
  ensureTool(debianTool({ name: 'Chromium', neededBy, path, debianPackage: 'chromium' }));
  return path;
}

/** Debian's Neovim (0.7.2 on Debian 12), a second real LSP client for the language server. */
export function ensureNeovim(): string {
  const path = process.env.NVIM_PATH ?? '/usr/bin/nvim';
  ensureTool(debianTool({ name: 'Neovim', neededBy: 'the Neovim test', path, debianPackage: 'neovim' }));
  return path;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Runs `body` while holding a lock folder in the temp dir; a lock whose owner died is taken over. */
function withLock(name: string, body: () => void): void {
  const dir = join(tmpdir(), `${name}.lock`);
  for (;;) {
    try {
      mkdirSync(dir);
      break;
    } catch {
      const owner = Number(readFileSafe(join(dir, 'pid')));
      if (owner > 0 && !isAlive(owner)) rmSync(dir, { recursive: true, force: true });
      else Atomics.wait(sleeper, 0, 0, 500);
    }
  }
  try {
    writeFileSync(join(dir, 'pid'), String(process.pid));
    body();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
