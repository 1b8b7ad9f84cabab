import type { TrackedDocument } from './documentStore';
import { soon } from './soon';

/**
 * Characters indexed per turn of the event loop: a few milliseconds of scanning, so a hover or an
 * edit that arrives meanwhile waits at most that long.
 */
const CHARS_PER_TURN = 1024 * 1024;

/**
 * Finishes, a slice per turn of the event loop, the indexes that a first publication left
 * partial (DocumentStore.indexUpTo): opening a 50 MB log publishes its first diagnostics once the
 * scan has passed them, and the rest of the document is indexed after, while requests are served
 * between slices. Anything that needs the whole index (the summary, an edit) completes it at once
 * itself, so nothing here is needed for correctness: only for not keeping that work for later.
 */
export class BackgroundIndexing {
  private readonly pending = new Set<TrackedDocument>();
  private scheduled = false;

  /**
   * `isOpen(tracked)` says whether a document is still open (a closed one is dropped);
   * `onComplete` runs when a document's index is complete.
   */
  constructor(
    private readonly isOpen: (tracked: TrackedDocument) => boolean,
    private readonly onComplete: (tracked: TrackedDocument) => void,
    private readonly onError: (tracked: TrackedDocument, error: unknown) => void,
  ) {}

  /** Indexes the rest of `tracked`'s document in the background, if any is left. */
  schedule(tracked: TrackedDocument): void {
    if (!tracked.index || tracked.index.complete) return;
    this.pending.add(tracked);
    this.next();
  }

  dispose(): void {
    this.pending.clear();
  }

  private next(): void {
    if (this.scheduled || this.pending.size === 0) return;
    this.scheduled = true;
    soon(() => {
      this.scheduled = false;
      this.step();
      this.next();
    });
  }

  private step(): void {
    const [tracked] = this.pending;
    if (!tracked) return;
    const index = tracked.index;
    if (!index || !this.isOpen(tracked)) {
      this.pending.delete(tracked);
      return;
    }
    try {
      if (!index.scanOn({ chars: CHARS_PER_TURN })) return;
    } catch (error) {
      this.onError(tracked, error);
    }
    this.pending.delete(tracked);
    if (index.complete) this.onComplete(tracked);
  }
}
