import type { Lang } from '../../extension/core/catalog/types';
import type { Timeline, TimelineBucket } from '../../extension/core/time/timeline';
import { bucketBounds } from '../../extension/core/time/timelineLabels';
import { el } from '../dom';
import { t } from '../strings';
import { postToHost } from '../vscodeApi';
import { bucketLabel, codeName, SERIES_COLOURS, seriesOf } from './timelineLabels';

const SVG_NS = 'http://www.w3.org/2000/svg';
// The drawing's own units; CSS stretches it to the side bar's width (no text inside it).
const BAR_WIDTH = 10;
const HEIGHT = 60;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Readonly<Record<string, string | number>>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

/** One bucket: a transparent full-height target (hover, click, focus ring) and its stacked segments. */
function bucketGroup(timeline: Timeline, bucket: TimelineBucket, index: number, max: number, lang: Lang): SVGGElement {
  const label = bucketLabel(timeline, bucket, lang);
  const group = svg('g', { class: 'bucket', 'data-index': index, 'data-first-line': bucket.firstLine, role: 'button', 'aria-label': label, tabindex: -1 });
  const title = svg('title', {});
  title.textContent = label;
  group.append(title, svg('rect', { class: 'bucket-target', x: index * BAR_WIDTH, y: 0, width: BAR_WIDTH, height: HEIGHT, 'vector-effect': 'non-scaling-stroke' }));
  const series = seriesOf(timeline);
  let y = HEIGHT;
  // Stacked from the bottom, the most frequent code first; "other codes" share one segment.
  const stacked = new Map<number, number>();
  timeline.codes.forEach((_, i) => {
    const count = bucket.counts[i] ?? 0;
    if (count > 0) stacked.set(series[i]!, (stacked.get(series[i]!) ?? 0) + count);
  });
  for (const [s, count] of stacked) {
    const h = Math.max(1.5, (count / max) * (HEIGHT - 2));
    y -= h;
    group.append(svg('rect', { class: `segment series-${s}`, x: index * BAR_WIDTH + 1, y, width: BAR_WIDTH - 2, height: h, 'vector-effect': 'non-scaling-stroke' }));
  }
  return group;
}

function legend(timeline: Timeline, lang: Lang): HTMLElement {
  const list = el('ul', { className: 'timeline-legend' });
  timeline.codes.slice(0, SERIES_COLOURS).forEach((code, i) => {
    list.append(el('li', {}, [el('span', { className: `swatch series-${i}`, attrs: { 'aria-hidden': 'true' } }), document.createTextNode(codeName(code, lang))]));
  });
  if (timeline.codes.length > SERIES_COLOURS) {
    list.append(el('li', {}, [el('span', { className: `swatch series-${SERIES_COLOURS}`, attrs: { 'aria-hidden': 'true' } }), document.createTextNode(t(lang, 'otherCodes'))]));
  }
  return list;
}

/**
 * The timeline of the active document: an SVG bar per bucket, stacked by code in the theme's
 * chart colours, built with DOM calls only (the CSP allows no inline script or style, and log text
 * is only ever textContent). The chart is one tab stop; arrow keys, Home and End move between
 * the buckets that hold errors, Enter or Space (or a click) asks the host to reveal the bucket's
 * first error. Hovering or focusing a bucket shows its counts.
 */
export function renderTimeline(timeline: Timeline, uri: string, lang: Lang): HTMLElement | null {
  if (timeline.buckets.length === 0) return null;
  const max = Math.max(1, ...timeline.buckets.map((b) => b.counts.reduce((n, c) => n + c, 0)));
  const chart = svg('svg', {
    class: 'timeline-chart',
    viewBox: `0 0 ${timeline.buckets.length * BAR_WIDTH} ${HEIGHT}`,
    preserveAspectRatio: 'none',
    role: 'group',
    'aria-label': t(lang, timeline.axis === 'time' ? 'timelineLabel' : 'timelineLabelLines'),
  });
  const groups = timeline.buckets.map((b, i) => bucketGroup(timeline, b, i, max, lang));
  const live = groups.filter((_, i) => timeline.buckets[i]!.firstLine >= 0);
  chart.append(...groups);
  const detail = el('p', { className: 'timeline-detail muted', text: '\u00a0', attrs: { 'aria-hidden': 'true' } });
  const show = (g: SVGGElement) => (detail.textContent = g.getAttribute('aria-label'));
  let current = live[0];
  current?.setAttribute('tabindex', '0');
  const focus = (g: SVGGElement | undefined) => {
    if (!g) return;
    current?.setAttribute('tabindex', '-1');
    g.setAttribute('tabindex', '0');
    current = g;
    g.focus();
  };
  const activate = (g: SVGGElement) => postToHost({ type: 'revealLine', uri, line: Number(g.getAttribute('data-first-line')) });
  for (const g of live) {
    g.addEventListener('click', () => activate(g));
    g.addEventListener('mouseenter', () => show(g));
    g.addEventListener('focus', () => show(g));
    g.addEventListener('keydown', (e) => {
      const at = live.indexOf(g);
      const moves: Record<string, number> = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: live.length - 1 };
      if (e.key in moves) {
        e.preventDefault();
        focus(live[Math.max(0, Math.min(live.length - 1, moves[e.key]!))]);
      } else if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        activate(g);
      }
    });
  }
  const first = bucketBounds(timeline, timeline.buckets[0]!).from;
  const last = bucketBounds(timeline, timeline.buckets[timeline.buckets.length - 1]!).to;
  const notes = [timeline.axis === 'line' ? t(lang, 'timelineByLine') : null, timeline.untimed > 0 ? t(lang, 'untimed', timeline.untimed) : null];
  return el('div', { className: 'timeline' }, [
    el('h3', { text: t(lang, 'timelineTitle') }),
    chart,
    el('div', { className: 'timeline-axis muted', attrs: { 'aria-hidden': 'true' } }, [el('span', { text: first }), el('span', { text: last })]),
    detail,
    legend(timeline, lang),
    ...notes.filter((n): n is string => n !== null).map((n) => el('p', { className: 'muted timeline-note', text: n })),
  ]);
}
