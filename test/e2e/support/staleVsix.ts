import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './paths';

/** What goes into the .vsix: if any of it changed after packaging, the .vsix is stale. */
const PACKAGED_SOURCES = ['extension', 'webview', 'proto', 'media', 'l10n', 'package.json', 'package.nls.json', 'esbuild.mjs', '.vscodeignore'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path, { recursive: true, encoding: 'utf8' })) {
    newest = Math.max(newest, statSync(join(path, entry)).mtimeMs);
  }
  return newest;
}

/**
 * Fails when the .vsix is missing or older than a source it is built from, so `npm run test:e2e`
 * alone never tests yesterday's package (`npm test` packages just before).
 */
export function assertFreshVsix(vsix: string): void {
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run "npm run package" first (npm test does).`);
  const packaged = statSync(vsix).mtimeMs;
  const changed = PACKAGED_SOURCES.filter((source) => newestMtime(join(REPO_ROOT, source)) > packaged);
  if (changed.length > 0) throw new Error(`${vsix} is older than ${changed.join(', ')}: run "npm run package" first (npm test does).`);
}
