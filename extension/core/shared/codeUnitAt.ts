/**
 * The UTF-16 code unit of `text` at `i`, or -1 outside it. The scan's hot functions read past a
 * line's or a record's end on purpose (the end settles a test); `charCodeAt` there returns NaN,
 * and an out-of-bounds read in V8's optimized code throws that code away ("deoptimize: out of
 * bounds") and has the function compiled again. A one-shot `kms-errors scan` paid some ten such
 * recompilations, each a few to 30 ms of the compiler's time while the scan ran unoptimized.
 * Reading in bounds keeps the first optimized code.
 */
export function codeUnitAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}
