import * as vscode from 'vscode';
import { anchoredPiecesOfBytes, asUtf8Chunks, forEachPieceOccurrence, SummaryBuilder, type DocumentSummary } from '../../core';
import { displayLanguage } from '../ui/displayLanguage';
import { maybeGunzipChunks } from './gunzipChunks';
import { sourceFor, type LogByteSource } from './logBytes';
import { LogDiagnosticsBuilder } from './logDiagnostics';
import type { LogScanResults } from './logScanResults';

const decoder = new TextDecoder('utf-8');
const decodeUtf8 = (bytes: Uint8Array, start: number, end: number): string => decoder.decode(bytes.subarray(start, end));

/** The outcome of one scan. */
export type LogScanOutcome = { readonly kind: 'done'; readonly summary: DocumentSummary } | { readonly kind: 'cancelled' };

const mib = (bytes: number): string => (bytes / 1048576).toFixed(0);

/**
 * Scans a log file in pieces cut between records, gunzipped as a stream when it is gzip, with
 * progress and Cancel in a notification. Only the records around lines with an anchor literal
 * are decoded and scanned (anchoredPiecesOfBytes, as in the CLI); the extension host is given
 * back after each stretch read, so each is a short, bounded task. Memory stays about one read
 * stretch, whatever the file's size.
 * On success the file's diagnostics and summary replace any earlier ones in `results`.
 */
export async function scanLogFile(uri: vscode.Uri, sources: readonly LogByteSource[], results: LogScanResults): Promise<LogScanOutcome> {
  const source = sourceFor(sources, uri);
  if (!source) throw new Error(`no reader for ${uri.scheme}: URIs`);
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const max = vscode.workspace.getConfiguration('kmsErrors').get<number>('maxDiagnostics', 1000);
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Scanning {0} for KMS errors', name), cancellable: true },
    async (progress, token) => {
      const diagnostics = new LogDiagnosticsBuilder(displayLanguage(), max);
      const summary = new SummaryBuilder();
      let reported = 0;
      const onProgress = (read: number, total: number): void => {
        const percent = total > 0 ? Math.floor((read / total) * 100) : 0;
        if (percent <= reported) return;
        progress.report({ increment: percent - reported, message: vscode.l10n.t('{0} of {1} MiB', mib(read), mib(total)) });
        reported = percent;
      };
      // A UTF-16 log (PowerShell's `>`) is read as the UTF-8 the pieces' reader expects.
      const batches = anchoredPiecesOfBytes(asUtf8Chunks(maybeGunzipChunks(source.read(uri, onProgress, token))), decodeUtf8);
      for await (const pieces of batches) {
        if (token.isCancellationRequested) break;
        for (const piece of pieces) {
          forEachPieceOccurrence(piece, (o, at) => {
            summary.add(o, at.line);
            diagnostics.add(o, at);
          });
        }
        // Let the extension host answer other requests between stretches.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      if (token.isCancellationRequested) return { kind: 'cancelled' } as const;
      const done = summary.build(uri.toString());
      results.set(uri, diagnostics.diagnostics, done);
      return { kind: 'done', summary: done } as const;
    },
  );
}
