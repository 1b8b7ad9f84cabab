import type { WebviewToHost } from './protocol';

/** What VS Code gives a webview page: post to the host and a state kept across hide and reload. */
interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

// acquireVsCodeApi may be called only once per page.
const api: VsCodeApi = acquireVsCodeApi();

/** Posts a typed message to the extension host. */
export function postToHost(message: WebviewToHost): void {
  api.postMessage(message);
}

/** The state saved by this page before it was hidden or the window reloaded, if any. */
export function loadState(): unknown {
  return api.getState();
}

/** Saves plain JSON state that VS Code restores with the page. */
export function saveState(state: unknown): void {
  api.setState(state);
}
