// The side bar's timeline, built, in Chromium under the production CSP, drawn from the summary the
// core computes for a generated log: buckets and their accessible labels in the DOM, keyboard
// focus, the message that activating a bucket posts, and screenshots in each theme.
import assert from 'node:assert/strict';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DocumentIndex, summarizeRecords, type DocumentSummary } from '../../extension/core';
import { stringLineSource } from '../support/stringLineSource';
import { timedLog } from '../support/timedLog';
import type { ThemeName } from './support/themes';
import type { Harness, WebviewPage } from './support/webviewPage';
import { startHarness } from './support/webviewPage';

const OUT = join(__dirname, '..', '..', 'test-results', 'screenshots');
const URI = 'file:///work/app.log';
let harness: Harness;
let summary: DocumentSummary;
let burstLine: number;

before(async () => {
  mkdirSync(OUT, { recursive: true });
  const log = timedLog();
  const source = stringLineSource(log.text);
  summary = summarizeRecords(URI, new DocumentIndex(source).records(), source);
  burstLine = summary.timeline!.buckets[2]!.firstLine;
  harness = await startHarness();
});
after(async () => {
  await harness.close();
});

async function openWithSummary(options: { theme?: ThemeName; lang?: 'en' | 'ja' | 'zh-cn' } = {}): Promise<WebviewPage> {
  const page = await harness.open('reference', { ...options, viewport: { width: 340, height: 900 } });
  await page.send({ type: 'summary', documentName: 'app.log', summary });
  await page.page.locator('.timeline-chart .bucket').first().waitFor();
  return page;
}

const posted = async (page: WebviewPage) => (await page.posted()).filter((m) => m.type !== 'ready');

test('one bucket per minute, each labelled with its counts and bounds; empty buckets take no focus', async () => {
  const page = await openWithSummary();
  const buckets = page.page.locator('.timeline-chart .bucket');
  assert.equal(await buckets.count(), 45);
  assert.equal(await buckets.nth(2).getAttribute('aria-label'), 'Rejected.Throttling: 340, Forbidden.KeyNotFound: 1 between 10:02 and 10:03');
  assert.equal(await buckets.nth(0).getAttribute('aria-label'), 'Forbidden.KeyNotFound: 1, InvalidParam: 1 between 10:00 and 10:01');
  assert.equal(await buckets.nth(2).locator('title').textContent(), 'Rejected.Throttling: 340, Forbidden.KeyNotFound: 1 between 10:02 and 10:03');
  // Stacked by code: the burst has two segments, in the first two chart colours.
  assert.deepEqual(await buckets.nth(2).locator('.segment').evaluateAll((els) => els.map((e) => e.getAttribute('class'))), ['segment series-0', 'segment series-1']);
  const fills = await buckets.nth(2).locator('.segment').evaluateAll((els) => els.map((e) => getComputedStyle(e).fill));
  assert.deepEqual(fills, ['rgb(55, 148, 255)', 'rgb(209, 134, 22)'], 'charts-blue and charts-orange of Dark+');
  // The tallest bar is the burst.
  const heights = await buckets.locator('.segment').evaluateAll((els) => els.map((e) => Number(e.getAttribute('height'))));
  assert.equal(Math.max(...heights), Number(await buckets.nth(2).locator('.segment').first().getAttribute('height')));
  assert.equal(await page.page.locator('.timeline-axis').textContent(), '10:0010:45');
  assert.equal(await page.page.locator('.timeline-chart [tabindex="0"]').count(), 1);
  assert.deepEqual(await page.cspViolations(), []);
  assert.deepEqual(page.errors, []);
});

