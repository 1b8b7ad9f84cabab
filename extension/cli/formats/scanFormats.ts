import { githubFormat } from './githubFormat';
import { humanFormat } from './humanFormat';
import { jsonFormat } from './jsonFormat';
import { markdownFormat } from './markdownFormat';
import { sarifFormat } from './sarifFormat';
import type { GithubLevel, ScanFormatter } from './scanRow';

/** The output formats of `kms-errors scan --format`. */
export const SCAN_FORMATS = { human: humanFormat, json: jsonFormat, markdown: markdownFormat, github: githubFormat, sarif: sarifFormat } as const satisfies Record<string, ScanFormatter>;

/** A format's name. */
export type ScanFormatName = keyof typeof SCAN_FORMATS;

/** The names, for `--format` validation and help. */
export const SCAN_FORMAT_NAMES = Object.keys(SCAN_FORMATS) as ScanFormatName[];

/** The levels `--level` accepts. */
export const GITHUB_LEVELS: readonly GithubLevel[] = ['notice', 'warning', 'error'];
