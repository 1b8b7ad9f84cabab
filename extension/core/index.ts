/**
 * The pure core shared by the language server, the extension host, the CLI and the webview.
 * Nothing here touches VS Code, Node built-ins, the DOM or LSP types.
 */
export * from './catalog/types';
export { CATALOG, entryKey, entryTitle } from './catalog/catalog';
export { apiLabel } from './explain/labels';
export { ALL_CODES, findEntries, findByStatus, getEntry, suggestCodes } from './catalog/lookup';
export { answersOperation, documentedOperations, foundFirst } from './catalog/entryOperations';
export { text, toLang } from './catalog/localized';
export { parseMessageTemplate, matchesTemplate, isTemplated, type MessageTemplate } from './catalog/messageTemplate';
export { explainEntry, type Explanation, type ExplainedMessage, type ExplainOptions } from './explain/explanation';
export { explanationToMarkdown, type MarkdownLink, type MarkdownOptions } from './explain/renderMarkdown';
export { explanationToPlain } from './explain/renderPlain';
export { explanationToJson, type ExplanationJson } from './explain/renderJson';
export { escapeMarkdown, markdownCode } from './explain/markdownEscape';
export * from './recognize/types';
export { scanText } from './recognize/scanText';
export { withoutTerminalEscapes } from './recognize/ansiFree';
export { occurrencesAt, occurrencesInRecordOf } from './recognize/occurrencesAt';
export { DocumentIndex } from './recognize/documentIndex';
export { occurrenceOf, type IndexedRecord, type RecordOccurrence, type OccurrenceFields } from './recognize/documentIndex';
export { summarize, lineIndexOf, SummaryBuilder, type SummarizedFields } from './recognize/summarize';
export { ownedString } from './recognize/ownedStrings';
export { RecordPieceCutter, lastRecordCut, lastRecordCutInBytes, forcedCutInBytes, type TextPiece } from './pieces/recordPieces';
export { forEachPieceOccurrence, type PiecePosition } from './pieces/pieceOccurrences';
export { recordPiecesOfBytes, type Utf8Decode } from './pieces/bytePieces';
export { anchoredPiecesOfBytes, type AnchoredPiece } from './pieces/anchoredPieces';
export { asUtf8Chunks, utf16ByMark } from './pieces/utf16Input';
export { GENERIC_CODES } from './recognize/codeWords';
export { MAX_RECORD_LINES, type RecordBounds } from './recognize/records';
export { COMMAND_IDS, commandLink, type ShowReferenceArgs, type DecodePayloadArgs, type CopyRequestIdArgs } from './commandIds';
export * from './payload';
export { recordTime, lineTime, recordTimeInText } from './time/recordTime';
export { recordTimeOfPiece, recordTimeOfText, recordTimeOfLines, type TextAbove } from './time/carriedTime';
export { printIso, type RecordTime, type TimestampParts } from './time/timestampParts';
export { buildTimeline, MAX_BUCKETS, type Timeline, type TimelineBucket, type TimelinePoint } from './time/timeline';
export { bucketBounds, bucketCounts, type BucketBounds } from './time/timelineLabels';
export { triageSummary, MAX_REQUEST_IDS, type TriagePoint } from './triage/triageSummary';
export { markdownReport } from './triage/markdownReport';
export { entryOfRow, oneLineMeaning } from './triage/entryMeaning';
export { summarizeRecords, prepareRecordTimes } from './triage/summarizeRecords';
