import type { Lang } from '../extension/core/catalog/types';
import type { Explanation } from '../extension/core/explain/explanation';
import { el } from './dom';
import { t } from './strings';

/** Operations shown before the rest folds into a "N more" disclosure. */
const VISIBLE = 8;

function operationItem(ex: Explanation, op: string, lang: Lang): HTMLElement {
  const provenance = ex.operationProvenance[op];
  const tag = provenance === 'inferred' ? t(lang, 'inferredTag') : provenance === 'sdk' ? t(lang, 'toolTag') : '';
  const found = op === ex.foundOperation;
  return el('span', { className: found ? 'operation found' : 'operation' }, [
    el('code', { text: op }),
    tag ? el('span', { className: 'operation-tag', text: ` (${tag})` }) : null,
    found ? el('span', { className: 'operation-found', text: ` ← ${t(lang, 'foundOperation')}` }) : null,
  ]);
}

function joined(items: readonly HTMLElement[]): Node[] {
  return items.flatMap((item, i) => (i === 0 ? [item] : [document.createTextNode(', '), item]));
}

/**
 * A compact list of operations: the one found in the log first and marked (explainEntry put it
 * there), the first few shown, the rest behind a native disclosure (keyboard-operable as it is).
 */
export function renderOperationList(ex: Explanation, operations: readonly string[], lang: Lang, className: string): HTMLElement {
  const items = operations.map((op) => operationItem(ex, op, lang));
  const line = el('div', { className: `operation-list ${className}` }, joined(items.slice(0, VISIBLE)));
  if (items.length > VISIBLE) {
    const rest = el('details', { className: 'more-operations' }, [el('summary', { text: t(lang, 'moreOperations', items.length - VISIBLE) }), ...joined(items.slice(VISIBLE))]);
    line.append(document.createTextNode(' '), rest);
  }
  return line;
}

/** The entry's operations: the list, or "any operation" with the found one after it. */
export function renderEntryOperations(ex: Explanation, lang: Lang): HTMLElement {
  if (ex.operations.length > 0) return renderOperationList(ex, ex.operations, lang, 'explanation-operations');
  const any = el('div', { className: 'operation-list explanation-operations', text: t(lang, 'anyOperation') });
  if (ex.foundOperation) any.append(document.createTextNode(' · '), operationItem(ex, ex.foundOperation, lang));
  if (ex.listedIn.length === 0) return any;
  const listed = el('div', { className: 'variant-operations' }, [el('span', { text: t(lang, 'listedIn') }), renderOperationList(ex, ex.listedIn, lang, 'inline')]);
  return el('div', {}, [any, listed]);
}
