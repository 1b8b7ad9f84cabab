import { githubFormat } from './githubFormat';
import { humanFormat } from './humanFormat';
import { markdownFormat } from './markdownFormat';
import { sarifFormat } from './sarifFormat';
import type { GithubLevel, ScanFormatter } from './scanRow';

/**
 * The formats that print once every row is known. `json` is not here: it is written row by row as
 * rows are found (jsonScanSink.ts), so a 1 GiB log is scanned in bounded memory.
 */
export const COLLECTED_FORMATS = { human: humanFormat, markdown: markdownFormat, github: githubFormat, sarif: sarifFormat } as const satisfies Record<string, ScanFormatter>;

/** A format's name, as `--format` takes it. */
export type ScanFormatName = keyof typeof COLLECTED_FORMATS | 'json';

/** The names, for `--format` validation and help. */
export const SCAN_FORMAT_NAMES: readonly ScanFormatName[] = ['human', 'json', 'markdown', 'github', 'sarif'];

/** The levels `--level` accepts. */
export const GITHUB_LEVELS: readonly GithubLevel[] = ['notice', 'warning', 'error'];
