// The webview page as the host renders it: the CSP string, the nonce on every script and style,
// fresh nonces, and escaping of what is put into attributes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeHtml, newNonce, renderWebviewHtml, webviewCsp } from '../../webview/html';

const options = {
  view: 'panel' as const,
  nonce: 'abc123+/=',
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview.css',
  lang: 'ja' as const,
  title: 'Decode',
};

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

test('the CSP denies by default and allows scripts only by nonce, with no eval or inline code', () => {
  const csp = directives(webviewCsp('N0NCE', 'https://src'));
  assert.deepEqual(csp.get('default-src'), ["'none'"]);
  assert.deepEqual(csp.get('script-src'), ["'nonce-N0NCE'"]);
  // The toolkit marks its <style> elements with the nonce from the csp-nonce meta.
  assert.deepEqual(csp.get('style-src'), ['https://src', "'nonce-N0NCE'"]);
  assert.deepEqual(csp.get('connect-src'), ["'none'"]);
  const all = [...csp.values()].flat().join(' ');
  assert.doesNotMatch(all, /unsafe-eval|unsafe-inline|wasm-unsafe-eval|\*|https?:(?!\/\/src)/);
});

test('the page carries the CSP, the csp-nonce meta, and the nonce on its one script and stylesheet', () => {
  const html = renderWebviewHtml(options);
  const escapedNonce = escapeHtml(options.nonce);
  assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(webviewCsp(options.nonce, options.cspSource))}">`));
  assert.ok(html.includes(`<meta property="csp-nonce" content="${escapedNonce}">`));
  assert.equal(html.match(/<script\b/g)?.length, 1);
  assert.ok(html.includes(`<script nonce="${escapedNonce}" src="${escapeHtml(options.scriptUri)}"></script>`));
  assert.ok(html.includes(`<link rel="stylesheet" href="${escapeHtml(options.styleUri)}" nonce="${escapedNonce}">`));
  assert.ok(html.includes('<body data-view="panel" data-lang="ja">'));
  assert.ok(html.includes('<html lang="ja">'));
  assert.doesNotMatch(html, /\son\w+=|style=/, 'no inline handlers or style attributes');
});

test('every nonce is fresh: 128 random bits, never repeated', () => {
  const nonces = new Set(Array.from({ length: 1000 }, () => newNonce()));
  assert.equal(nonces.size, 1000);
  for (const nonce of nonces) assert.match(nonce, /^[A-Za-z0-9+/]{22}==$/);
  const a = renderWebviewHtml({ ...options, nonce: newNonce() });
  const b = renderWebviewHtml({ ...options, nonce: newNonce() });
  const nonceOf = (html: string) => /property="csp-nonce" content="([^"]+)"/.exec(html)?.[1];
  assert.notEqual(nonceOf(a), nonceOf(b));
});

test('values put into the page are escaped', () => {
  const html = renderWebviewHtml({ ...options, title: '"><script>alert(1)</script>', scriptUri: 'x" onload="alert(1)' });
  assert.equal(html.match(/<script\b/g)?.length, 1);
  assert.ok(!html.includes('onload="alert'));
  assert.equal(escapeHtml(`<a href='x'>&"</a>`), '&#60;a href=&#39;x&#39;&#62;&#38;&#34;&#60;/a&#62;');
});
