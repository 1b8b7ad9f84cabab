/**
 * The two extension hosts the e2e suites run the packaged extension in. `desktop`: code-server's
 * Node extension host runs the `main` entry, and the language server is a Node process, as in
 * desktop VS Code. `web`: code-server's Web Worker extension host runs the `browser` entry, and
 * the language server runs in a Web Worker, as in vscode.dev, github.dev or a Codespace in a tab.
 */
export type E2eMode = 'desktop' | 'web';

/** The extension's id, `<publisher>.<name>` from package.json. */
export const EXTENSION_ID = 'kms-errors.kms-errors';

/**
 * User settings for a mode. An extension with both `main` and `browser` runs its `main` in
 * code-server by default; marking it a UI extension makes code-server run its `browser` entry in
 * the Web Worker extension host instead (seen to work: ../shared/design/verified-setup.md).
 */
export function settingsFor(mode: E2eMode): Record<string, unknown> {
  return mode === 'web' ? { 'remote.extensionKind': { [EXTENSION_ID]: ['ui'] } } : {};
}
