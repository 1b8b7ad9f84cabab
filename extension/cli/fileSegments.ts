import { PIECE_BYTES, type ByteRange } from './fileRecordPieces';
import { recordStartAtOrAfter } from './recordBoundary';

/**
 * Bytes per segment of a file scanned on two threads: each thread claims the next segment until
 * none is left, so the faster one (the main thread starts first; the worker spends some 20-40 ms
 * starting) does more, and they finish at most about one segment apart.
 */
export const SEGMENT_BYTES = 4 * 1024 * 1024;

/**
 * What both threads agree on: a file of `size` bytes cut into `count` segments near multiples of
 * `segmentBytes`, each moved to the next place a record can start.
 */
export interface SegmentPlan {
  readonly path: string;
  readonly size: number;
  readonly segmentBytes: number;
  readonly count: number;
  /** Bytes each thread reads at a time (see fileRecordPieces). */
  readonly pieceBytes: number;
}

/** The plan for a file of `size` bytes. */
export function planSegments(path: string, size: number, segmentBytes = SEGMENT_BYTES, pieceBytes = PIECE_BYTES): SegmentPlan {
  // An unbounded size (a pipe) is one segment.
  const count = Number.isFinite(size) ? Math.max(1, Math.ceil(size / segmentBytes)) : 1;
  return { path, size, segmentBytes, pieceBytes, count };
}

/**
 * Segment `k` of `plan` in the open file `fd`: from the first record start at or after
 * k × segmentBytes to the first at or after the next multiple. Either thread computes the same
 * bounds from the file alone, so the segments are a partition of it whoever scans them (one may
 * be empty when a record is longer than a segment).
 */
export function segmentRange(fd: number, plan: SegmentPlan, k: number): ByteRange {
  return {
    from: k === 0 ? 0 : recordStartAtOrAfter(fd, k * plan.segmentBytes, plan.size),
    to: k + 1 >= plan.count ? plan.size : recordStartAtOrAfter(fd, (k + 1) * plan.segmentBytes, plan.size),
  };
}
