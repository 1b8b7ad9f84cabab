// A second real editor as the language server's client: Debian's Neovim (0.7.2 on Debian 12),
// headless, configured with the README's own Lua block (extracted from README.md, with only the
// install path filled in), on a sample log and a TypeScript file. It checks what a user would see:
// the server started with the README's Node flag and environment, the log's diagnostics, and a
// complete hover in each file. Debian has no Helix package, so Neovim is the one other editor here.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join } from 'node:path';
import { test } from 'node:test';
import { SERVER_ENV, SERVER_EXEC_ARGV } from '../../extension/host/serverExecArgv';
import { englishApiLabel, englishMeaning } from '../e2e/support/expectations';
import { ensureNeovim } from '../support/ensureTool';
import { SERVER_PATH } from '../support/lspServerProcess';
import { runBuiltCli } from '../support/runBuiltCli';
import { readmeBlock } from './readmeBlocks';

const REPO = join(__dirname, '..', '..');
const LOG = join(REPO, 'samples', 'workspace', 'logs', 'go-sdkerror.log');
const SOURCE = join(REPO, 'samples', 'workspace', 'src', 'kmsErrorHandling.ts');
const README_PATH = '/path/to/kms-errors';

interface Seen {
  ok: boolean;
  error?: string;
  otherBlockCompiles: boolean;
  otherBlockError?: string;
  logFiletype: string;
  sourceFiletype: string;
  clientName: string;
  sameClient: boolean;
  serverArgv?: string[];
  serverEnv?: string[];
  diagnostics: { line: number; col: number; code: string; message: string; source: string; severity: number }[];
  sourceDiagnostics: number;
  hovers: Record<'log' | 'source', { value?: string; error?: string }>;
}

/** Neovim's version as [major, minor]. */
function versionOf(nvim: string): [number, number] {
  const first = spawnSync(nvim, ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0] ?? '';
  const m = /v(\d+)\.(\d+)/.exec(first);
  if (!m) throw new Error(`cannot read the version of ${nvim}: "${first}"`);
  return [Number(m[1]), Number(m[2])];
}

/** Runs lspSession.lua in a headless Neovim with its own XDG folders, and returns what it saw. */
function runNeovim(nvim: string, env: Record<string, string>, cwd: string): Promise<Seen> {
  const out = join(cwd, 'seen.json');
  const xdg = join(cwd, 'xdg');
  const child = spawn(nvim, ['--headless', '-u', 'NONE', '-c', `luafile ${join(__dirname, 'lspSession.lua')}`], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      // The README's block starts `node` from PATH: this test's Node.
      PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
      LANG: 'C.UTF-8',
      XDG_CONFIG_HOME: join(xdg, 'config'),
      XDG_DATA_HOME: join(xdg, 'data'),
      XDG_STATE_HOME: join(xdg, 'state'),
      XDG_CACHE_HOME: join(xdg, 'cache'),
      KMS_NVIM_OUT: out,
      ...env,
    },
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(readFileSync(out, 'utf8')) as Seen);
      } catch {
        reject(new Error(`Neovim exited (${code ?? signal}) without its report:\n${output}`));
      }
    });
  });
}

