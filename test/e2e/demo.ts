import { installVsix, makeProfile, serveCodeServer } from './support/codeServer';
import { ensureCodeServer } from './support/codeServerInstall';
import { SAMPLE_WORKSPACE, vsixPath } from './support/paths';

// `npm start`: the newcomer's path. After `npm run package` (the npm script runs it first), this
// installs the fresh .vsix into a new profile and opens the sample workspace in a real VS Code
// served to the browser by code-server, on 127.0.0.1 only. Ctrl+C ends code-server's whole
// process group.

const DEFAULT_PORT = 8321;

async function main(): Promise<void> {
  const cs = ensureCodeServer('`npm start`');
  const profile = makeProfile('kms-errors-demo-');
  installVsix(cs, profile, vsixPath());
  const port = Number(process.env.PORT ?? DEFAULT_PORT);
  const server = await serveCodeServer(cs, profile, { folder: SAMPLE_WORKSPACE, trustAll: true, port });

  console.log(`
  KMS Errors is running in VS Code (code-server) on the sample workspace:

      ${server.url}

  Open it in a browser on this machine, then open logs/java-tea-exception.log and hover the
  message, or press F1 and run "KMS: Decode Error Payload". Press Ctrl+C to stop.
`);

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping code-server...');
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  const code = await server.exited;
  if (!stopping) {
    console.error(`code-server exited on its own (${code}):\n${server.output().slice(-2000)}`);
    await server.stop();
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
