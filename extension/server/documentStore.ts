import type { Occurrence } from '../core/recognize/types';
import { LineDocument, type DocumentChange } from './lineDocument';
import type { OccurrenceIndex, Recognition } from './recognition';
import { windowedLines } from './textDocumentLines';
import type { DocumentText } from './textPieces';

/** One open document, its line view, and its occurrence index once something needed it. */
export interface TrackedDocument {
  readonly document: LineDocument;
  index: OccurrenceIndex | undefined;
}

/**
 * The open documents, updated incrementally. We keep them ourselves rather than through
 * `TextDocuments` because the index must see each change's line range, which `TextDocuments`
 * applies without telling, and because its documents copy the whole text on every edit (see
 * LineDocument). The index is built lazily: a hover needs only the hovered line.
 */
export class DocumentStore {
  private readonly docs = new Map<string, TrackedDocument>();

  constructor(private readonly recognition: Recognition) {}

  open(uri: string, languageId: string, version: number, text: DocumentText): TrackedDocument {
    const tracked: TrackedDocument = { document: new LineDocument(uri, languageId, version, text), index: undefined };
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
  change(uri: string, version: number, changes: readonly DocumentChange[]): TrackedDocument | undefined {
    const tracked = this.docs.get(uri);
    if (!tracked) return undefined;
    // An index still being built in the background is finished on the text it was built from.
    tracked.index?.scanOn({});
    for (const change of changes) {
      const edit = tracked.document.apply(change, version);
      if (!('range' in change) || !change.range) tracked.index = undefined;
      else tracked.index?.applyChange(edit.startLine, edit.endLine, edit.newLineCount);
    }
    return tracked;
  }

  /** The document's index, built on first use, complete. */
  indexOf(tracked: TrackedDocument): OccurrenceIndex {
    tracked.index ??= this.recognition.createIndex(tracked.document.source);
    tracked.index.scanOn({});
    return tracked.index;
  }

  /**
   * The document's index with at least its first `occurrences` occurrences (all of them when it
   * holds fewer): what a first publication of diagnostics needs. A new index is built lazily,
   * only that far; `index.complete` tells whether the rest is still to scan.
   */
  indexUpTo(tracked: TrackedDocument, occurrences: number): OccurrenceIndex {
    tracked.index ??= this.recognition.createIndex(tracked.document.source, { lazy: true });
    tracked.index.scanOn({ occurrences });
    return tracked.index;
  }

  /**
   * Occurrences whose record touches `line`, without building the whole index. On a very long
   * line only a window around `character` is read.
   */
  nearLine(tracked: TrackedDocument, line: number, character = 0): readonly Occurrence[] {
    return this.recognition.occurrencesNearLine(windowedLines(tracked.document, line, character), line);
  }

  summary(tracked: TrackedDocument) {
    const { document } = tracked;
    return this.recognition.summarize(document.uri, this.indexOf(tracked).records(), document.source);
  }

  /** Reads ahead what the next summary needs (record times), for a document whose index exists. */
  prepareSummary(tracked: TrackedDocument): void {
    if (tracked.index) this.recognition.prepareSummary?.(tracked.index.records(), tracked.document.source);
  }

  all(): IterableIterator<TrackedDocument> {
    return this.docs.values();
  }
}
