import { el } from '../dom';

/** A highlighted byte range: [start, end) and the CSS class that colours it. */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
  readonly className: string;
  readonly label: string;
}

/** What the byte view shows: the bytes, coloured ranges, and where decoding stopped, if it did. */
export interface ByteViewModel {
  readonly bytes: Uint8Array;
  readonly ranges: readonly ByteRange[];
  readonly stopOffset?: number;
}

const PER_ROW = 16;
// Error bodies are a few hundred bytes; a cap keeps a pasted megabyte from building a million spans.
export const MAX_SHOWN_BYTES = 16 * 1024;

/**
 * A hex dump, sixteen bytes a row, each byte a span coloured by the field it belongs to. The byte
 * where decoding stopped is marked (class `stop`, with an accessible label), later bytes dimmed.
 */
export function renderByteView(model: ByteViewModel, label: string): HTMLElement {
  const view = el('div', { className: 'byte-view', attrs: { role: 'group', 'aria-label': label } });
  const shown = Math.min(model.bytes.length, MAX_SHOWN_BYTES);
  const classes = byteClasses(model, shown);
  for (let row = 0; row < shown; row += PER_ROW) {
    view.append(el('span', { className: 'byte-offset', text: row.toString(16).padStart(8, '0'), attrs: { 'aria-hidden': 'true' } }));
    const line = el('span', { className: 'byte-row' });
    for (let i = row; i < Math.min(row + PER_ROW, shown); i++) {
      const byte = el('span', { className: classes[i] ?? 'byte', text: model.bytes[i]!.toString(16).padStart(2, '0'), attrs: { 'data-offset': String(i) } });
      if (i === model.stopOffset) byte.setAttribute('title', `offset ${i}`);
      line.append(byte, i + 1 < Math.min(row + PER_ROW, shown) ? ' ' : '');
    }
    view.append(line);
  }
  if (model.stopOffset !== undefined && model.stopOffset >= shown) {
    // Decoding stopped at the very end (a truncated field): show where the missing byte would be.
    view.append(el('span', { className: 'byte-offset', text: model.stopOffset.toString(16).padStart(8, '0') }), el('span', { className: 'byte-row' }, [el('span', { className: 'byte stop', text: '··', attrs: { 'data-offset': String(model.stopOffset), title: `offset ${model.stopOffset}` } })]));
  }
  return view;
}

function byteClasses(model: ByteViewModel, shown: number): string[] {
  const classes = new Array<string>(shown).fill('byte');
  for (const range of model.ranges) {
    for (let i = Math.max(0, range.start); i < Math.min(range.end, shown); i++) classes[i] = `byte ${range.className}`;
  }
  if (model.stopOffset !== undefined) {
    for (let i = model.stopOffset; i < shown; i++) classes[i] = `${classes[i]} ${i === model.stopOffset ? 'stop' : 'after-stop'}`;
  }
  return classes;
}

/** Marks the bytes of one range (on hover or focus of its field row), or clears the marks. */
export function highlightRange(view: HTMLElement, range: ByteRange | null): void {
  for (const byte of Array.from(view.querySelectorAll('.byte.hover'))) byte.classList.remove('hover');
  if (!range) return;
  for (let i = range.start; i < range.end; i++) view.querySelector(`[data-offset="${i}"]`)?.classList.add('hover');
}

/** Bytes from the lowercase hex string the decoder returns. */
export function bytesFromHex(hex: string): Uint8Array {
  const bytes = new Uint8Array(Math.floor(hex.length / 2));
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}
