import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS_DIR } from './paths';

/** test-results/e2e-metrics.json: figures measured by the package test and the e2e runs. */
export const METRICS_FILE = join(RESULTS_DIR, 'e2e-metrics.json');

export type Metrics = Record<string, number | string>;

/**
 * Merges figures into the metrics file and prints them: each test file runs in its own process,
 * so every one adds its keys to what the others wrote.
 */
export function recordMetrics(figures: Metrics): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const current: Metrics = existsSync(METRICS_FILE) ? (JSON.parse(readFileSync(METRICS_FILE, 'utf8')) as Metrics) : {};
  const merged = { ...current, ...figures, updatedAt: new Date().toISOString() };
  writeFileSync(METRICS_FILE, `${JSON.stringify(merged, null, 2)}\n`);
  for (const [key, value] of Object.entries(figures)) console.log(`# metric ${key}: ${value}`);
}
