import * as vscode from 'vscode';
import { ownedString, type Lang, type Occurrence, type PiecePosition } from '../../core';
import { likeliestEntry, occurrenceSentence, occurrenceTitle } from '../occurrenceWords';

// A log repeats the same few errors thousands of times: their sentences are made once.
const SENTENCE_CACHE_LIMIT = 2000;

/**
 * Builds the Information diagnostics of a scanned log, as the language server words them
 * (`Forbidden.KeyNotFound · HTTP 404 · KMS instance API: ...`), at most `max` of them. Only
 * strings the diagnostic needs are kept, copied by VS Code's own serialization, so no piece of
 * the file stays in memory.
 */
export class LogDiagnosticsBuilder {
  readonly diagnostics: vscode.Diagnostic[] = [];
  private readonly sentences = new Map<string, string>();

  constructor(
    private readonly lang: Lang,
    private readonly max: number,
  ) {}

  add(o: Occurrence, at: PiecePosition): void {
    if (this.diagnostics.length >= this.max) return;
    const range = new vscode.Range(at.line, at.column, at.endLine, at.endColumn);
    const d = new vscode.Diagnostic(range, this.sentenceOf(o), vscode.DiagnosticSeverity.Information);
    d.source = 'KMS';
    const entry = likeliestEntry(o);
    const title = ownedString(occurrenceTitle(o));
    d.code = entry ? { value: title, target: vscode.Uri.parse(entry.docUrl) } : title;
    this.diagnostics.push(d);
  }

  private sentenceOf(o: Occurrence): string {
    const key = [o.code, o.httpStatus, o.message, o.operation, ...o.entryKeys].join('\u0000');
    let sentence = this.sentences.get(key);
    if (sentence === undefined) {
      sentence = ownedString(occurrenceSentence(o, this.lang));
      if (this.sentences.size >= SENTENCE_CACHE_LIMIT) this.sentences.clear();
      // The key holds strings sliced from the piece: a copy keeps the piece out of the cache.
      this.sentences.set(JSON.parse(JSON.stringify(key)) as string, sentence);
    }
    return sentence;
  }
}
