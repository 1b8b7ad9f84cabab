/**
 * The index of the line that holds `offset`, given the ascending start offsets of the lines
 * (the first is 0): a binary search, so mapping an occurrence to its line costs log(lines).
 */
export function lineContaining(lineStarts: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
