// The server's entry in VS Code for the Web: a Web Worker that the extension's browser client
// started, reached by postMessage. The same startServer as over IPC and stdio; what only a Node
// process has is left out: there are no command-line flags to read, and no idle GC (a worker
// cannot reach V8's gc, and the browser manages the memory of its workers itself).
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { recognizeAdapter } from './recognizeAdapter';
import { startServer } from './startServer';

// The worker scope, typed as the reader takes it (tsconfig carries the DOM library, not WebWorker).
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

startServer(createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self)), recognizeAdapter);
