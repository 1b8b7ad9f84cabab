// The webview's stylesheet takes every colour from the theme, so light, dark and high-contrast
// themes all apply: a literal colour here would ignore the user's theme.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const css = readFileSync(join(__dirname, '..', '..', 'webview', 'webview.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

test('webview.css has no literal colours, only var(--vscode-*)', () => {
  assert.doesNotMatch(css, /#[0-9a-f]{3,8}\b/i);
  assert.doesNotMatch(css, /\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i);
  // Named colours, outside variable names (--vscode-charts-blue) and properties (white-space).
  const named = css.replace(/--[\w-]+/g, '').replace(/white-space/g, '').match(/:\s*[^;{}]*\b(white|black|red|green|blue|yellow|orange|purple|gray|grey|silver)\b/gi) ?? [];
  assert.deepEqual(named, []);
  const colourDecls = css.match(/(?:^|[;{\s])(color|background(?:-color)?|border(?:-\w+)?-color|outline-color)\s*:[^;}]+/g) ?? [];
  assert.ok(colourDecls.length > 10);
  for (const decl of colourDecls) assert.match(decl, /var\(--vscode-|transparent|inherit|none/, decl);
});
