import { suggestCodes } from '../../extension/core/catalog/lookup';
import type { Lang } from '../../extension/core/catalog/types';
import { explainEntry } from '../../extension/core/explain/explanation';
import type { DecodeFailure, DecodeOutcome, DecodeSuccess, FieldSpan } from '../../extension/core/payload';
import { entryForError } from '../../extension/core/payload';
import type { KmsErrorFields } from '../../extension/core/shared/kmsErrorFields';
import { el } from '../dom';
import { renderExplanation } from '../explanationView';
import type { StringKey } from '../strings';
import { stringTable, t } from '../strings';
import type { ByteRange } from './byteView';
import { MAX_SHOWN_BYTES, bytesFromHex, highlightRange, renderByteView } from './byteView';
import { ERROR_FIELDS, renderFieldsTable } from './fieldsTable';

/** The result area for one decode: fields, explanation and byte view, or the failure. */
export function renderResult(outcome: DecodeOutcome, lang: Lang): (HTMLElement | null)[] {
  return outcome.ok ? renderSuccess(outcome, lang) : renderFailure(outcome, lang);
}

function renderSuccess(outcome: DecodeSuccess, lang: Lang): (HTMLElement | null)[] {
  const ranges = outcome.fields.map((span) => rangeOf(span, outcome.unknownFields.includes(span)));
  const byteView = renderByteView({ bytes: bytesFromHex(outcome.hex), ranges }, t(lang, 'byteViewLabel'));
  const onHover = (name: keyof KmsErrorFields | null): void => {
    // A repeated field is decoded last-one-wins: mark the span that gave the shown value.
    const span = name ? [...outcome.fields].reverse().find((f) => f.name === name) : undefined;
    highlightRange(byteView, span ? rangeOf(span, false) : null);
  };
  const parts: (HTMLElement | null)[] = [
    el('p', { className: 'status-line', text: t(lang, 'decodedAs', formatLabel(outcome.format, lang), outcome.byteLength) }),
  ];
  if (outcome.empty) parts.push(el('p', { className: 'muted', text: t(lang, 'emptyPayload') }));
  parts.push(el('h2', { text: t(lang, 'fields') }), renderFieldsTable(outcome.error, lang, onHover));
  parts.push(el('h2', { text: t(lang, 'explanation') }), renderCatalogPart(outcome.error, lang));
  parts.push(el('h2', { text: t(lang, 'bytes') }), byteView, truncationNote(outcome.byteLength, lang), renderUnknownFields(outcome, lang));
  return parts;
}

function renderFailure(outcome: DecodeFailure, lang: Lang): HTMLElement[] {
  const parts: HTMLElement[] = [
    el('div', { className: 'malformed', attrs: { role: 'alert' } }, [
      el('h2', { className: 'error-text', text: t(lang, 'malformed') }),
      el('p', { className: 'failure-reason', text: outcome.reason }),
      el('p', { className: 'failure-offset', text: t(lang, 'stoppedAt', outcome.offset) }),
    ]),
    el('h2', { text: t(lang, 'partialFields') }),
  ];
  const hasPartial = ERROR_FIELDS.some((f) => outcome.partial[f.name] !== undefined);
  parts.push(hasPartial ? renderFieldsTable(outcome.partial, lang) : el('p', { className: 'muted', text: t(lang, 'noPartialFields') }));
  if (outcome.hex !== undefined && outcome.hex !== '') {
    parts.push(
      el('h2', { text: t(lang, 'bytes') }),
      renderByteView({ bytes: bytesFromHex(outcome.hex), ranges: [], stopOffset: outcome.offset }, t(lang, 'byteViewLabel')),
    );
    const note = truncationNote(outcome.byteLength, lang);
    if (note) parts.push(note);
  }
  return parts;
}

/** The catalog's explanation of the decoded error (the payload core picks the entry). */
function renderCatalogPart(error: KmsErrorFields, lang: Lang): HTMLElement {
  const entry = entryForError(error);
  if (!entry) {
    const suggestions = suggestCodes(error.ErrorCode);
    return el('div', { className: 'unknown-code' }, [
      el('p', { text: t(lang, 'unknownCode') }),
      suggestions.length > 0 ? el('p', { className: 'muted', text: t(lang, 'suggestions', suggestions.join(', ')) }) : null,
    ]);
  }
  const explanation = explainEntry(entry, { lang, message: error.ErrorMessage });
  return renderExplanation(explanation, lang, { copyCode: false, copyMessage: false, showInReference: true });
}

function renderUnknownFields(outcome: DecodeSuccess, lang: Lang): HTMLElement {
  const section = el('section', { className: 'unknown-fields', attrs: { 'aria-label': t(lang, 'unknownFields') } }, [el('h3', { text: t(lang, 'unknownFields') })]);
  if (outcome.unknownFields.length === 0) {
    section.append(el('p', { className: 'muted', text: t(lang, 'noUnknownFields') }));
    return section;
  }
  const bytes = bytesFromHex(outcome.hex);
  const list = el('ul', { className: 'unknown-list' });
  for (const span of outcome.unknownFields) {
    const preview = previewText(valueBytes(bytes.subarray(span.offset, span.offset + span.length), span.wireType));
    list.append(
      el('li', {}, [
        el('span', { className: 'field-swatch unknown', attrs: { 'aria-hidden': 'true' } }),
        document.createTextNode(t(lang, 'unknownFieldRow', span.field, span.wireType, span.offset, span.offset + span.length)),
        el('div', {}, [el('span', { className: 'muted', text: `${t(lang, 'unknownFieldPreview')}: ` }), el('code', { className: 'unknown-preview', text: preview })]),
      ]),
    );
  }
  section.append(list);
  return section;
}

/** Says that the hex view stops early, for bodies larger than it shows. */
function truncationNote(byteLength: number, lang: Lang): HTMLElement | null {
  return byteLength > MAX_SHOWN_BYTES ? el('p', { className: 'muted', text: t(lang, 'bytesTruncated', MAX_SHOWN_BYTES, byteLength) }) : null;
}

function rangeOf(span: FieldSpan, unknown: boolean): ByteRange {
  const known = !unknown && span.name ? ERROR_FIELDS.find((f) => f.name === span.name) : undefined;
  return { start: span.offset, end: span.offset + span.length, className: known?.className ?? 'unknown', label: known?.name ?? `field ${span.field}` };
}

/** A field's value without its tag (and, for length-delimited fields, without the length). */
function valueBytes(field: Uint8Array, wireType: number): Uint8Array {
  let i = skipVarint(field, 0);
  if (wireType === 2) i = skipVarint(field, i);
  return field.subarray(Math.min(i, field.length));
}

function skipVarint(bytes: Uint8Array, start: number): number {
  let i = start;
  while (i < bytes.length && (bytes[i]! & 0x80) !== 0) i++;
  return i + 1;
}

/** The field's bytes read as UTF-8, with control characters shown as dots: for people, not for markup. */
function previewText(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, '·').slice(0, 200);
}

/** The display name of a payload format. */
export function formatLabel(format: string, lang: Lang): string {
  const key = `format_${format}`;
  return key in stringTable(lang) ? t(lang, key as StringKey) : format;
}
