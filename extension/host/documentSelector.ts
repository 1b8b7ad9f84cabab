import type { DocumentSelector } from 'vscode-languageclient';

/**
 * Where the server looks: saved files, untitled editors, Output channels, virtual workspaces
 * (GitHub Repositories' `vscode-vfs`) and, for the browser extension host of VS Code for the Web
 * connected to a server (code-server, Codespaces), the server's files as `vscode-remote`. KMS errors turn up in any kind of text, so every language
 * is included unless `kmsErrors.languages` narrows it.
 */
export const SCHEMES: readonly string[] = ['file', 'untitled', 'output', 'vscode-vfs', 'vscode-remote'];

/** The document selector for the `kmsErrors.languages` setting (`["*"]`, the default, means all). */
export function documentSelectorFor(languages: readonly string[] | undefined): DocumentSelector {
  const wanted = (languages ?? []).filter((l) => typeof l === 'string' && l.trim() !== '');
  const all = wanted.length === 0 || wanted.includes('*');
  return SCHEMES.flatMap((scheme) => (all ? [{ scheme }] : wanted.map((language) => ({ scheme, language }))));
}
