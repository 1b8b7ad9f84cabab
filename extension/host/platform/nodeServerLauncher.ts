import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_ENV, SERVER_EXEC_ARGV } from '../serverExecArgv';
import type { ServerLauncher } from './serverLauncher';

const DEFAULT_DEBUG_PORT = 6009;

/**
 * Desktop (and code-server's Node extension host): dist/server.js in its own Node process over
 * IPC, with the V8 flags and environment tuned for its memory, and `KMS_ERRORS_DEBUG_SERVER`
 * (a port, or any value for 6009) to attach a debugger. None of this exists in a browser.
 */
export const nodeServerLauncher: ServerLauncher = {
  transport: 'node-ipc',
  launch(context, id, name, options) {
    const module = context.asAbsolutePath('dist/server.js');
    const debugPort = process.env.KMS_ERRORS_DEBUG_SERVER;
    const debugArgs = debugPort ? ['--nolazy', `--inspect=${/^\d+$/.test(debugPort) ? debugPort : DEFAULT_DEBUG_PORT}`] : [];
    const execArgv = [...SERVER_EXEC_ARGV, ...debugArgs];
    const serverOptions: ServerOptions = { module, transport: TransportKind.ipc, options: { execArgv, env: { ...SERVER_ENV } } };
    // The client ends the process when it stops: nothing else to release.
    return { client: new LanguageClient(id, name, serverOptions, options), release: () => {} };
  },
};
