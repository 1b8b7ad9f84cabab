import * as vscode from 'vscode';

/** A file read whole, or refused before reading because it is larger than the caller allows. */
export type WorkspaceRead<T> = { readonly ok: true; readonly content: T } | { readonly ok: false; readonly size: number };

/**
 * Reads a file through vscode.workspace.fs, the one file API both extension hosts have: it serves
 * `file` on the desktop, `vscode-remote` in a browser connected to a server (code-server,
 * Codespaces), and virtual schemes such as GitHub Repositories' `vscode-vfs`. Host code reads
 * files only through here (there is no node:fs in the browser); a file above `maxBytes` is
 * refused by its size before any of it is read.
 */
export async function readWorkspaceBytes(uri: vscode.Uri, maxBytes: number): Promise<WorkspaceRead<Uint8Array>> {
  const { size } = await vscode.workspace.fs.stat(uri);
  if (size > maxBytes) return { ok: false, size };
  return { ok: true, content: await vscode.workspace.fs.readFile(uri) };
}

/** Like readWorkspaceBytes, decoded as UTF-8 (a byte order mark is dropped, bad bytes become U+FFFD). */
export async function readWorkspaceText(uri: vscode.Uri, maxBytes: number): Promise<WorkspaceRead<string>> {
  const read = await readWorkspaceBytes(uri, maxBytes);
  return read.ok ? { ok: true, content: new TextDecoder('utf-8').decode(read.content) } : read;
}
