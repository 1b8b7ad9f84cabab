import { readWorkspaceBytes } from '../platform/workspaceFiles';
import type { LogByteSource } from './logBytes';

/**
 * The largest file read through vscode.workspace.fs: that API hands over a whole file at once,
 * so its size is what the scan holds in memory (plus one piece). Larger files need the desktop,
 * where `file:` URIs are streamed.
 */
export const WORKSPACE_FS_LIMIT = 256 * 1024 * 1024;

const CHUNK = 1 << 20;

/** Thrown when a file is over WORKSPACE_FS_LIMIT; the command says so in plain words. */
export class TooLargeError extends Error {
  constructor(readonly size: number) {
    super(`over ${WORKSPACE_FS_LIMIT} bytes`);
  }
}

/**
 * Reads any URI through vscode.workspace.fs (virtual workspaces, remote schemes, VS Code for the
 * Web): the file at once, up to WORKSPACE_FS_LIMIT, then handed on in 1 MiB chunks.
 */
export const workspaceFsBytes: LogByteSource = {
  handles: () => true,
  async *read(uri, onProgress, token) {
    const read = await readWorkspaceBytes(uri, WORKSPACE_FS_LIMIT);
    if (!read.ok) throw new TooLargeError(read.size);
    const bytes = read.content;
    for (let at = 0; at < bytes.length && !token.isCancellationRequested; at += CHUNK) {
      const chunk = bytes.subarray(at, at + CHUNK);
      onProgress(at + chunk.length, bytes.length);
      yield chunk;
    }
  },
};
