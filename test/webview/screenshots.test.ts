// Screenshots of the panel and the side bar in VS Code's default Light+ and Dark+ colours (and
// Dark High Contrast, kept as an artifact only), kept
// under test-results/screenshots (`npm run screenshots:update` copies them to media/ for the
// README). Each also checks that the page took the theme's colours and that text is readable.
import assert from 'node:assert/strict';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { encodeBase64 } from '../../extension/core/payload';
import { KEY_NOT_FOUND, errorBody } from './support/payloads';
import type { ThemeName } from './support/themes';
import { THEMES } from './support/themes';
import type { Harness, WebviewPage } from './support/webviewPage';
import { startHarness } from './support/webviewPage';

const OUT = join(__dirname, '..', '..', 'test-results', 'screenshots');
let harness: Harness;
before(async () => {
  mkdirSync(OUT, { recursive: true });
  harness = await startHarness();
});
after(async () => {
  await harness.close();
});

/** WCAG contrast ratio of two CSS rgb()/rgba() colours (alpha ignored: our text colours are opaque or nearly). */
function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const [r, g, bl] = css.match(/[\d.]+/g)!.slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

async function colours(page: WebviewPage, selector: string): Promise<{ color: string; background: string }> {
  return page.page.locator(selector).first().evaluate((e) => ({ color: getComputedStyle(e).color, background: getComputedStyle(document.body).backgroundColor }));
}

function hexToRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

for (const theme of ['light', 'dark', 'high-contrast'] as ThemeName[]) {
  test(`decode panel, ${theme} theme`, async () => {
    const page = await harness.open('panel', { theme, viewport: { width: 860, height: 1200 } });
    await page.send({ type: 'decode', text: encodeBase64(errorBody(KEY_NOT_FOUND, [{ field: 7, text: 'trace=on' }])), format: 'auto' });
    await page.page.locator('.unknown-fields li').waitFor();
    const { color, background } = await colours(page, '.fields-table td.value');
    assert.equal(background, hexToRgb(THEMES[theme].vars['--vscode-editor-background']!));
    assert.ok(contrast(color, background) >= 4.5, `field text contrast ${contrast(color, background).toFixed(2)}`);
    const file = join(OUT, `panel-${theme}.png`);
    await page.page.screenshot({ path: file, fullPage: true });
    assert.ok(statSync(file).size > 20_000);
    assert.deepEqual(await page.cspViolations(), []);
  });

  test(`side-bar reference, ${theme} theme`, async () => {
    const page = await harness.open('reference', { theme, viewport: { width: 340, height: 1000 } });
    await page.send({
      type: 'summary',
      documentName: 'app.log',
      summary: { uri: 'file:///app.log', total: 4, rows: [{ code: 'Rejected.Throttling', api: 'instance', httpStatus: 429, count: 3, firstLine: 11, lastLine: 40 }, { code: 'Forbidden.KeyNotFound', api: 'instance', httpStatus: 404, count: 1, firstLine: 2, lastLine: 2 }] },
    });
    await page.send({ type: 'revealEntry', api: 'instance', code: 'Forbidden.KeyNotFound' });
    await page.page.locator('#entry-details .explanation').waitFor();
    const { color, background } = await colours(page, '.explanation-meaning');
    assert.equal(background, hexToRgb(THEMES[theme].vars['--vscode-sideBar-background']!));
    assert.ok(contrast(color, background) >= 4.5, `text contrast ${contrast(color, background).toFixed(2)}`);
    const file = join(OUT, `reference-${theme}.png`);
    await page.page.screenshot({ path: file, fullPage: true });
    assert.ok(statSync(file).size > 20_000);
    assert.deepEqual(await page.cspViolations(), []);
  });
}
