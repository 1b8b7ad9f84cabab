import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Lang } from '../../../extension/core/catalog/types';
import { newNonce, renderWebviewHtml } from '../../../webview/html';
import type { WebviewKind } from '../../../webview/protocol';

const root = join(__dirname, '..', '..', '..');

/** A local server for the built webview: the page from html.ts, and dist/webview.{js,css}. */
export interface PageServer {
  readonly origin: string;
  /** URL of a page for one view and language. */
  pageUrl(view: WebviewKind, lang?: Lang): string;
  /** The nonces of the pages served so far, in order. */
  readonly nonces: readonly string[];
  close(): Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

/**
 * Serves exactly what the extension host gives VS Code: renderWebviewHtml with a fresh nonce per
 * page and the origin as cspSource. Only the built files under dist/ are reachable, mirroring
 * the host's localResourceRoots.
 */
export async function startPageServer(): Promise<PageServer> {
  const nonces: string[] = [];
  let origin = '';
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', origin);
      if (url.pathname === '/page') {
        const nonce = newNonce();
        nonces.push(nonce);
        const view = url.searchParams.get('view') === 'panel' ? 'panel' : 'reference';
        const lang = (url.searchParams.get('lang') ?? 'en') as Lang;
        const html = renderWebviewHtml({ view, nonce, cspSource: origin, scriptUri: `${origin}/dist/webview.js`, styleUri: `${origin}/dist/webview.css`, lang, title: `KMS ${view}` });
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
        return;
      }
      if (url.pathname === '/favicon.ico') {
        // VS Code webviews ask for no favicon; answer so the browser logs no 404.
        res.writeHead(204).end();
        return;
      }
      const match = /^\/dist\/(webview\.(?:js|css))$/.exec(url.pathname);
      if (!match) {
        res.writeHead(404).end();
        return;
      }
      const file = match[1]!;
      const body = await readFile(join(root, 'dist', file));
      res.writeHead(200, { 'content-type': TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream' }).end(body);
    })().catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    pageUrl: (view, lang = 'en') => `${origin}/page?view=${view}&lang=${lang}`,
    nonces,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
