import type { Lang } from '../extension/core/catalog/types';
import type { Explanation } from '../extension/core/explain/explanation';
import { createButton } from './components';
import { el } from './dom';
import { renderEntryOperations, renderOperationList } from './operationList';
import { t } from './strings';
import { postToHost } from './vscodeApi';

/** Which buttons an explanation shows under its text. */
export interface ExplanationActions {
  readonly copyCode: boolean;
  readonly copyMessage: boolean;
  readonly showInReference: boolean;
}

/**
 * One catalog explanation as DOM: meaning, fix, server messages, operations and notes, then the
 * actions. Shared by the reference's details and the decode panel. Every text goes through
 * textContent (see dom.ts).
 */
export function renderExplanation(ex: Explanation, lang: Lang, actions: ExplanationActions): HTMLElement {
  const section = el('section', { className: 'explanation', attrs: { 'aria-label': ex.title } });
  const status = ex.httpStatus === null ? '' : `HTTP ${ex.httpStatus} · `;
  section.append(
    el('h3', { className: 'explanation-title', text: ex.title }),
    el('p', { className: 'explanation-sub', text: `${status}${ex.apiLabel}` }),
    el('h4', { text: t(lang, 'meaning') }),
    el('p', { className: 'explanation-meaning', text: ex.meaning }),
    el('h4', { text: t(lang, 'fix') }),
    el('p', { className: 'explanation-fix', text: ex.fix }),
  );
  if (ex.messages.length > 0) {
    section.append(
      el('h4', { text: t(lang, 'messages') }),
      el(
        'ul',
        { className: 'explanation-messages' },
        ex.messages.map((m) =>
          el('li', { className: m.matched ? 'matched' : '' }, [
            el('code', { text: m.text }),
            m.operations ? el('div', { className: 'variant-operations' }, [el('span', { text: t(lang, 'onlyFrom', '') }), renderOperationList(ex, m.operations, lang, 'inline')]) : null,
            m.meaning ? el('div', { className: 'variant-meaning', text: m.meaning }) : null,
          ]),
        ),
      ),
    );
  }
  section.append(el('h4', { text: t(lang, 'operations') }), renderEntryOperations(ex, lang));
  for (const other of ex.otherStatuses) {
    section.append(el('p', { className: 'explanation-other-status', text: t(lang, 'otherStatus', other.httpStatus, other.operations.join(', ')) }));
  }
  if (ex.source) section.append(el('p', { className: 'explanation-source', text: t(lang, 'source', ex.source) }));
  if (ex.notes.length > 0) {
    section.append(el('h4', { text: t(lang, 'notes') }), el('ul', {}, ex.notes.map((n) => el('li', { text: n }))));
  }
  const retry = ex.retryable ? `${t(lang, 'retried')}${ex.retriedBy.length > 0 ? ` (${ex.retriedBy.join(', ')})` : ''}` : t(lang, 'notRetried');
  section.append(el('p', { className: 'explanation-retry', text: retry }));
  section.append(renderActions(ex, lang, actions));
  return section;
}

function renderActions(ex: Explanation, lang: Lang, actions: ExplanationActions): HTMLElement {
  const row = el('div', { className: 'actions' });
  const message = (ex.messages.find((m) => m.matched) ?? ex.messages[0])?.text;
  if (actions.copyCode && ex.code !== '') {
    row.append(createButton(t(lang, 'copyCode'), () => postToHost({ type: 'copy', what: 'errorCode', text: ex.code }), { appearance: 'secondary' }));
  }
  if (actions.copyMessage && message !== undefined) {
    row.append(createButton(t(lang, 'copyMessage'), () => postToHost({ type: 'copy', what: 'message', text: message }), { appearance: 'secondary' }));
  }
  if (actions.showInReference) {
    row.append(
      createButton(t(lang, 'showInReference'), () => postToHost({ type: 'showInReference', api: ex.api, code: ex.code }), { appearance: 'secondary' }),
    );
  }
  row.append(createButton(t(lang, 'openDocs'), () => postToHost({ type: 'openDocs', url: ex.docUrl }), { appearance: 'secondary' }));
  return row;
}