test("Neovim runs the README's configuration: flags and environment, the log's diagnostics, hovers in a log and a source file", async () => {
  const nvim = ensureNeovim();
  const [major, minor] = versionOf(nvim);
  const modern = major > 0 || minor >= 11;
  const [runName, otherName] = modern ? ['neovim-0.11', 'neovim-0.7'] : ['neovim-0.7', 'neovim-0.11'];

  const dir = mkdtempSync(join(tmpdir(), 'kms-errors-nvim-'));
  const write = (name: string, block: string): string => {
    assert.ok(block.includes(README_PATH), `the README's ${name} block names ${README_PATH}`);
    const path = join(dir, `${name}.lua`);
    writeFileSync(path, block.split(README_PATH).join(REPO));
    return path;
  };
  const block = write(runName, readmeBlock(runName));
  const other = write(otherName, readmeBlock(otherName));
  const workspace = join(dir, 'workspace');
  mkdirSync(workspace);
  const log = join(workspace, basename(LOG));
  const source = join(workspace, basename(SOURCE));
  copyFileSync(LOG, log);
  copyFileSync(SOURCE, source);

  const seen = await runNeovim(nvim, {
    KMS_NVIM_BLOCK: block,
    KMS_NVIM_OTHER_BLOCK: other,
    KMS_NVIM_LOG: log,
    KMS_NVIM_LOG_NEEDLE: 'Forbidden.KeyNotFound',
    KMS_NVIM_SOURCE: source,
    KMS_NVIM_SOURCE_NEEDLE: 'RequestTimeTooSkewed',
  }, workspace);
  assert.ok(seen.ok, `the Neovim session failed:\n${seen.error}`);
  assert.ok(seen.otherBlockCompiles, `the README's ${otherName} block does not compile: ${seen.otherBlockError}`);
  assert.equal(seen.clientName, 'kms_errors');
  assert.deepEqual([seen.logFiletype, seen.sourceFiletype], ['log', 'typescript']);
  assert.ok(seen.sameClient, 'one server for both buffers');

  // Started as the README says, which is how the VS Code client starts it.
  const argv = seen.serverArgv ?? [];
  for (const flag of SERVER_EXEC_ARGV) assert.ok(argv.includes(flag), `${flag} in ${JSON.stringify(argv)}`);
  assert.equal(argv.filter(Boolean).at(-1), '--stdio');
  assert.equal(argv.filter(Boolean).at(-2), SERVER_PATH);
  for (const [name, value] of Object.entries(SERVER_ENV)) assert.ok(seen.serverEnv?.includes(`${name}=${value}`), `${name}=${value} in the server's environment`);

  // The log's diagnostics: one per occurrence the scanner finds, Information, source KMS.
  const scan = JSON.parse(runBuiltCli(['scan', LOG, '--json']).stdout) as { occurrences: { line: number; column: number; code: string }[] };
  assert.ok(scan.occurrences.length > 0);
  const received = seen.diagnostics.map((d) => ({ line: d.line + 1, column: d.col + 1, code: d.code })).sort((a, b) => a.line - b.line || a.column - b.column);
  assert.deepEqual(received, scan.occurrences.map((o) => ({ line: o.line, column: o.column, code: o.code })));
  for (const d of seen.diagnostics) {
    assert.equal(d.source, 'KMS');
    assert.equal(d.severity, 3, 'vim.diagnostic.severity.INFO');
  }
  assert.ok(seen.diagnostics[0]!.message.includes(englishMeaning('instance', 'Forbidden.KeyNotFound', 'The specified key does not exist.')), seen.diagnostics[0]!.message);

  // Neovim shows diagnostics apart from the hover, so the hover keeps its headline.
  const logHover = seen.hovers.log.value ?? seen.hovers.log.error ?? '';
  assert.match(logHover.split('\n')[0]!, /^\*\*Forbidden\\\.KeyNotFound\*\* · HTTP 404 · /);
  assert.ok(logHover.split('\n')[0]!.includes(englishApiLabel('instance')), logHover);
  assert.ok(logHover.replace(/\\(.)/g, '$1').includes(englishMeaning('instance', 'Forbidden.KeyNotFound', 'The specified key does not exist.')), logHover);
  assert.match(logHover, /\*\*How to fix:\*\*/);

  // The source file: a hover, and no diagnostics under the README's `diagnostics = 'logs'`.
  const sourceHover = seen.hovers.source.value ?? seen.hovers.source.error ?? '';
  const unescaped = sourceHover.replace(/\\(.)/g, '$1');
  assert.match(sourceHover.split('\n')[0]!, /^\*\*RequestTimeTooSkewed\*\* · HTTP \d+ · /);
  assert.ok(unescaped.includes(englishMeaning('instance', 'RequestTimeTooSkewed')), sourceHover);
  assert.equal(seen.sourceDiagnostics, 0);
});