test('keyboard: one tab stop, arrows, Home and End move, Enter posts revealLine for the bucket’s first error', async () => {
  const page = await openWithSummary();
  await page.page.locator('.copy-report').focus();
  await page.page.keyboard.press('Tab');
  const focused = () => page.page.evaluate(() => document.activeElement?.getAttribute('data-index') ?? null);
  assert.equal(await focused(), '0');
  await page.page.keyboard.press('ArrowRight');
  await page.page.keyboard.press('ArrowRight');
  assert.equal(await focused(), '2');
  assert.match((await page.page.locator('.timeline-detail').textContent()) ?? '', /^Rejected\.Throttling: 340/);
  await page.page.keyboard.press('Enter');
  assert.deepEqual((await posted(page)).at(-1), { type: 'revealLine', uri: URI, line: burstLine });
  await page.page.keyboard.press('End');
  assert.equal(await focused(), '44');
  await page.page.keyboard.press('Home');
  assert.equal(await focused(), '0');
  await page.page.keyboard.press(' ');
  assert.deepEqual((await posted(page)).at(-1), { type: 'revealLine', uri: URI, line: summary.timeline!.buckets[0]!.firstLine });
});

test('a click on a bucket posts its first line; hover shows its counts', async () => {
  const page = await openWithSummary();
  const bucket = page.page.locator('.timeline-chart .bucket').nth(2);
  await bucket.hover();
  assert.match((await page.page.locator('.timeline-detail').textContent()) ?? '', /between 10:02 and 10:03$/);
  await bucket.click();
  assert.deepEqual((await posted(page)).at(-1), { type: 'revealLine', uri: URI, line: burstLine });
});

test('Copy report asks the host for the report of this document', async () => {
  const page = await openWithSummary();
  await page.page.locator('.copy-report').click();
  assert.deepEqual((await posted(page)).at(-1), { type: 'copyReport', uri: URI });
});

test('a document without times gets a timeline by line; labels follow the display language', async () => {
  const page = await harness.open('reference', { lang: 'ja', viewport: { width: 340, height: 900 } });
  const lines = Array.from({ length: 300 }, (_, i) => (i % 30 === 0 ? `throw new KmsError("Rejected.Throttling"); // ${i}` : `  x = ${i};`)).join('\n');
  const source = stringLineSource(lines);
  const byLine = summarizeRecords('file:///Handler.java', new DocumentIndex(source).records(), source);
  await page.send({ type: 'summary', documentName: 'Handler.java', summary: byLine });
  await page.page.locator('.timeline-chart .bucket').first().waitFor();
  assert.match((await page.page.locator('.timeline-note').textContent()) ?? '', /時刻がありません/);
  assert.match((await page.page.locator('.timeline-chart .bucket').first().getAttribute('aria-label')) ?? '', /^1–\d+ 行目: Rejected\.Throttling: \d+$/);
});

test('a malformed timeline from the host is ignored, not drawn', async () => {
  const page = await harness.open('reference');
  const bad = { ...summary, timeline: { ...summary.timeline!, buckets: [{ start: 0, end: 1, counts: ['<img src=x onerror=alert(1)>'], firstLine: 0 }] } };
  await page.send({ type: 'summary', documentName: 'app.log', summary: bad as unknown as DocumentSummary });
  await page.send({ type: 'summary', documentName: 'app.log', summary });
  await page.page.locator('.timeline-chart .bucket').first().waitFor();
  assert.equal(await page.scriptRuns(), 0);
});

for (const theme of ['light', 'dark', 'high-contrast'] as ThemeName[]) {
  test(`timeline screenshot, ${theme} theme`, async () => {
    const page = await openWithSummary({ theme });
    const fill = await page.page.locator('.timeline-chart .segment').first().evaluate((e) => getComputedStyle(e).fill);
    assert.match(fill, /^rgb\(/, 'a chart colour from the theme');
    if (theme === 'high-contrast') {
      const stroke = await page.page.locator('.timeline-chart .segment').first().evaluate((e) => getComputedStyle(e).stroke);
      assert.equal(stroke, 'rgb(111, 195, 223)', 'contrastBorder around each segment');
    }
    await page.page.locator('.timeline-chart .bucket').nth(2).hover();
    const file = join(OUT, `timeline-${theme}.png`);
    await page.page.locator('.summary').screenshot({ path: file });
    assert.ok(statSync(file).size > 5_000);
    assert.deepEqual(await page.cspViolations(), []);
  });
}
