import type * as vscode from 'vscode';

/** Bytes read so far and the file's size (compressed bytes for a `.gz`). */
export type ReadProgress = (bytesRead: number, totalBytes: number) => void;

/**
 * The seam between Scan Log File and the runtime: a source of a file's raw bytes, read in
 * chunks. In the desktop (a Node extension host) `file:` URIs are read as Node streams; every
 * other scheme, and every file in VS Code for the Web, through vscode.workspace.fs.
 */
export interface LogByteSource {
  /** Whether this source reads `uri`. */
  handles(uri: vscode.Uri): boolean;
  /** The bytes of `uri` in chunks; stops early when `token` is cancelled. Throws on read errors. */
  read(uri: vscode.Uri, onProgress: ReadProgress, token: vscode.CancellationToken): AsyncIterable<Uint8Array>;
}

/** The first source that handles `uri` (the list ends with one that handles every URI). */
export function sourceFor(sources: readonly LogByteSource[], uri: vscode.Uri): LogByteSource | undefined {
  return sources.find((s) => s.handles(uri));
}
