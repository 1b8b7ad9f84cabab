import type { Locator, Page } from 'playwright-core';
import { runCommand } from './workbench';

/**
 * The integrated terminal as a person uses it, with `terminal.integrated.gpuAcceleration` off so
 * it renders as DOM rows (see shared/design/verified-setup.md): open it, type a command, point at
 * a character of the output, Ctrl+click it.
 */

const ROWS = '.terminal-wrapper.active .xterm-rows > div, .xterm-rows > div';

/** Row text as shown: xterm pads with no-break spaces. */
const rowText = (text: string): string => text.replace(/\u00a0/g, ' ');

/** Opens a new terminal from the Command Palette and waits for a shell prompt. */
export async function openTerminal(page: Page): Promise<void> {
  // The command is offered once the terminal service is ready, which on a loaded machine can be
  // a while after the workbench is drawn: ask the palette again until it is.
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      await runCommand(page, 'Terminal: Create New Terminal', 10_000);
      break;
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await page.keyboard.press('Escape');
      await page.waitForTimeout(2_000);
    }
  }
  await page.locator(ROWS, { hasText: /[$#]\s*$/ }).first().waitFor({ state: 'visible', timeout: 30_000 });
}

/** Types a command into the focused terminal and presses Enter. */
export async function typeInTerminal(page: Page, command: string): Promise<void> {
  await page.locator('.xterm-helper-textarea').first().focus();
  await page.keyboard.type(command);
  await page.keyboard.press('Enter');
}

/** The last terminal row whose text contains `text` (the output, not the command that printed it). */
export async function terminalRow(page: Page, text: string, timeoutMs = 20_000): Promise<Locator> {
  const rows = page.locator(ROWS, { hasText: text });
  await rows.first().waitFor({ state: 'visible', timeout: timeoutMs });
  return rows.last();
}

/** The screen point over character `index` of `row`: the cell width is the text's width over its length. */
async function pointAt(row: Locator, index: number): Promise<{ x: number; y: number }> {
  const box = await row.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const r = range.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height, length: (el.textContent ?? '').length };
  });
  const cell = box.width / Math.max(1, box.length);
  return { x: box.left + (index + 0.5) * cell, y: box.top + box.height / 2 };
}

/** Moves the mouse over `text` in `row` and returns the link's hover text once it contains `expect`. */
export async function hoverTerminalText(page: Page, row: Locator, text: string, expect: string, timeoutMs = 20_000): Promise<{ hover: string; x: number; y: number }> {
  const line = rowText((await row.textContent()) ?? '');
  const at = line.indexOf(text);
  if (at < 0) throw new Error(`"${text}" is not on the row "${line}"`);
  const { x, y } = await pointAt(row, at + Math.floor(text.length / 2));
  const hover = page.locator('.workbench-hover', { hasText: new RegExp(expect.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')) });
  const deadline = Date.now() + timeoutMs;
  // A link is detected when the mouse moves onto it: wiggle until the hover shows.
  for (let i = 0; Date.now() < deadline; i++) {
    await page.mouse.move(x + (i % 2), y);
    // The hover's text as read: whitespace (no-break spaces included) as one space.
    if (await hover.first().isVisible()) return { hover: (await hover.first().innerText()).replace(/\s+/g, ' ').trim(), x, y };
    await page.waitForTimeout(300);
  }
  const last = await page.locator('.workbench-hover').allInnerTexts().catch(() => []);
  throw new Error(`no terminal link hover with "${expect}" over "${text}"; hovers: ${JSON.stringify(last)}`);
}

/** Ctrl+clicks the point, which activates the terminal link under it. */
export async function ctrlClick(page: Page, x: number, y: number): Promise<void> {
  await page.keyboard.down('Control');
  await page.mouse.click(x, y);
  await page.keyboard.up('Control');
}
