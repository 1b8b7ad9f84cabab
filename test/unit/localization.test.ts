// Every user-visible host string has its Japanese and Chinese translation, and every %key% of the
// manifest its three texts: a string added in English only fails here, not in front of a user.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(__dirname, '..', '..');
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, string>;

function hostStrings(): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.ts')) {
        for (const m of readFileSync(join(root, path), 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) found.add(m[1]!.replace(/\\'/g, "'"));
      }
    }
  };
  walk('extension/host');
  return found;
}

test('every vscode.l10n.t string of the host is translated to ja and zh-cn', () => {
  const strings = hostStrings();
  assert.ok(strings.size >= 20, `found ${strings.size}`);
  for (const lang of ['ja', 'zh-cn']) {
    const bundle = readJson(`l10n/bundle.l10n.${lang}.json`);
    for (const s of strings) assert.ok(bundle[s]?.trim(), `${lang}: ${s}`);
    for (const [key, value] of Object.entries(bundle)) {
      const placeholders = (t: string) => [...t.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
      assert.deepEqual(placeholders(value), placeholders(key), `${lang}: placeholders of ${key}`);
    }
  }
});

test('every %key% in package.json exists in package.nls.json, .ja and .zh-cn', () => {
  const manifest = readFileSync(join(root, 'package.json'), 'utf8');
  const keys = [...manifest.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]!);
  assert.ok(keys.length >= 7);
  assert.equal(JSON.parse(manifest).l10n, './l10n');
  for (const file of ['package.nls.json', 'package.nls.ja.json', 'package.nls.zh-cn.json']) {
    const nls = readJson(file);
    for (const key of keys) assert.ok(nls[key]?.trim(), `${file}: ${key}`);
  }
});

test('every command title and view name in package.json is localized (a %key%), none is plain English', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    contributes: { commands: { command: string; title: string }[]; views: Record<string, { name: string }[]>; viewsContainers: Record<string, { title: string }[]> };
  };
  const texts = [
    ...manifest.contributes.commands.map((c) => [c.command, c.title] as const),
    ...Object.values(manifest.contributes.views).flat().map((v) => ['view', v.name] as const),
    ...Object.values(manifest.contributes.viewsContainers).flat().map((v) => ['container', v.title] as const),
  ];
  assert.ok(texts.length >= 9, `found ${texts.length}`);
  for (const [id, text] of texts) assert.match(text, /^%[\w.-]+%$/, `${id}: "${text}" is not a %key% of package.nls*.json`);
});
