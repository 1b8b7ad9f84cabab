import type { Lang } from '../../extension/core/catalog/types';
import type { KmsErrorFields } from '../../extension/core/shared/kmsErrorFields';
import type { CopyWhat } from '../protocol';
import { createButton } from '../components';
import { el } from '../dom';
import type { StringKey } from '../strings';
import { t } from '../strings';
import { postToHost } from '../vscodeApi';

/** The four fields of `Error` in wire order, with their colour class and copy kind. */
export const ERROR_FIELDS: readonly { readonly name: keyof KmsErrorFields; readonly number: number; readonly className: string; readonly copy: CopyWhat; readonly label: StringKey }[] = [
  { name: 'StatusCode', number: 1, className: 'f1', copy: 'statusCode', label: 'statusCode' },
  { name: 'ErrorCode', number: 2, className: 'f2', copy: 'errorCode', label: 'errorCode' },
  { name: 'ErrorMessage', number: 3, className: 'f3', copy: 'errorMessage', label: 'errorMessage' },
  { name: 'RequestId', number: 4, className: 'f4', copy: 'requestId', label: 'requestId' },
];

/**
 * The decoded fields as a table, one row each with a colour swatch matching the byte view and a
 * copy button. Values are set with textContent: they are untrusted server (or pasted) data.
 * Fields absent from `values` (a partial decode) are left out. `onHover` lets the byte view
 * mark a row's bytes.
 */
export function renderFieldsTable(
  values: Partial<KmsErrorFields>,
  lang: Lang,
  onHover?: (name: keyof KmsErrorFields | null) => void,
): HTMLElement {
  const table = el('table', { className: 'fields-table' });
  table.append(el('caption', { className: 'visually-hidden', text: t(lang, 'fields') }));
  const body = el('tbody');
  for (const field of ERROR_FIELDS) {
    const value = values[field.name];
    if (value === undefined) continue;
    const text = String(value);
    const copy = createButton(t(lang, 'copyShort'), () => postToHost({ type: 'copy', what: field.copy, text }), {
      appearance: 'secondary',
      ariaLabel: t(lang, 'copy', field.name),
    });
    copy.setAttribute('title', t(lang, 'copy', field.name));
    const row = el('tr', { attrs: { 'data-field': field.name } }, [
      el('th', { attrs: { scope: 'row' } }, [el('span', { className: `field-swatch ${field.className}`, attrs: { 'aria-hidden': 'true' } }), document.createTextNode(t(lang, field.label))]),
      el('td', { className: 'value', text }),
      el('td', {}, [copy]),
    ]);
    if (onHover) {
      row.addEventListener('mouseenter', () => onHover(field.name));
      row.addEventListener('mouseleave', () => onHover(null));
      row.addEventListener('focusin', () => onHover(field.name));
      row.addEventListener('focusout', () => onHover(null));
    }
    body.append(row);
  }
  table.append(body);
  return table;
}
