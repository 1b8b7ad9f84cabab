import type { Frame, Locator, Page } from 'playwright-core';

/**
 * Steps a person takes in the VS Code workbench, by keyboard and by what is on screen. Each waits
 * for the element or text it needs; none sleeps for a fixed time.
 */

const QUICK_INPUT = '.quick-input-widget';

/**
 * Opens a workspace file by clicking it in the Explorer (expanding its folders first), as a
 * person does, and waits for its text in the active editor.
 */
export async function openFile(page: Page, relativePath: string, expectText: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+E');
  const tree = page.locator('.explorer-folders-view .monaco-list');
  await tree.waitFor({ state: 'visible' });
  const parts = relativePath.split('/');
  const fileName = parts[parts.length - 1] ?? relativePath;
  for (const folder of parts.slice(0, -1)) {
    const row = tree.locator(`.monaco-list-row[aria-label="${folder}"]`).first();
    await row.waitFor({ state: 'visible' });
    if ((await row.getAttribute('aria-expanded')) === 'false') {
      await row.click();
      await tree.locator(`.monaco-list-row[aria-label="${folder}"][aria-expanded="true"]`).first().waitFor({ state: 'visible' });
    }
  }
  await tree.locator(`.monaco-list-row[aria-label="${fileName}"]`).first().click();
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor({ state: 'visible' });
  await activeEditor(page).locator('.view-lines', { hasText: expectText }).waitFor({ state: 'visible' });
}

/** The Monaco editor of the active editor group. */
export function activeEditor(page: Page): Locator {
  return page.locator('.editor-group-container.active .monaco-editor').first();
}

/**
 * Puts the cursor `offset` characters into the first match of `text` in the active editor: Ctrl+F
 * selects the match, Escape closes the find widget, Left collapses the selection to its start.
 */
export async function placeCursor(page: Page, text: string, offset = 1): Promise<void> {
  await activeEditor(page).locator('.view-lines').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+F');
  const find = page.locator('.editor-group-container.active .find-widget.visible textarea, .editor-group-container.active .find-widget.visible input').first();
  await find.waitFor({ state: 'visible' });
  await find.fill(text);
  // The widget reports "1 of N" once the search has run; "No results" means the text is not there.
  await page.locator('.editor-group-container.active .find-widget.visible .matchesCount', { hasText: /\d+ of \d+/ }).waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.locator('.editor-group-container.active .find-widget.visible').waitFor({ state: 'hidden' });
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < offset; i++) await page.keyboard.press('ArrowRight');
}

/** The visible editor hover (Ctrl+K Ctrl+I or mouse). */
export function hoverWidget(page: Page): Locator {
  return page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents').first();
}

/**
 * Shows the hover at the cursor with Ctrl+K Ctrl+I until it contains `expect` or `timeoutMs`
 * passes. Retrying covers the first hover in a file, asked before the language server is ready.
 */
export async function showHoverContaining(page: Page, expect: string | RegExp, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: expect }).first();
    try {
      await hover.waitFor({ state: 'visible', timeout: Math.min(5_000, Math.max(1, deadline - Date.now())) });
      return await hover.innerText();
    } catch {
      // Read what is shown now, without waiting: a wait here would eat the retries' time.
      const shown = page.locator('.monaco-hover:not(.hidden)').first();
      last = (await shown.count()) > 0 ? await shown.innerText({ timeout: 1_000 }).catch(() => '(hover gone)') : '(no hover)';
      await page.keyboard.press('Escape');
    }
  }
  throw new Error(`no hover containing ${String(expect)} within ${timeoutMs} ms; last hover: ${last}`);
}

/** Runs a command from the Command Palette (F1) by its title, as a user types it. */
export async function runCommand(page: Page, title: string, timeoutMs?: number): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator(`${QUICK_INPUT} input`);
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  const row = page.locator(`${QUICK_INPUT} .monaco-list-row`, { hasText: title }).first();
  await row.waitFor({ state: 'visible', ...(timeoutMs === undefined ? {} : { timeout: timeoutMs }) });
  await row.click();
}

/** Types into the quick input a command opened (an input box) and accepts it. */
export async function answerInputBox(page: Page, value: string): Promise<void> {
  const input = page.locator(`${QUICK_INPUT} input`);
  await input.waitFor({ state: 'visible' });
  await input.fill(value);
  await page.keyboard.press('Enter');
  await page.locator(QUICK_INPUT).waitFor({ state: 'hidden' });
}

/**
 * The webview frame whose document contains all of `texts`. Webviews are nested iframes
 * (host frame, then the content frame); their content arrives a few seconds after the tab opens.
 */
export async function waitForWebviewFrame(page: Page, texts: readonly string[], timeoutMs = 30_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const text = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
      if (texts.every((t) => text.includes(t))) return frame;
    }
    // Polls the frames: a new frame or new text has no single event to wait for across frames.
    await page.waitForTimeout(250);
  }
  throw new Error(`no webview frame showed ${JSON.stringify(texts)} within ${timeoutMs} ms`);
}

/** Opens the Problems panel and returns its rows' text once one contains `expect`. */
export async function problemsContaining(page: Page, expect: string | RegExp): Promise<string> {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible())) {
    // Ctrl+Shift+M toggles the panel: press it only when the panel is closed.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+M');
  }
  await panel.waitFor({ state: 'visible' });
  await panel.locator('.monaco-list-row', { hasText: expect }).first().waitFor({ state: 'visible' });
  return panel.innerText();
}

/**
 * Trusts the open folder as a person does: the Restricted Mode item in the status bar opens the
 * Workspace Trust editor, whose Trust button lifts Restricted Mode.
 */
export async function trustWorkspace(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().click();
  const editor = page.locator('.workspace-trust-editor');
  await editor.waitFor({ state: 'visible' });
  await editor.locator('.monaco-button', { hasText: /^Trust/ }).first().click();
  await page.locator('.statusbar', { hasText: 'Restricted Mode' }).waitFor({ state: 'hidden' });
  await page.keyboard.press('Control+W');
}

/** Hides the bottom panel (Problems, Output, ...) when it is shown: Ctrl+J toggles it. */
export async function hidePanel(page: Page): Promise<void> {
  const panel = page.locator('.monaco-workbench .part.panel');
  if (!(await panel.isVisible())) return;
  await page.keyboard.press('Control+J');
  await panel.waitFor({ state: 'hidden' });
}

/**
 * Opens the context menu on `row` (an Explorer row) and runs the item `title` from it. Pointing at
 * the item highlights it and Enter runs it: a click can land while the menu settles, and then the
 * menu stays open and nothing runs.
 */
export async function runFromContextMenu(page: Page, row: Locator, title: string): Promise<void> {
  await row.click({ button: 'right' });
  const item = page.locator('.context-view .action-label', { hasText: title }).first();
  await item.waitFor({ state: 'visible' });
  await item.hover();
  await page.keyboard.press('Enter');
}
