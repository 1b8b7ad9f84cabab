// The install-when-missing logic the webview, Neovim and e2e tests share, on a scripted machine:
// which commands run, in what order, what is said, and what a non-root user is told to run. (The
// real path is run by `npm test` itself on a machine without the tools, and with
// KMS_TEST_ASSUME_MISSING=chromium,neovim on one that has them.)
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { debianTool, ensureTool, type ToolSystem } from '../support/ensureTool';

/** A machine where `apt-get install` exits with the next status of `installStatuses` and, on 0, creates the tool. */
function machine(options: { root: boolean; installStatuses?: number[]; createsTool?: boolean; assumeMissing?: string[] }) {
  const path = join(mkdtempSync(join(tmpdir(), 'ensure-tool-')), 'chromium');
  const commands: string[] = [];
  const lines: string[] = [];
  const statuses = [...(options.installStatuses ?? [0])];
  let clock = 0;
  const system: ToolSystem = {
    log: (line) => lines.push(line),
    now: () => (clock += 41_000),
    isRoot: () => options.root,
    assumeMissing: new Set(options.assumeMissing ?? []),
    run: (command, args, env) => {
      commands.push(`${Object.entries(env ?? {}).map(([k, v]) => `${k}=${v} `).join('')}${command} ${args.join(' ')}`);
      if (!args.includes('install')) return 0;
      const status = statuses.shift() ?? 0;
      if (status === 0 && options.createsTool !== false) writeFileSync(path, '');
      return status;
    },
  };
  const spec = debianTool({ name: 'Chromium', neededBy: 'the webview tests', path, debianPackage: 'chromium' }, system);
  return { path, commands, lines, system, spec };
}

const INSTALL = 'DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium';
const UPDATE = 'DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq';

test('a tool that is there: nothing runs, nothing is said', () => {
  const m = machine({ root: true });
  writeFileSync(m.path, '');
  ensureTool(m.spec, m.system);
  assert.deepEqual(m.commands, []);
  assert.deepEqual(m.lines, []);
});

test('missing, as root: apt-get installs it, with one line before and one with the time after', () => {
  const m = machine({ root: true });
  ensureTool(m.spec, m.system);
  assert.deepEqual(m.commands, [INSTALL]);
  assert.deepEqual(m.lines, ["Chromium is missing (needed by the webview tests). Installing Debian's package chromium (apt-get install -y chromium)...", 'Chromium installed in 41 s']);
});

test('missing, as root, on a machine whose package lists were never fetched: apt-get update, then install again', () => {
  const m = machine({ root: true, installStatuses: [100, 0] });
  ensureTool(m.spec, m.system);
  assert.deepEqual(m.commands, [INSTALL, UPDATE, INSTALL]);
  assert.equal(m.lines.length, 3);
  assert.match(m.lines[1]!, /apt-get update/);
});

test('missing, as root, and apt-get keeps failing: it stops with the command to run', () => {
  const m = machine({ root: true, installStatuses: [100, 100] });
  assert.throws(() => ensureTool(m.spec, m.system), /apt-get update && apt-get install -y chromium/);
});

test('missing, not root: nothing runs, and the error gives the exact command', () => {
  const m = machine({ root: false });
  assert.throws(() => ensureTool(m.spec, m.system), (error: Error) => error.message.includes('sudo apt-get update && sudo apt-get install -y chromium'));
  assert.deepEqual(m.commands, []);
});

test('installed but still not where the tests look (CHROMIUM_PATH elsewhere): a clear error, not a hang', () => {
  const m = machine({ root: true, createsTool: false });
  assert.throws(() => ensureTool(m.spec, m.system), /Chromium was installed .* but is still not found/);
});

test('KMS_TEST_ASSUME_MISSING runs the install path on a machine that has the tool', () => {
  const m = machine({ root: true, assumeMissing: ['chromium'] });
  writeFileSync(m.path, '');
  ensureTool(m.spec, m.system);
  assert.deepEqual(m.commands, [INSTALL]);
  assert.equal(m.lines.length, 2);
});
