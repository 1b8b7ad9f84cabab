import { DocumentIndex } from '../core/recognize/documentIndex';
import { occurrencesInRecordOf } from '../core/recognize/occurrencesAt';
import { summarize } from '../core/recognize/summarize';
import type { Recognition } from './recognition';

/**
 * Binds the server's Recognition seam to core/recognize. The only translation: the server
 * reports a change's replaced lines inclusively (as LSP ranges read), the index exclusively.
 */
export const recognizeAdapter: Recognition = {
  createIndex(source) {
    const index = new DocumentIndex(source);
    return {
      all: () => index.occurrences(),
      applyChange: (startLine, endLine, newLineCount) => index.applyChange(startLine, endLine + 1, newLineCount),
    };
  },
  occurrencesNearLine: (source, line) => (line >= 0 && line < source.lineCount ? occurrencesInRecordOf(source, line) : []),
  summarize,
};
