import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Fixed locations shared by the end-to-end tests, the package test and `npm start`. */

export const REPO_ROOT = join(__dirname, '..', '..', '..');

/** The packaged extension as `npm run package` names it (`<name>-<version>.vsix`). */
export function vsixPath(): string {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  return join(REPO_ROOT, `${manifest.name}-${manifest.version}.vsix`);
}

/** The bundled sample workspace the tests and the demo open. */
export const SAMPLE_WORKSPACE = join(REPO_ROOT, 'samples', 'workspace');

/** Screenshots, failure pictures and e2e-metrics.json (ignored by git). */
export const RESULTS_DIR = join(REPO_ROOT, 'test-results');

/** Where .ci/install-code-server.sh puts Node 24 and code-server: outside the repo, kept between runs. */
export const E2E_CACHE = process.env.KMS_E2E_CACHE ?? join(homedir(), '.cache', 'kms-errors-e2e');

export const CODE_SERVER_VERSION = '4.139.1';
export const INSTALL_SCRIPT = join(REPO_ROOT, '.ci', 'install-code-server.sh');
