import type * as vscode from 'vscode';
import type { HostToWebview, WebviewKind, WebviewToHost } from '../../../webview/protocol';
import { validateWebviewMessage } from '../validateWebviewMessage';
import { displayLanguage } from './displayLanguage';

/**
 * The host's end of one webview's messages. Messages to the page wait until it has said `ready`
 * (anything posted earlier is lost), then go in order; messages from the page are validated and
 * anything unknown or malformed is dropped before `onMessage` sees it.
 */
export class WebviewChannel implements vscode.Disposable {
  private ready = false;
  private queue: HostToWebview[] = [];
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly webview: vscode.Webview,
    private readonly view: WebviewKind,
    onMessage: (message: WebviewToHost) => void,
  ) {
    this.subscription = webview.onDidReceiveMessage((raw: unknown) => {
      const message = validateWebviewMessage(raw);
      if (!message) return;
      if (message.type === 'ready') {
        if (message.view !== this.view) return;
        this.ready = true;
        void this.webview.postMessage({ type: 'init', lang: displayLanguage() } satisfies HostToWebview);
        const pending = this.queue;
        this.queue = [];
        for (const m of pending) void this.webview.postMessage(m);
        return;
      }
      onMessage(message);
    });
  }

  /** Sends now if the page is ready, otherwise once it is. */
  post(message: HostToWebview): void {
    if (this.ready) void this.webview.postMessage(message);
    else this.queue.push(message);
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
