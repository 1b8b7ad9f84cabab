import { scanText } from '../../extension/core';

/** The codes a full scan reports in `text`, in order: what the precision tests compare. */
export const codes = (text: string): string[] => scanText(text).map((o) => o.code);
