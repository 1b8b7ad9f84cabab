/**
 * Where a CLI run spends its time, for `npm run bench:cli`: with KMS_ERRORS_TIMINGS set, the
 * process prints one line to stderr as it exits,
 * `kms-errors timings: {"start":…,"read":…,"scan":…,"wait":…,"output":…,"total":…,…}`
 * (milliseconds; also the peak resident memory and the segments the worker scanned).
 * `start` runs from the process's start (performance.now()'s origin) to the end of module
 * loading: Node's own start, compiling the bundle and running its top level. `read` and `scan`
 * add up the time of both threads when a scan worker helped; `wait` is the main thread waiting
 * for the worker's last segment. Without the variable nothing is timed or printed.
 */

/** When this module, the first one the CLI's entry imports, was evaluated. */
const firstModuleAt = performance.now();

/** The phases of a run after module loading. */
export type CliPhase = 'read' | 'scan' | 'wait' | 'output';

const enabled = typeof process !== 'undefined' && Boolean(process.env.KMS_ERRORS_TIMINGS);
const spent: Record<CliPhase, number> = { read: 0, scan: 0, wait: 0, output: 0 };
let loadedAt = firstModuleAt;
let workerSegments = 0;

/** Whether phases are being timed (callers skip the bookkeeping otherwise). */
export function timingsEnabled(): boolean {
  return enabled;
}

/** Marks the end of module loading and prints the timings when the process exits. */
export function startTimings(): void {
  if (!enabled) return;
  loadedAt = performance.now();
  process.once('exit', () => {
    const round = (n: number) => Math.round(n * 10) / 10;
    const line = { start: round(loadedAt), moduleEval: round(loadedAt - firstModuleAt), read: round(spent.read), scan: round(spent.scan), wait: round(spent.wait), output: round(spent.output), total: round(performance.now()), maxRssMb: round(process.resourceUsage().maxRSS / 1024), workerSegments };
    process.stderr.write(`kms-errors timings: ${JSON.stringify(line)}\n`);
  });
}

/** The time spent so far in each phase by this thread (a scan worker sends its own back). */
export function phaseTimes(): Readonly<Record<CliPhase, number>> {
  return { ...spent };
}

/** Adds time another thread spent (a scan worker's reading and scanning) to this run's phases. */
export function addPhaseTimes(times: Readonly<Partial<Record<CliPhase, number>>>): void {
  for (const phase of Object.keys(spent) as CliPhase[]) spent[phase] += times[phase] ?? 0;
}

/** Counts a segment of the file that the scan worker scanned (0 when the scan used one thread). */
export function countWorkerSegment(): void {
  workerSegments++;
}

/** Runs `work`, adding its time to `phase` when timings are on. */
export function timed<T>(phase: CliPhase, work: () => T): T {
  if (!enabled) return work();
  const t0 = performance.now();
  try {
    return work();
  } finally {
    spent[phase] += performance.now() - t0;
  }
}

/** Awaits `work()`, adding the time until it settles to `phase` when timings are on. */
export async function timedAsync<T>(phase: CliPhase, work: () => Promise<T>): Promise<T> {
  if (!enabled) return work();
  const t0 = performance.now();
  try {
    return await work();
  } finally {
    spent[phase] += performance.now() - t0;
  }
}

/** The values of `pieces`, the time spent producing each added to `phase`. */
export function* timedIterable<T>(phase: CliPhase, pieces: Iterable<T>): Generator<T> {
  const it = pieces[Symbol.iterator]();
  for (;;) {
    const r = timed(phase, () => it.next());
    if (r.done) return;
    yield r.value;
  }
}
