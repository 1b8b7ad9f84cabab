import { DocumentIndex } from '../core/recognize/documentIndex';
import { occurrencesInRecordOf } from '../core/recognize/occurrencesAt';
import { prepareRecordTimes, summarizeRecords } from '../core/triage/summarizeRecords';
import type { Occurrence } from '../core/recognize/types';
import type { Recognition } from './recognition';

/**
 * Binds the server's Recognition seam to core/recognize. The server reports a change's replaced
 * lines inclusively (as LSP ranges read), the index exclusively. The index builds a fresh list
 * of every occurrence on each call, so the list is kept until the next change (the summary of
 * one version reads it; diagnostics read the records instead, which need no list).
 */
export const recognizeAdapter: Recognition = {
  createIndex(source, options) {
    const index = new DocumentIndex(source, options);
    let cached: readonly Occurrence[] | undefined;
    return {
      get complete() {
        return index.complete;
      },
      scanOn: (limit) => index.scanOn(limit),
      all: () => {
        index.scanOn({});
        return (cached ??= index.occurrences());
      },
      records: () => index.records(),
      applyChange: (startLine, endLine, newLineCount) => {
        cached = undefined;
        index.applyChange(startLine, endLine + 1, newLineCount);
      },
    };
  },
  occurrencesNearLine: (source, line) => (line >= 0 && line < source.lineCount ? occurrencesInRecordOf(source, line) : []),
  summarize: summarizeRecords,
  prepareSummary: prepareRecordTimes,
};
