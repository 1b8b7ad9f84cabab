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
export { occurrencesAt, occurrencesInRecordOf } from './recognize/occurrencesAt';
export { DocumentIndex } from './recognize/documentIndex';
export { occurrenceOf, type IndexedRecord, type RecordOccurrence, type OccurrenceFields } from './recognize/documentIndex';
export { summarize, lineIndexOf } from './recognize/summarize';
export { GENERIC_CODES } from './recognize/codeWords';
export { MAX_RECORD_LINES, type RecordBounds } from './recognize/records';
export { COMMAND_IDS, commandLink, type ShowReferenceArgs, type DecodePayloadArgs, type CopyRequestIdArgs } from './commandIds';
export * from './payload';
