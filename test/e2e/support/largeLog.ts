import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { generateLog } from '../../../bench/generateLog';
import { openFile, placeCursor, showHoverContaining } from './workbench';

/** The large log the hover measurement opens, inside the served workspace copy. */
export const LARGE_LOG = 'logs/app-5mb.log';
const MEGABYTES = 5;
/** The last record of the large log: unique, so the cursor lands at the end of the document. */
const TAIL = 'error code: Forbidden.KeyNotFound, message: The specified key does not exist. (e2e-tail)';
const HOVER_SAMPLES = 9;
/**
 * What the hover on the tail shows whether or not a diagnostic covers it there: the entry's
 * message found in the record, marked. (Where the tail is diagnosed, the hover leaves its
 * headline to the diagnostic shown above it.)
 */
export const LARGE_LOG_FOUND_MESSAGE = 'The specified key does not exist. ← found here';

/** Writes the benchmark's synthetic log (5 MB, a KMS error about every 50 lines) into the workspace copy. */
export async function writeLargeLog(folder: string): Promise<void> {
  const file = join(folder, LARGE_LOG);
  await generateLog(file, MEGABYTES);
  appendFileSync(file, `2026-12-01T00:00:00.000Z ERROR [kms] status code: 404, request id: 5b2f6a3e-0c1d-4e2f-9a8b-7c6d5e4f3a2b, ${TAIL}\n`);
}

/**
 * The hover round trip on the last line of the 5 MB log, as the user sees it: from the keystroke
 * that asks for the hover to the explanation drawn, through the language client, the server (a
 * Node process or a Web Worker) and back. The first hover waits for the server to have the
 * document and is not counted; the median of the next samples is returned.
 */
export async function largeLogHoverMs(page: Page, expect: string): Promise<{ medianMs: number; firstMs: number; openMs: number; samplesMs: string }> {
  const opening = Date.now();
  await openFile(page, LARGE_LOG, 'INFO');
  const openMs = Date.now() - opening;
  await placeCursor(page, TAIL, 'error code: '.length + 4);
  const firstStart = Date.now();
  await showHoverContaining(page, expect, 60_000);
  const firstMs = Date.now() - firstStart;
  const samples: number[] = [];
  for (let i = 0; i < HOVER_SAMPLES; i++) {
    await page.keyboard.press('Escape');
    await page.locator('.monaco-hover:not(.hidden)').first().waitFor({ state: 'hidden' });
    const start = Date.now();
    await showHoverContaining(page, expect, 10_000);
    samples.push(Date.now() - start);
  }
  await page.keyboard.press('Escape');
  const samplesMs = samples.join(' ');
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor(samples.length / 2)]!, firstMs, openMs, samplesMs };
}
