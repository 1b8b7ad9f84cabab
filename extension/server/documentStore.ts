import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Occurrence } from '../core/recognize/types';
import type { OccurrenceIndex, Recognition } from './recognition';
import { textDocumentLines } from './textDocumentLines';

/** One open document, its line view, and its occurrence index once something needed it. */
export interface TrackedDocument {
  readonly document: TextDocument;
  index: OccurrenceIndex | undefined;
}

/**
 * The open documents, updated incrementally. We keep them ourselves rather than through
 * `TextDocuments` because the index must see each change's line range, which `TextDocuments`
 * applies without telling. The index is built lazily: a hover needs only the hovered line.
 */
export class DocumentStore {
  private readonly docs = new Map<string, TrackedDocument>();

  constructor(private readonly recognition: Recognition) {}

  open(uri: string, languageId: string, version: number, text: string): TrackedDocument {
    const tracked: TrackedDocument = { document: TextDocument.create(uri, languageId, version, text), index: undefined };
    this.docs.set(uri, tracked);
    return tracked;
  }

  get(uri: string): TrackedDocument | undefined {
    return this.docs.get(uri);
  }

  close(uri: string): void {
    this.docs.delete(uri);
  }

  /** Applies the changes one by one, telling the index which lines each replaced. */
  change(uri: string, version: number, changes: readonly TextDocumentContentChangeEvent[]): TrackedDocument | undefined {
    const tracked = this.docs.get(uri);
    if (!tracked) return undefined;
    const { document } = tracked;
    for (const change of changes) {
      if (!('range' in change) || !change.range) {
        TextDocument.update(document, [change], version);
        tracked.index = undefined;
        continue;
      }
      const start = document.positionAt(document.offsetAt(change.range.start));
      const end = document.positionAt(document.offsetAt(change.range.end));
      TextDocument.update(document, [change], version);
      tracked.index?.applyChange(start.line, end.line, countLineBreaks(change.text) + 1);
    }
    return tracked;
  }

  /** The document's index, built on first use. */
  indexOf(tracked: TrackedDocument): OccurrenceIndex {
    tracked.index ??= this.recognition.createIndex(textDocumentLines(tracked.document));
    return tracked.index;
  }

  /** Occurrences whose record touches `line`, without building the whole index. */
  nearLine(tracked: TrackedDocument, line: number): readonly Occurrence[] {
    return this.recognition.occurrencesNearLine(textDocumentLines(tracked.document), line);
  }

  summary(tracked: TrackedDocument) {
    const { document } = tracked;
    return this.recognition.summarize(document.uri, this.indexOf(tracked).all(), (offset) => document.positionAt(offset).line);
  }

  all(): IterableIterator<TrackedDocument> {
    return this.docs.values();
  }
}

/** Line breaks as TextDocument counts them: \r\n, \r and \n each end a line. */
export function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}
