import { closeSync, fstatSync, openSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { StringPool } from '../core/recognize/ownedStrings';
import { addPhaseTimes, countWorkerSegment, timedAsync } from './cliTimings';
import { planSegments, segmentRange, type SegmentPlan } from './fileSegments';
import type { ScanRow } from './scanRow';
import { scanSegment, type SegmentRows } from './scanSegment';
import { newSharedCounters, sharedCounters, type ScanWorkerData, type ScanWorkerMessage } from './scanWorker';

/**
 * Files from this size are scanned on two threads when the machine has two cores: below it, a
 * worker's start (some 20-40 ms with the bundle) costs about what it would save.
 */
export const PARALLEL_MIN_BYTES = 16 * 1024 * 1024;

/** How a file scan may run. */
export interface FileScanOptions {
  /** A script that runs scan workers (the CLI bundle, see main.ts); without it the scan uses one thread. */
  readonly workerScript?: string;
  /** Called as bytes are read, with the bytes read so far by both threads and the file's size. */
  readonly onProgress?: (read: number, total: number) => void;
  /**
   * 1 or 2 threads; by default two when the machine has a core to spare: the 1-minute load
   * average at most the cores less one. A second thread costs some 250 ms of CPU (its own module
   * load and cold JIT) and saves wall time only on an otherwise idle core: on the shared 2-core
   * benchmark machine under load, two threads took 0.9 s where one took 0.6 s.
   */
  readonly threads?: 1 | 2;
  /** Bytes per segment (SEGMENT_BYTES); tests make it tiny to exercise many cuts. */
  readonly segmentBytes?: number;
  /** Bytes read at a time (PIECE_BYTES); tests make it tiny to exercise many pieces. */
  readonly pieceBytes?: number;
}

/** Whether a large scan should use a second thread (see FileScanOptions.threads). */
function wantsTwoThreads(threads: 1 | 2 | undefined): boolean {
  if (threads !== undefined) return threads === 2;
  const cores = availableParallelism();
  return cores > 1 && loadavg()[0]! <= cores - 1;
}

/** Starts a worker on `plan`, collecting the segments it posts into `results`; resolves when it ends. */
function startWorker(script: string, plan: SegmentPlan, shared: SharedArrayBuffer, results: (SegmentRows | undefined)[]): { worker: Worker; ended: Promise<void> } | undefined {
  let worker: Worker;
  try {
    worker = new Worker(script, { workerData: { kind: 'kms-errors-scan-worker', plan, shared } satisfies ScanWorkerData });
  } catch {
    return undefined;
  }
  const ended = new Promise<void>((resolve) => {
    worker.on('message', (m: ScanWorkerMessage) => {
      if ('segment' in m) {
        results[m.segment] = { rows: m.rows, lineCount: m.lineCount };
        countWorkerSegment();
      } else {
        addPhaseTimes(m.times);
        resolve();
      }
    });
    // A worker that fails leaves its unfinished segments to the main thread (see scanFile).
    worker.once('error', () => resolve());
    worker.once('exit', () => resolve());
  });
  return { worker, ended };
}

/** Hands segments' rows to `onRow` in file order, each segment's lines shifted by the lines before it. */
class InFileOrder {
  private next = 0;
  private linesBefore = 0;

  constructor(
    private readonly results: (SegmentRows | undefined)[],
    private readonly onRow: (row: ScanRow) => void,
  ) {}

  /** Emits every segment that is done and has no unfinished segment before it, and drops it. */
  flush(): void {
    for (let s = this.results[this.next]; s !== undefined; s = this.results[this.next]) {
      const before = this.linesBefore;
      for (const r of s.rows) this.onRow(before === 0 ? r : { ...r, line: r.line + before });
      this.linesBefore += s.lineCount;
      this.results[this.next++] = EMITTED;
    }
  }
}

const EMITTED: SegmentRows = { rows: [], lineCount: 0 };

/** Lets the worker's messages in: the main thread's loop is otherwise synchronous. */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Calls `onRow` for every occurrence in the file at `path`, as `scan` prints them, in file order.
 * The file is cut into segments between records (fileSegments.ts); this thread and, for a large
 * file on a machine with two cores, a worker thread claim them in turn. Rows are handed on as soon
 * as every segment before theirs is done, so only the segments scanned ahead are held. The rows
 * are those of one scan of the whole text: no record spans a cut.
 */
export async function scanFile(path: string, onRow: (row: ScanRow) => void, options: FileScanOptions = {}): Promise<void> {
  const fd = openSync(path, 'r');
  let helper: ReturnType<typeof startWorker>;
  try {
    const info = fstatSync(fd);
    // What is not a regular file (a pipe, a device) has no size to cut: one segment, read to its end.
    const plan = info.isFile() ? planSegments(path, info.size, options.segmentBytes, options.pieceBytes) : planSegments(path, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, options.pieceBytes);
    const shared = newSharedCounters();
    const { claims, workerBytes } = sharedCounters(shared);
    const results: (SegmentRows | undefined)[] = new Array<SegmentRows | undefined>(plan.count);
    const ordered = new InFileOrder(results, onRow);
    if (options.workerScript !== undefined && Number.isFinite(plan.size) && plan.size >= PARALLEL_MIN_BYTES && wantsTwoThreads(options.threads)) {
      helper = startWorker(options.workerScript, plan, shared, results);
    }
    const pool = new StringPool();
    let read = 0;
    const onRead = options.onProgress && ((n: number) => options.onProgress!((read += n) + Number(Atomics.load(workerBytes, 0)), plan.size));
    for (let k = Atomics.add(claims, 0, 1); k < plan.count; k = Atomics.add(claims, 0, 1)) {
      results[k] = scanSegment(fd, segmentRange(fd, plan, k), pool, plan.pieceBytes, onRead);
      if (helper) await timedAsync('wait', turn);
      ordered.flush();
    }
    if (helper) await timedAsync('wait', () => helper!.ended);
    // Segments a failed worker claimed and never sent.
    for (let k = 0; k < plan.count; k++) results[k] ??= scanSegment(fd, segmentRange(fd, plan, k), pool, plan.pieceBytes, onRead);
    ordered.flush();
  } finally {
    closeSync(fd);
    void helper?.worker.terminate();
  }
}
