import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { englishMeaning } from './expectations';
import { waitForWebviewFrame } from './workbench';

/**
 * The side-bar reference as a person uses it, the same in both extension hosts: open the KMS
 * container, type a search, check that the list is filtered, select the entry and wait for its
 * details.
 */
export async function searchReferenceForThrottling(page: Page): Promise<void> {
  await page.locator('.activitybar .action-item .action-label[aria-label^="KMS Errors"]').first().click();
  const frame = await waitForWebviewFrame(page, ['Forbidden.KeyNotFound', 'Rejected.Throttling']);
  await frame.locator('.search input').fill('Throttling');
  const option = frame.locator('[role="option"]', { hasText: 'Rejected.Throttling' }).first();
  await option.waitFor({ state: 'visible' });
  assert.equal(await frame.locator('[role="option"]', { hasText: 'Forbidden.KeyNotFound' }).count(), 0, 'the search filters the list');
  await option.click();
  await frame.locator('#entry-details', { hasText: englishMeaning('instance', 'Rejected.Throttling') }).waitFor({ state: 'visible' });
}
