import type { Diagnostic } from 'vscode-languageserver';

/** What one publication sends: the document version it was computed for, and its diagnostics. */
export interface DiagnosticsResult {
  readonly version: number;
  readonly diagnostics: Diagnostic[];
}

/**
 * Publishes diagnostics a short while after the last edit of a document, so a burst of
 * keystrokes costs one publication. Documents that should have none get an empty list once,
 * which clears what an earlier setting left in the Problems panel.
 */
export class DiagnosticsPublisher {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Documents whose last publication was not empty. */
  private readonly nonEmpty = new Set<string>();

  constructor(
    private readonly compute: (uri: string) => DiagnosticsResult | null,
    private readonly send: (uri: string, result: DiagnosticsResult) => void,
    private readonly onError: (uri: string, error: unknown) => void,
    private readonly delayMs: number,
  ) {}

  schedule(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.set(uri, setTimeout(() => this.publish(uri), this.delayMs));
  }

  /** Drops a pending publication and clears what was published (the document was closed). */
  forget(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    if (this.nonEmpty.delete(uri)) this.send(uri, { version: 0, diagnostics: [] });
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  private publish(uri: string): void {
    this.timers.delete(uri);
    try {
      const result = this.compute(uri);
      if (!result) return;
      if (result.diagnostics.length === 0 && !this.nonEmpty.has(uri)) return;
      this.send(uri, result);
      if (result.diagnostics.length > 0) this.nonEmpty.add(uri);
      else this.nonEmpty.delete(uri);
    } catch (error) {
      this.onError(uri, error);
    }
  }
}
