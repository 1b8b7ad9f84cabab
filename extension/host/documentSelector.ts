import type { DocumentSelector } from 'vscode-languageclient/node';

/**
 * Where the server looks: saved files, untitled editors, Output channels and virtual workspaces
 * (GitHub Repositories' `vscode-vfs`). KMS errors turn up in any kind of text, so every language
 * is included unless `kmsErrors.languages` narrows it.
 */
export const SCHEMES: readonly string[] = ['file', 'untitled', 'output', 'vscode-vfs'];

/** The document selector for the `kmsErrors.languages` setting (`["*"]`, the default, means all). */
export function documentSelectorFor(languages: readonly string[] | undefined): DocumentSelector {
  const wanted = (languages ?? []).filter((l) => typeof l === 'string' && l.trim() !== '');
  const all = wanted.length === 0 || wanted.includes('*');
  return SCHEMES.flatMap((scheme) => (all ? [{ scheme }] : wanted.map((language) => ({ scheme, language }))));
}
