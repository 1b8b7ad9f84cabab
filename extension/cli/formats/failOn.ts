import { findEntries, suggestCodes } from '../../core';
import { UsageError } from '../cliTypes';
import type { ScanRow } from './scanRow';

/**
 * `--fail-on CODE,...|any`: which occurrences fail a CI run. Codes are matched case-insensitively
 * against the catalog (and its aliases) and compared in their documented spelling; an unknown
 * code is a usage error, so a typo cannot make a check pass silently.
 */
export type FailOn = (row: ScanRow) => boolean;

/** Parses the option's value into a predicate over rows. */
export function parseFailOn(value: string): FailOn {
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (items.length === 0) throw new UsageError('--fail-on needs "any" or a comma-separated list of codes');
  if (items.some((s) => s.toLowerCase() === 'any')) {
    if (items.length > 1) throw new UsageError('--fail-on "any" cannot be combined with codes');
    return () => true;
  }
  const codes = new Set<string>();
  for (const item of items) {
    const entries = findEntries(item);
    if (entries.length === 0) {
      const hint = suggestCodes(item);
      throw new UsageError(`--fail-on: unknown error code "${item}"${hint.length > 0 ? ` (did you mean ${hint.join(', ')}?)` : ''}`);
    }
    for (const e of entries) codes.add(e.code);
  }
  return (row) => codes.has(row.code);
}

/** The exit code of a run that `--fail-on` fails (0 when it passes), as CI reads a failed step. */
export const FAIL_ON_EXIT = 1;
