import { CATALOG } from '../../extension/core/catalog/catalog';
import { findEntries, getEntry } from '../../extension/core/catalog/lookup';
import { API_SURFACES, isApiSurface, type ApiSurface, type Lang } from '../../extension/core/catalog/types';
import { explainEntry } from '../../extension/core/explain/explanation';
import { apiLabel } from '../../extension/core/explain/labels';
import type { Choice, ValueControl } from '../components';
import { createDropdown, createTextField } from '../components';
import { el, replaceChildren } from '../dom';
import { renderExplanation } from '../explanationView';
import type { HostToWebview } from '../protocol';
import { t } from '../strings';
import { loadState, saveState } from '../vscodeApi';
import { createEntryList } from './entryList';
import type { ReferenceFilter } from './filterEntries';
import { NO_FILTER, filterEntries, hasEntriesWithoutStatus, indexEntries, operationsOf, statusesOf } from './filterEntries';
import type { SummaryState } from './summarySection';
import { renderSummary } from './summarySection';

/** What the reference keeps across hide and reload. */
interface ReferenceState {
  readonly filter: ReferenceFilter;
  readonly selectedKey: string | null;
}

const INDEX = indexEntries(CATALOG);

/**
 * The side-bar reference: search and filters over the whole catalog, the keyboard-navigable list,
 * the selected entry's details, and the active document's summary. Returns the handler for host
 * messages.
 */
export function mountReference(root: HTMLElement, initialLang: Lang): (message: HostToWebview) => void {
  let lang = initialLang;
  const saved = readState(loadState());
  let filter = saved.filter;
  let selectedKey = saved.selectedKey;
  let summary: SummaryState = { documentName: null, summary: null };
  // What the text around a revealed code said, applied while that entry stays selected.
  let context: { key: string; message?: string; operation?: string } | null = null;

  const summaryHost = el('div', { className: 'summary-host' });
  const controls = el('div', { className: 'filters', attrs: { role: 'search' } });
  const count = el('p', { className: 'muted result-count', attrs: { 'aria-live': 'polite', id: 'result-count' } });
  const details = el('div', { className: 'details', attrs: { role: 'region', 'aria-live': 'polite', id: 'entry-details' } });
  let list = createEntryList(t(lang, 'entries'), openEntry);
  let search: ValueControl;
  let status: ValueControl;
  let api: ValueControl;
  let operation: ValueControl;

  function buildControls(): void {
    search = createTextField(t(lang, 'search'), { placeholder: t(lang, 'searchPlaceholder'), onInput: onFilterChange });
    search.element.classList.add('search');
    const statusChoices: Choice[] = [
      { value: 'all', label: t(lang, 'allStatuses') },
      ...statusesOf(CATALOG).map((s) => ({ value: String(s), label: String(s) })),
      ...(hasEntriesWithoutStatus(CATALOG) ? [{ value: 'none', label: t(lang, 'noStatus') }] : []),
    ];
    status = createDropdown(t(lang, 'filterStatus'), statusChoices, onFilterChange);
    const apiChoices: Choice[] = [
      { value: 'all', label: t(lang, 'allApis') },
      ...API_SURFACES.map((a) => ({ value: a, label: apiLabel(a, lang) })),
    ];
    api = createDropdown(t(lang, 'filterApi'), apiChoices, onFilterChange);
    const operationChoices: Choice[] = [{ value: 'all', label: t(lang, 'allOperations') }, ...operationsOf(CATALOG).map((o) => ({ value: o, label: o }))];
    operation = createDropdown(t(lang, 'filterOperation'), operationChoices, onFilterChange);
    for (const [control, value] of [
      [search, filter.query],
      [status, String(filter.status)],
      [api, filter.api],
      [operation, filter.operation],
    ] as const) {
      control.value = value;
    }
    search.element.setAttribute('aria-controls', 'entry-list');
    replaceChildren(controls, [search.element, el('div', { className: 'filter-row' }, [status.element, api.element, operation.element])]);
  }

  function render(): void {
    document.documentElement.lang = lang;
    list = createEntryList(t(lang, 'entries'), openEntry);
    list.element.id = 'entry-list';
    buildControls();
    replaceChildren(root, [
      el('h1', { className: 'visually-hidden', text: t(lang, 'referenceTitle') }),
      summaryHost,
      controls,
      count,
      list.element,
      details,
    ]);
    replaceChildren(summaryHost, [renderSummary(summary, lang)]);
    applyFilter();
    // The selected entry keeps its details even when the filters hide it from the list.
    if (selectedKey && !list.select(selectedKey, false)) openEntry(selectedKey);
  }

  function onFilterChange(): void {
    const rawStatus = status.value;
    filter = {
      query: search.value,
      status: rawStatus === 'all' || rawStatus === 'none' ? rawStatus : Number(rawStatus),
      api: isApiSurface(api.value) ? api.value : 'all',
      operation: operation.value || 'all',
    };
    applyFilter();
    persist();
  }

  function applyFilter(): void {
    const shown = filterEntries(INDEX, filter);
    list.setItems(shown, lang);
    count.textContent = shown.length === 0 ? t(lang, 'noResults') : t(lang, 'results', shown.length, INDEX.length);
  }

  function openEntry(key: string): void {
    selectedKey = key;
    const [apiPart, ...codeParts] = key.split(':');
    const entry = getEntry(apiPart as ApiSurface, codeParts.join(':'));
    if (!entry) return;
    const found = context?.key === key ? context : undefined;
    const explanation = explainEntry(entry, { lang, ...(found?.message ? { message: found.message } : {}), ...(found?.operation ? { operation: found.operation } : {}) });
    replaceChildren(details, [renderExplanation(explanation, lang, { copyCode: true, copyMessage: true, showInReference: false })]);
    persist();
  }

  function reveal(apiSurface: ApiSurface | null, code: string, message?: string, operation?: string): void {
    const entry = apiSurface ? getEntry(apiSurface, code) : findEntries(code)[0];
    if (!entry) return;
    const key = `${entry.api}:${entry.code}`;
    context = { key, ...(message ? { message } : {}), ...(operation ? { operation } : {}) };
    // The entry may be hidden by the current filters: clear them so it can be shown.
    if (!filterEntries(INDEX, filter).some((i) => i.key === key)) {
      filter = NO_FILTER;
      render();
    }
    list.select(key, true);
  }

  function persist(): void {
    saveState({ filter, selectedKey } satisfies ReferenceState);
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
      case 'revealEntry':
        reveal(message.api, message.code, message.message, message.operation);
        break;
      case 'summary':
        summary = { documentName: message.documentName, summary: message.summary };
        replaceChildren(summaryHost, [renderSummary(summary, lang)]);
        break;
      default:
        break;
    }
  };
}

/** Saved state is read defensively: an older version of the page may have saved another shape. */
function readState(raw: unknown): ReferenceState {
  const state = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<ReferenceState>;
  const f = (state.filter ?? {}) as Partial<ReferenceFilter>;
  return {
    filter: {
      query: typeof f.query === 'string' ? f.query : '',
      status: f.status === 'none' || typeof f.status === 'number' ? f.status : 'all',
      api: isApiSurface(f.api) ? f.api : 'all',
      operation: typeof f.operation === 'string' ? f.operation : 'all',
    },
    selectedKey: typeof state.selectedKey === 'string' ? state.selectedKey : null,
  };
}
