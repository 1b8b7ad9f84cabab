import { closeSync, openSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { StringPool } from '../core/recognize/ownedStrings';
import { phaseTimes, type CliPhase } from './cliTimings';
import { segmentRange, type SegmentPlan } from './fileSegments';
import { scanSegment, type SegmentRows } from './scanSegment';

/**
 * What the main thread hands a scan worker: the plan, and memory both threads share: an Int32
 * holding the next segment to claim and a BigInt64 counting the bytes the worker has read.
 */
export interface ScanWorkerData {
  readonly kind: 'kms-errors-scan-worker';
  readonly plan: SegmentPlan;
  readonly shared: SharedArrayBuffer;
}

/** A message from the worker: one scanned segment, or the end with its time per phase. */
export type ScanWorkerMessage = ({ readonly segment: number } & SegmentRows) | { readonly done: true; readonly times: Readonly<Record<CliPhase, number>> };

/** The shared counters of `shared` (see ScanWorkerData). */
export function sharedCounters(shared: SharedArrayBuffer): { claims: Int32Array; workerBytes: BigInt64Array } {
  return { claims: new Int32Array(shared, 0, 1), workerBytes: new BigInt64Array(shared, 8, 1) };
}

/** Memory for sharedCounters. */
export function newSharedCounters(): SharedArrayBuffer {
  return new SharedArrayBuffer(16);
}

/** Whether a worker's data is a scan's (the CLI bundle starts workers for nothing else). */
export function isScanWorkerData(data: unknown): data is ScanWorkerData {
  return typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'kms-errors-scan-worker';
}

/**
 * The worker's side: claims segments until none is left, posting each one's rows as it is done,
 * then its phase times. Runs in the CLI bundle on a worker thread (see main.ts).
 */
export function runScanWorker(data: ScanWorkerData): void {
  const { claims, workerBytes } = sharedCounters(data.shared);
  const pool = new StringPool();
  const fd = openSync(data.plan.path, 'r');
  try {
    for (let k = Atomics.add(claims, 0, 1); k < data.plan.count; k = Atomics.add(claims, 0, 1)) {
      const rows = scanSegment(fd, segmentRange(fd, data.plan, k), pool, data.plan.pieceBytes, (n) => Atomics.add(workerBytes, 0, BigInt(n)));
      parentPort!.postMessage({ segment: k, ...rows } satisfies ScanWorkerMessage);
    }
  } finally {
    closeSync(fd);
  }
  parentPort!.postMessage({ done: true, times: phaseTimes() } satisfies ScanWorkerMessage);
}
