import { markdownReport } from '../../core';
import { summaryOfRows } from './rowSummary';
import type { ScanFormatter } from './scanRow';

/** `--format markdown`: the core's report (the side bar's Copy report prints the same). */
export const markdownFormat: ScanFormatter = (rows, { name, lang }) => markdownReport(summaryOfRows(name, rows), name, lang);
