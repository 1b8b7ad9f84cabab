/**
 * Where a CLI run spends its time, for `npm run bench:cli`: with KMS_ERRORS_TIMINGS set, the
 * process prints one line to stderr as it exits,
 * `kms-errors timings: {"start":…,"read":…,"scan":…,"wait":…,"output":…,"total":…,…}`
 * (milliseconds; also the peak resident memory). `start` runs from the process's start
 * (performance.now()'s origin) to the end of module loading: Node's own start, compiling the
 * bundle and running its top level. `read` is reading, gunzipping, filtering and decoding the pieces, `scan`
 * the scan with the rows handed to the output as they are found, `output` what the output does
 * once every input is read. Without the variable nothing is timed or printed.
 */

/** When this module, the first one the CLI's entry imports, was evaluated. */
const firstModuleAt = performance.now();

/** The phases of a run after module loading. */
export type CliPhase = 'read' | 'scan' | 'output';

const enabled = typeof process !== 'undefined' && Boolean(process.env.KMS_ERRORS_TIMINGS);
const spent: Record<CliPhase, number> = { read: 0, scan: 0, output: 0 };
let loadedAt = firstModuleAt;

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
    const line = { start: round(loadedAt), moduleEval: round(loadedAt - firstModuleAt), read: round(spent.read), scan: round(spent.scan), output: round(spent.output), total: round(performance.now()), maxRssMb: round(process.resourceUsage().maxRSS / 1024) };
    process.stderr.write(`kms-errors timings: ${JSON.stringify(line)}\n`);
  });
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

