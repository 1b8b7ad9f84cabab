import type { Lang } from '../../extension/core/catalog/types';
import { decodePayloadText } from '../../extension/core/payload';
import { PAYLOAD_FORMATS } from '../../extension/core/payload';
import type { PayloadFormat } from '../../extension/core/payload';
import type { ValueControl } from '../components';
import { createButton, createDropdown, createTextArea } from '../components';
import { el, replaceChildren } from '../dom';
import type { HostToWebview } from '../protocol';
import { t } from '../strings';
import { loadState, saveState } from '../vscodeApi';
import { formatLabel, renderResult } from './resultView';

/** What the panel keeps across hide and window reload (VS Code stores it with the webview). */
interface PanelState {
  readonly text: string;
  readonly format: 'auto' | PayloadFormat;
  /** Whether the text was decoded, so a restored panel shows the result again. */
  readonly decoded: boolean;
}

/**
 * The decode panel: paste area, format selector and Decode, then the result. Decoding runs here,
 * in the page: the core is pure and its protobuf code is static (no eval), so it works under the
 * webview's CSP, and the host only forwards text.
 */
export function mountPanel(root: HTMLElement, initialLang: Lang): (message: HostToWebview) => void {
  let lang = initialLang;
  let state = readState(loadState());
  const result = el('div', { className: 'result', attrs: { role: 'region', 'aria-live': 'polite', id: 'decode-result' } });
  let input: ValueControl;
  let format: ValueControl;

  function render(): void {
    document.documentElement.lang = lang;
    input = createTextArea(t(lang, 'payloadInput'), { rows: 6, placeholder: t(lang, 'payloadPlaceholder'), onInput: () => persist(false) });
    input.element.id = 'payload-input';
    input.element.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        decode();
      }
    });
    format = createDropdown(
      t(lang, 'format'),
      [{ value: 'auto', label: t(lang, 'formatAuto') }, ...PAYLOAD_FORMATS.map((f) => ({ value: f, label: formatLabel(f, lang) }))],
      () => persist(state.decoded),
    );
    format.element.id = 'format-select';
    const decodeButton = createButton(t(lang, 'decode'), decode);
    decodeButton.id = 'decode-button';
    replaceChildren(root, [
      el('h1', { text: t(lang, 'panelTitle') }),
      el('div', { className: 'panel-input' }, [input.element, el('div', { className: 'input-row' }, [format.element, decodeButton])]),
      result,
    ]);
    input.value = state.text;
    format.value = state.format;
    if (state.decoded) showResult();
    else replaceChildren(result, [el('p', { className: 'muted', text: t(lang, 'enterPayload') })]);
  }

  function decode(): void {
    persist(true);
    showResult();
  }

  function showResult(): void {
    const outcome = decodePayloadText(state.text, { format: state.format });
    replaceChildren(result, renderResult(outcome, lang));
  }

  function persist(decoded: boolean): void {
    const chosen = format.value;
    state = {
      text: input.value,
      format: chosen === 'auto' || (PAYLOAD_FORMATS as readonly string[]).includes(chosen) ? (chosen as PanelState['format']) : 'auto',
      decoded,
    };
    saveState(state);
  }

  render();
  return (message) => {
    switch (message.type) {
      case 'init':
      case 'setLanguage':
        if (message.lang !== lang) {
          lang = message.lang;
          render();
        }
        break;
      case 'decode': {
        const chosen = (PAYLOAD_FORMATS as readonly string[]).includes(message.format) ? (message.format as PayloadFormat) : 'auto';
        state = { text: message.text, format: chosen, decoded: true };
        saveState(state);
        render();
        break;
      }
      default:
        break;
    }
  };
}

function readState(raw: unknown): PanelState {
  const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<PanelState>;
  const format = typeof s.format === 'string' && (PAYLOAD_FORMATS as readonly string[]).includes(s.format) ? s.format : 'auto';
  return { text: typeof s.text === 'string' ? s.text : '', format, decoded: s.decoded === true };
}
