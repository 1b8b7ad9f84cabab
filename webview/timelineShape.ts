/**
 * Whether a host message's `timeline` has the shape the chart draws (core/time/timeline.ts): the
 * page checks what it is sent, as the host checks what the page posts.
 */
export function isTimeline(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Readonly<Record<string, unknown>>;
  const codes = t.codes;
  if ((t.axis !== 'time' && t.axis !== 'line') || !isFiniteNumber(t.step) || !isFiniteNumber(t.offsetMinutes) || !Number.isInteger(t.untimed)) return false;
  if (typeof t.yearless !== 'boolean' || !Array.isArray(codes) || !codes.every((c) => typeof c === 'string')) return false;
  return Array.isArray(t.buckets) && t.buckets.every((b: unknown) => isBucket(b, codes.length));
}

function isBucket(value: unknown, codeCount: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const b = value as Readonly<Record<string, unknown>>;
  return (
    isFiniteNumber(b.start) &&
    isFiniteNumber(b.end) &&
    Number.isInteger(b.firstLine) &&
    Array.isArray(b.counts) &&
    b.counts.length === codeCount &&
    b.counts.every((c) => Number.isInteger(c) && (c as number) >= 0)
  );
}

function isFiniteNumber(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value);
}
