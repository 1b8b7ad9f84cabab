/* global window, Blob, Worker */
// Loaded into a blank Chromium page by bench/webWorkerServerBench.ts (a plain .js file, as
// addInitScript needs): a minimal LSP client over postMessage for dist/server.browser.js in a
// Web Worker, the transport VS Code for the Web uses (BrowserMessageReader/Writer take message
// objects, no Content-Length framing).
window.kmsWorkerLsp = function start(source) {
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const worker = new Worker(url);
  let nextId = 1;
  const pending = new Map();
  const waiters = [];
  worker.onmessage = (event) => {
    const m = event.data;
    if (m.id !== undefined && m.method !== undefined) {
      // A request from the server (registerCapability, configuration): answer it plainly.
      worker.postMessage({ jsonrpc: '2.0', id: m.id, result: null });
    } else if (m.id !== undefined) {
      pending.get(m.id)?.(m);
      pending.delete(m.id);
    } else if (m.method === 'textDocument/publishDiagnostics') {
      for (const w of waiters.splice(0)) w(m.params);
    }
  };
  const request = (method, params) =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      worker.postMessage({ jsonrpc: '2.0', id, method, params });
    });
  const notify = (method, params) => worker.postMessage({ jsonrpc: '2.0', method, params });
  const diagnostics = () => new Promise((resolve) => waiters.push(resolve));
  return { request, notify, diagnostics };
};
