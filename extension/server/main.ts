// The server's entry: picks the transport from the command line, then hands the connection over.
// VS Code starts it with --node-ipc; other editors with --stdio; --socket=PORT and --pipe=NAME
// also work (vscode-languageserver reads these flags itself).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { idleGarbageCollector } from './idleGc';
import { recognizeAdapter } from './recognizeAdapter';
import { startServer } from './startServer';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket=', '--pipe='];

if (!process.argv.slice(2).some((arg) => TRANSPORTS.some((t) => arg === t || (t.endsWith('=') && arg.startsWith(t))))) {
  process.stderr.write('Usage: node dist/server.js --stdio | --node-ipc | --socket=PORT | --pipe=NAME\n');
  process.exit(2);
}

startServer(createConnection(ProposedFeatures.all), recognizeAdapter, idleGarbageCollector());
