import { toLang } from '../extension/core/catalog/localized';
import { registerComponents } from './components';
import { readHostMessage } from './hostMessages';
import type { HostToWebview } from './protocol';
import { mountPanel } from './panel/decodePanel';
import { mountReference } from './sidebar/referenceView';
import { postToHost } from './vscodeApi';

// One bundle serves both webviews; the page says which one it is (see html.ts).
registerComponents();
const root = document.getElementById('app');
const view = document.body.dataset.view === 'panel' ? 'panel' : 'reference';
const lang = toLang(document.body.dataset.lang);

if (root) {
  const handle: (message: HostToWebview) => void = view === 'panel' ? mountPanel(root, lang) : mountReference(root, lang);
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = readHostMessage(event.data);
    if (message) handle(message);
  });
  postToHost({ type: 'ready', view });
}
