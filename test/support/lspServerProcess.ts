import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { SERVER_ENV, SERVER_EXEC_ARGV } from '../../extension/host/serverExecArgv';

/** The built server bundle; tests and benchmarks run it as editors do, as its own Node process. */
export const SERVER_PATH = join(__dirname, '..', '..', 'dist', 'server.js');

/** A running `node dist/server.js --stdio` and a JSON-RPC connection to it. */
export interface LspServerProcess {
  readonly child: ChildProcess;
  readonly connection: MessageConnection;
  readonly initializeResult: InitializeResult;
  /** Everything the server wrote to stderr and to window/logMessage. */
  readonly logs: string[];
  /** Resolves with the next publishDiagnostics for `uri` that satisfies `accept`. */
  nextDiagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  /** shutdown, exit, and the process's exit code (null if it had to be killed). */
  close(): Promise<number | null>;
}

/** Spawns the built server over stdio and initializes it like a plain (non-VS Code) client. */
export async function startLspServer(initializationOptions: object = {}, capabilities: object = {}): Promise<LspServerProcess> {
  // KMS_ERRORS_SERVER_JS runs another build instead (a benchmark's before/after on one machine).
  const serverPath = process.env.KMS_ERRORS_SERVER_JS ?? SERVER_PATH;
  if (!existsSync(serverPath)) throw new Error(`${serverPath} is missing: run "npm run build" first`);
  // KMS_ERRORS_SERVER_NODE_ARGS passes Node flags to the server, e.g. --cpu-prof to profile a benchmark.
  // The server starts with the V8 flags and environment the extension gives it, then any extra
  // ones (a variable already set in this process's environment wins, to compare settings).
  const nodeArgs = [...SERVER_EXEC_ARGV, ...(process.env.KMS_ERRORS_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean)];
  const env = { ...SERVER_ENV, ...process.env };
  const child = spawn(process.execPath, [...nodeArgs, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
  const logs: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => logs.push(chunk.toString('utf8')));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const i = waiters.findIndex((w) => w.uri === p.uri && w.accept(p));
    if (i >= 0) waiters.splice(i, 1)[0]!.resolve(p);
  });
  connection.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
  });
  connection.listen();
  const initializeResult = await connection.sendRequest<InitializeResult>('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } }, ...capabilities },
    initializationOptions,
  });
  await connection.sendNotification('initialized', {});
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    connection,
    initializeResult,
    logs,
    nextDiagnostics(uri, accept = () => true, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ uri, accept, resolve: (p) => (clearTimeout(timer), resolve(p)) });
      });
    },
    async close() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      const code = await exited;
      clearTimeout(timer);
      connection.dispose();
      return code;
    },
  };
}
