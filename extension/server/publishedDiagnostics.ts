import type { Diagnostic, Position, Range } from 'vscode-languageserver';

/**
 * The diagnostics last published for each open document, so a hover can tell whether the editor
 * shows a diagnostic at the hovered occurrence. It follows every publication, so
 * `kmsErrors.diagnostics` (`logs` in a non-log document, `off`) and `maxDiagnostics` are taken
 * into account as the editor sees them: an occurrence past the limit has no diagnostic.
 */
export class PublishedDiagnostics {
  private readonly byUri = new Map<string, readonly Diagnostic[]>();

  /** Remembers a publication (an empty one forgets the document). */
  record(uri: string, diagnostics: readonly Diagnostic[]): void {
    if (diagnostics.length === 0) this.byUri.delete(uri);
    else this.byUri.set(uri, diagnostics);
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  /**
   * Whether a diagnostic with exactly this range was last published for `uri`. Publications list
   * occurrences in document order (records in order, each record's occurrences by start), so a
   * binary search finds the first one starting at `range.start`: a hover costs O(log n) even with
   * a large maxDiagnostics.
   */
  has(uri: string, range: Range): boolean {
    const list = this.byUri.get(uri);
    if (!list) return false;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(list[mid]!.range.start, range.start) < 0) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < list.length && compare(list[i]!.range.start, range.start) === 0; i++) {
      if (compare(list[i]!.range.end, range.end) === 0) return true;
    }
    return false;
  }
}

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}
