// Full-scan throughput of scanText on a 100 MB log, against GNU grep on the same file in the same
// run: `grep -c -F -w -f codes.txt FILE` (every catalog code as a fixed word). Target: at least
// half of grep's throughput. Also prints a naive single-regex scan for comparison.
//
//   npm run bench:scan            (generates $TMPDIR/kms-bench/app-100mb.log if missing)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { ALL_CODES, scanText } from '../extension/core';
import { DEFAULT_LOG, generateLog } from './generateLog';

const RUNS = 5;

/** Wall-clock and CPU milliseconds of one run. */
interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

// The machine is shared: wall-clock time includes waiting for a core, CPU time does not. Both are
// reported; the best of RUNS runs of each.
function best(label: string, run: () => { result: unknown; cpu?: number }): Timing {
  let wall = Infinity;
  let cpu = Infinity;
  let result: unknown;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const r = run();
    const c = process.cpuUsage(c0);
    wall = Math.min(wall, performance.now() - t0);
    cpu = Math.min(cpu, r.cpu ?? (c.user + c.system) / 1000);
    result = r.result;
  }
  console.log(`${label.padEnd(34)} wall ${wall.toFixed(0).padStart(6)} ms   cpu ${cpu.toFixed(0).padStart(6)} ms   (result: ${String(result)})`);
  return { wall, cpu };
}

/** Runs grep under bash's `time`, which reports the child's own CPU time. */
function grepOnce(codesFile: string, file: string): { result: unknown; cpu: number } {
  const script = `TIMEFORMAT='%U %S'; { time grep -c -F -w -f "$1" "$2" ; } 2>&1`;
  const r = spawnSync('bash', ['-c', script, 'bash', codesFile, file], { encoding: 'utf8' });
  const [count, times] = r.stdout.trim().split('\n');
  const [user, sys] = (times ?? '').split(' ').map(Number);
  if (count === undefined || user === undefined || sys === undefined || Number.isNaN(user)) throw new Error(`grep failed: ${r.stdout} ${r.stderr}`);
  return { result: count, cpu: (user + sys) * 1000 };
}

async function main(): Promise<void> {
  const file = process.argv[2] ?? DEFAULT_LOG;
  if (!existsSync(file)) {
    console.log(`generating ${file} ...`);
    await generateLog(file, 100);
  }
  const bytes = statSync(file).size;
  const mb = bytes / 1048576;
  const codesFile = join(dirname(file), 'codes.txt');
  writeFileSync(codesFile, ALL_CODES.join('\n') + '\n');
  console.log(`file: ${file} (${mb.toFixed(1)} MB), ${ALL_CODES.length} codes, best of ${RUNS}`);

  const grep = best('grep -c -F -w -f codes.txt', () => grepOnce(codesFile, file));

  const text = readFileSync(file, 'utf8');
  const scan = best('scanText (in-process)', () => ({ result: scanText(text).length }));

  const naive = new RegExp(`\\b(?:${ALL_CODES.map((c) => c.replace(/\./g, '\\.')).join('|')})\\b`, 'g');
  const naiveRun = best('naive single regex (in-process)', () => ({ result: text.match(naive)?.length ?? 0 }));

  const rate = (ms: number): string => `${(mb / (ms / 1000)).toFixed(0).padStart(5)} MB/s`;
  const line = (name: string, t: Timing): string =>
    `${name.padEnd(9)} wall ${rate(t.wall)} (ratio to grep ${(grep.wall / t.wall).toFixed(2)})   cpu ${rate(t.cpu)} (ratio to grep ${(grep.cpu / t.cpu).toFixed(2)})`;
  console.log('');
  console.log(line('grep', grep));
  console.log(line('scanText', scan) + '   target: ratio >= 0.50');
  console.log(line('naive', naiveRun));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
