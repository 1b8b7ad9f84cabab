// The client's contract with VS Code, checked without VS Code: the manifest declares what the
// host registers and what the server reads, with the server's defaults.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { COMMAND_IDS } from '../../extension/core';
import { documentSelectorFor } from '../../extension/host/documentSelector';
import { DEFAULT_SETTINGS } from '../../extension/server/settings';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
const properties = manifest.contributes.configuration.properties as Record<string, { default: unknown; enum?: string[]; description?: string; markdownDescription?: string }>;

test('every document scheme, every language unless kmsErrors.languages narrows it', () => {
  assert.deepEqual(documentSelectorFor(undefined), [{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'output' }, { scheme: 'vscode-vfs' }, { scheme: 'vscode-remote' }]);
  assert.deepEqual(documentSelectorFor(['*', 'log']), documentSelectorFor(undefined));
  const narrowed = documentSelectorFor(['log', 'java', '']) as { scheme: string; language: string }[];
  assert.equal(narrowed.length, 10);
  assert.deepEqual(narrowed.slice(0, 2), [{ scheme: 'file', language: 'log' }, { scheme: 'file', language: 'java' }]);
});

test('the manifest declares the client commands in category KMS, and hides the one that needs arguments', () => {
  const commands = manifest.contributes.commands as { command: string; title: string; category: string }[];
  const restart = commands.find((c) => c.command === COMMAND_IDS.restartServer);
  assert.deepEqual(restart, { command: 'kmsErrors.restartServer', title: '%kmsErrors.restartServer.title%', category: 'KMS' });
  assert.equal(nls['kmsErrors.restartServer.title'], 'Restart Language Server');
  assert.ok(commands.some((c) => c.command === COMMAND_IDS.copyRequestId));
  for (const c of commands) assert.equal(c.category, 'KMS', c.command);
  assert.ok(manifest.contributes.menus.commandPalette.some((m: { command: string; when: string }) => m.command === COMMAND_IDS.copyRequestId && m.when === 'false'));
  const source = readFileSync(join(root, 'extension', 'host', 'clientCommands.ts'), 'utf8');
  assert.match(source, /registerCommand\(COMMAND_IDS\.copyRequestId/);
  assert.match(source, /registerCommand\(COMMAND_IDS\.restartServer/);
  // The status command, which says whether the server runs in a Node process or a Web Worker.
  assert.ok(commands.some((c) => c.command === 'kmsErrors.showServerStatus' && c.title === '%kmsErrors.showServerStatus.title%'));
  assert.match(source, /SHOW_SERVER_STATUS = 'kmsErrors\.showServerStatus'/);
  assert.match(source, /registerCommand\(SHOW_SERVER_STATUS/);
});

test('the settings the server reads are declared with its defaults and values, each described', () => {
  assert.equal(properties['kmsErrors.language']?.default, DEFAULT_SETTINGS.language);
  assert.deepEqual(properties['kmsErrors.language']?.enum, ['auto', 'en', 'ja', 'zh-cn']);
  assert.equal(properties['kmsErrors.diagnostics']?.default, DEFAULT_SETTINGS.diagnostics);
  assert.deepEqual(properties['kmsErrors.diagnostics']?.enum, ['logs', 'all', 'off']);
  assert.equal(properties['kmsErrors.maxDiagnostics']?.default, DEFAULT_SETTINGS.maxDiagnostics);
  assert.deepEqual(properties['kmsErrors.trace.server']?.enum, ['off', 'messages', 'verbose']);
  assert.deepEqual(properties['kmsErrors.languages']?.default, ['*']);
  for (const [key, p] of Object.entries(properties)) assert.ok(p.description || p.markdownDescription, key);
  // The decode panel adds onWebviewPanel:kmsErrors.decodePanel (its serializer after a reload).
  assert.ok(manifest.activationEvents.includes('onStartupFinished'));
  assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
  assert.equal(manifest.capabilities.virtualWorkspaces, true);
});
