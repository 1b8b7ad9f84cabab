import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The built CLI bundle; tests run it as users do, as a separate Node process. */
export const CLI_PATH = join(__dirname, '..', '..', 'dist', 'cli.js');

/** The outcome of one CLI run. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node dist/cli.js ...args`, optionally feeding standard input. Requires `npm run build`. */
export function runBuiltCli(args: readonly string[], input?: string | Buffer): CliRun {
  if (!existsSync(CLI_PATH)) throw new Error(`${CLI_PATH} is missing: run "npm run build" first`);
  const result = spawnSync(process.execPath, [CLI_PATH, ...args], {
    input: input ?? '',
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
