// The server's entry: picks the transport from the command line, then hands the connection over.
// VS Code starts it with --node-ipc; other editors with --stdio; --socket=PORT and --pipe=NAME
// also work (vscode-languageserver reads these flags itself).
import './serverV8Flags';
import { format } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { idleGarbageCollector } from './idleGc';
import { recognizeAdapter } from './recognizeAdapter';
import { startServer } from './startServer';
import { StdioMessageReader } from './stdioMessageReader';
import { StdinReads } from './stdinReads';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket=', '--pipe='];

if (!process.argv.slice(2).some((arg) => TRANSPORTS.some((t) => arg === t || (t.endsWith('=') && arg.startsWith(t))))) {
  process.stderr.write('Usage: node dist/server.js --stdio | --node-ipc | --socket=PORT | --pipe=NAME\n');
  process.exit(2);
}

/**
 * Over stdio, our own reader (stdioMessageReader.ts) takes the library's place, fed by our own
 * reads of standard input (stdinReads.ts): it holds a large didOpen once and leaves its text in
 * the pieces the document keeps. The library's stdio setup is kept otherwise: console output
 * goes to the client's log, and the end of input ends the process (with 0 only after a shutdown
 * request).
 */
function stdioConnection(): Connection {
  // Descriptor 0 read into one reused buffer (stdinReads.ts); process.stdin when it is not a pipe or socket.
  const stdin = new StdinReads(0, () => process.stdin);
  const reader = new StdioMessageReader(stdin);
  const connection = createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
  const end = () => process.exit(reader.shutdownRequested ? 0 : 1);
  stdin.on('end', end);
  stdin.on('close', end);
  // stdout is the LSP channel: anything a dependency prints goes to the client's log instead.
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const to = level === 'debug' ? 'log' : level;
    // eslint-disable-next-line no-console -- the one place that takes console over, so nothing else writes to stdout
    console[level] = (...args: unknown[]) => connection.console[to](format(...args));
  }
  return connection;
}

startServer(process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all), recognizeAdapter, idleGarbageCollector());
