// The language server as VS Code for the Web runs it (dist/server.browser.js in a Web Worker of
// Chromium, over postMessage) against the same server as the desktop runs it (dist/server.js, its
// own Node process, here over stdio), on the same generated 5 MB log in the same run: hover
// round trips (p50/p99, the same positions for both) and open-to-diagnostics time. The ratio is
// what moving to the browser costs; the e2e runs record the on-screen figure in code-server.
//
//   npm run bench:web-server
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../test/e2e/support/browser';
import { startLspServer } from '../test/support/lspServerProcess';
import { generateLog } from './generateLog';

const HOVERS = 200;
const URI = 'file:///bench/app-5mb.log';
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { p50: s[Math.floor(s.length * 0.5)]!, p99: s[Math.min(s.length - 1, Math.floor(s.length * 0.99))]! };
};
const ms = (x: number) => `${x.toFixed(2)} ms`;

async function main(): Promise<void> {
  const file = join(tmpdir(), 'kms-bench', 'app-5mb.log');
  await generateLog(file, 5);
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  // Hover positions: on the codes of the log's records, spread over the whole file.
  const positions = lines.flatMap((l, line) => {
    const character = l.search(/Forbidden\.KeyNotFound|Rejected\.Throttling|Rejected\.Disabled/);
    return character >= 0 ? [{ line, character: character + 2 }] : [];
  });
  const picks = Array.from({ length: HOVERS }, (_, i) => positions[Math.floor((i * positions.length) / HOVERS)]!);
  const open = { textDocument: { uri: URI, languageId: 'log', version: 1, text } };

  // Node process over stdio.
  const node = await startLspServer();
  const started = performance.now();
  const nodeDiagnostics = node.nextDiagnostics(URI, (p) => p.diagnostics.length > 0, 60_000);
  await node.connection.sendNotification('textDocument/didOpen', open);
  await nodeDiagnostics;
  const nodeOpenMs = performance.now() - started;
  const nodeHovers: number[] = [];
  for (const position of picks) {
    const s = performance.now();
    await node.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position });
    nodeHovers.push(performance.now() - s);
  }
  await node.close();

  // Web Worker in Chromium, timed inside the page.
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.addInitScript({ path: join(__dirname, 'support', 'workerLsp.js') });
    await page.goto('about:blank');
    const source = readFileSync(join(__dirname, '..', 'dist', 'server.browser.js'), 'utf8');
    const web = await page.evaluate(
      async ({ source, open, picks }) => {
        const lsp = (window as unknown as { kmsWorkerLsp: (s: string) => { request(m: string, p: unknown): Promise<unknown>; notify(m: string, p: unknown): void; diagnostics(): Promise<{ diagnostics: unknown[] }> } }).kmsWorkerLsp(source);
        await lsp.request('initialize', { processId: null, rootUri: null, capabilities: {} });
        lsp.notify('initialized', {});
        const t0 = performance.now();
        const diagnostics = lsp.diagnostics();
        lsp.notify('textDocument/didOpen', open);
        await diagnostics;
        const openMs = performance.now() - t0;
        const hovers: number[] = [];
        for (const position of picks) {
          const s = performance.now();
          await lsp.request('textDocument/hover', { textDocument: { uri: open.textDocument.uri }, position });
          hovers.push(performance.now() - s);
        }
        return { openMs, hovers };
      },
      { source, open, picks },
    );
    const n = stats(nodeHovers);
    const w = stats(web.hovers);
    console.log(`5 MB log, ${HOVERS} hovers on codes`);
    console.log(`Node process (stdio): hover p50 ${ms(n.p50)}, p99 ${ms(n.p99)}; didOpen to diagnostics ${ms(nodeOpenMs)}`);
    console.log(`Web Worker (postMessage): hover p50 ${ms(w.p50)}, p99 ${ms(w.p99)}; didOpen to diagnostics ${ms(web.openMs)}`);
    console.log(`ratio Web Worker / Node: hover p50 ${(w.p50 / n.p50).toFixed(2)}x, p99 ${(w.p99 / n.p99).toFixed(2)}x, open ${(web.openMs / nodeOpenMs).toFixed(2)}x`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
