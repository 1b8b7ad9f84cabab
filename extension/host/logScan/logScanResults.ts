import * as vscode from 'vscode';
import type { DocumentSummary } from '../../core';

/**
 * What Scan Log File found, by file: its diagnostics (in a collection of the host's own, so the
 * Problems panel lists files the language server never sees, and clicking one opens the file at
 * the line) and its summary for the side bar's "In the active document".
 */
export class LogScanResults implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('kms-errors-log-scan');
  private readonly summaries = new Map<string, DocumentSummary>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a file's results were replaced. */
  readonly onDidChange = this.changed.event;

  set(uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[], summary: DocumentSummary): void {
    this.diagnostics.set(uri, diagnostics);
    this.summaries.set(uri.toString(), summary);
    this.changed.fire(uri);
  }

  /** The summary of a scanned file, or undefined when it was not scanned. */
  summaryFor(uri: vscode.Uri): DocumentSummary | undefined {
    return this.summaries.get(uri.toString());
  }

  dispose(): void {
    this.diagnostics.dispose();
    this.changed.dispose();
    this.summaries.clear();
  }
}
