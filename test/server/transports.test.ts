// main.ts picks the transport from the command line: stdio is covered by stdioServer.test.ts;
// here the socket transport (the server connects to a port the client listens on) and the usage
// error without any transport.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type Socket } from 'node:net';
import { test } from 'node:test';
import { createMessageConnection, SocketMessageReader, SocketMessageWriter, type InitializeResult } from 'vscode-languageserver/node';
import { SERVER_PATH } from '../support/lspServerProcess';

test('without a transport flag the server prints its usage and exits 2', () => {
  const r = spawnSync(process.execPath, [SERVER_PATH], { encoding: 'utf8', timeout: 10_000 });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--stdio \| --node-ipc \| --socket=PORT/);
  assert.equal(r.stdout, '');
});

test('--socket=PORT: the server connects to the client and answers over the socket', async () => {
  const accepted = new Promise<Socket>((resolve) => {
    const listener = createServer((socket) => {
      listener.close();
      resolve(socket);
    });
    listener.listen(0, '127.0.0.1', () => {
      const port = (listener.address() as { port: number }).port;
      const child = spawn(process.execPath, [SERVER_PATH, `--socket=${port}`], { stdio: 'ignore' });
      child.unref();
    });
  });
  const socket = await accepted;
  const connection = createMessageConnection(new SocketMessageReader(socket), new SocketMessageWriter(socket));
  connection.listen();
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  const result = await connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  assert.equal(result.serverInfo?.name, 'kms-errors');
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///s.log', languageId: 'log', version: 1, text: 'x Forbidden.KeyNotFound\n' } });
  const hover = await connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: 'file:///s.log' }, position: { line: 0, character: 5 } });
  assert.match(hover?.contents.value ?? '', /Forbidden\\\.KeyNotFound/);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  await closed;
  connection.dispose();
});
