import { entryTitle } from '../../extension/core/catalog/catalog';
import type { Lang } from '../../extension/core/catalog/types';
import { apiLabel } from '../../extension/core/explain/labels';
import { el } from '../dom';
import type { IndexedEntry } from './filterEntries';

/** The keyboard-navigable list of entries (ARIA listbox with aria-activedescendant). */
export interface EntryList {
  readonly element: HTMLElement;
  /** Shows these entries, keeping the active one when it is still listed. */
  setItems(items: readonly IndexedEntry[], lang: Lang): void;
  /** Makes an entry active and selected, scrolls it into view, optionally focuses the list. */
  select(key: string, focus: boolean): boolean;
}

/**
 * Arrow keys, Home and End move the active option; Enter or Space opens it (onOpen); a click
 * does both. Focus stays on the list itself, and the active option is announced through
 * aria-activedescendant, so one Tab reaches the list and one leaves it.
 */
export function createEntryList(label: string, onOpen: (key: string) => void): EntryList {
  const list = el('ul', { className: 'entry-list', attrs: { role: 'listbox', tabindex: '0', 'aria-label': label } });
  let items: readonly IndexedEntry[] = [];
  let active = -1;
  let selectedKey: string | null = null;

  function optionAt(i: number): HTMLElement | undefined {
    return list.children[i] as HTMLElement | undefined;
  }

  function setActive(i: number): void {
    if (items.length === 0) {
      active = -1;
      list.removeAttribute('aria-activedescendant');
      return;
    }
    active = Math.max(0, Math.min(items.length - 1, i));
    for (const child of Array.from(list.children)) child.classList.remove('active');
    const option = optionAt(active);
    if (!option) return;
    option.classList.add('active');
    list.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  function open(i: number): void {
    const item = items[i];
    if (!item) return;
    setActive(i);
    selectedKey = item.key;
    for (const child of Array.from(list.children)) child.setAttribute('aria-selected', String(child.getAttribute('data-key') === item.key));
    onOpen(item.key);
  }

  list.addEventListener('keydown', (event) => {
    const moves: Record<string, () => number> = {
      ArrowDown: () => active + 1,
      ArrowUp: () => active - 1,
      Home: () => 0,
      End: () => items.length - 1,
      PageDown: () => active + 10,
      PageUp: () => active - 10,
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      setActive(active < 0 ? 0 : move());
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(active < 0 ? 0 : active);
    }
  });
  list.addEventListener('focus', () => {
    if (active < 0 && items.length > 0) setActive(0);
  });
  list.addEventListener('click', (event) => {
    const option = (event.target as Element).closest('[role="option"]');
    const index = option ? Number(option.getAttribute('data-index')) : -1;
    if (index >= 0) open(index);
  });

  return {
    element: list,
    setItems(next, lang) {
      const activeKey = items[active]?.key;
      items = next;
      list.replaceChildren(...next.map((item, i) => renderOption(item, i, lang, item.key === selectedKey)));
      const keep = next.findIndex((item) => item.key === activeKey);
      active = -1;
      if (keep >= 0) setActive(keep);
      else list.removeAttribute('aria-activedescendant');
    },
    select(key, focus) {
      const index = items.findIndex((item) => item.key === key);
      if (index < 0) return false;
      open(index);
      if (focus) list.focus();
      return true;
    },
  };
}

function renderOption(item: IndexedEntry, index: number, lang: Lang, selected: boolean): HTMLElement {
  const { entry } = item;
  const status = entry.httpStatus === null ? '—' : String(entry.httpStatus);
  return el(
    'li',
    {
      className: 'entry-option',
      attrs: { role: 'option', id: `entry-option-${index}`, 'data-key': item.key, 'data-index': String(index), 'aria-selected': String(selected) },
    },
    [
      el('span', { className: 'entry-code', text: entryTitle(entry) }),
      el('span', { className: 'entry-status', text: status }),
      el('span', { className: 'entry-api', text: apiLabel(entry.api, lang) }),
    ],
  );
}
