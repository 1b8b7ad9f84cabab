import type { Lang } from '../extension/core/catalog/types';
import type { WebviewKind } from './protocol';

/** Everything the page needs from its host; the host turns file paths into webview URIs. */
export interface WebviewPageOptions {
  readonly view: WebviewKind;
  /** A fresh nonce for this page (see newNonce). */
  readonly nonce: string;
  /** `webview.cspSource`: the origin the host serves local resources from. */
  readonly cspSource: string;
  /** URI of dist/webview.js. */
  readonly scriptUri: string;
  /** URI of dist/webview.css. */
  readonly styleUri: string;
  readonly lang: Lang;
  readonly title: string;
}

/**
 * The Content-Security-Policy of every page: nothing by default; scripts only with this page's
 * nonce (no 'unsafe-eval', no 'unsafe-inline'); styles from the extension's files plus the
 * nonce, which the toolkit reads from the csp-nonce meta to mark the <style> elements it creates.
 */
export function webviewCsp(nonce: string, cspSource: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
    `img-src ${cspSource}`,
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
    "frame-src 'none'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * The whole page as a string: a pure function of its options, so tests serve exactly what the
 * host gives VS Code. The body is empty; webview.js builds it with DOM APIs.
 */
export function renderWebviewHtml(options: WebviewPageOptions): string {
  const { view, nonce, cspSource, scriptUri, styleUri, lang, title } = options;
  const attr = escapeHtml;
  return `<!DOCTYPE html>
<html lang="${attr(lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(webviewCsp(nonce, cspSource))}">
<meta property="csp-nonce" content="${attr(nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(styleUri)}" nonce="${attr(nonce)}">
<title>${attr(title)}</title>
</head>
<body data-view="${attr(view)}" data-lang="${attr(lang)}">
<main id="app" aria-label="${attr(title)}"></main>
<script nonce="${attr(nonce)}" src="${attr(scriptUri)}"></script>
</body>
</html>
`;
}

/**
 * 128 random bits, base64: a new one for every page the host renders, so a nonce seen once is
 * useless later. Web Crypto exists in Node 20 and in browsers alike.
 */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** Escapes text for an HTML attribute value or text node. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
