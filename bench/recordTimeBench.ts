// What reading record times adds to a full scan: scanText alone, and scanText with the time of
// every occurrence's record (as `kms-errors scan` reads it, once per record), on the 100 MB log,
// both against GNU grep on the same file in the same run (`grep -c -F -w -f codes.txt FILE`).
// The scan's target is at least 0.6x grep's throughput; times must not take it below.
//
//   npm run bench:record-time      (generates $TMPDIR/kms-bench/app-100mb.log if missing)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ALL_CODES, recordTimeOfText, scanText } from '../extension/core';
import { DEFAULT_LOG, generateLog } from './generateLog';

const ROUNDS = 7;

function grepCpuMs(codesFile: string, file: string): number {
  // grep writes its count to a pipe: with stdout on /dev/null GNU grep stops at the first match.
  const script = `TIMEFORMAT='%U %S'; { time grep -c -F -w -f "$1" "$2" ; } 2>&1`;
  const r = spawnSync('bash', ['-c', script, 'bash', codesFile, file], { encoding: 'utf8' });
  const [user, sys] = r.stdout.trim().split('\n').at(-1)!.split(' ').map(Number);
  return (user! + sys!) * 1000;
}

function cpuMs(run: () => unknown): number {
  const c0 = process.cpuUsage();
  run();
  const used = process.cpuUsage(c0);
  return (used.user + used.system) / 1000;
}

function scanWithTimes(text: string): number {
  let timed = 0;
  let lastRecord = -1;
  let last: unknown = null;
  for (const o of scanText(text)) {
    if (o.recordStart !== lastRecord) {
      lastRecord = o.recordStart;
      last = recordTimeOfText(text, o.recordStart, o.recordEnd);
    }
    if (last) timed++;
  }
  return timed;
}

async function main(): Promise<void> {
  const file = process.argv[2] ?? DEFAULT_LOG;
  if (!existsSync(file)) {
    console.log(`generating ${file} ...`);
    await generateLog(file, 100);
  }
  const codesFile = join(dirname(file), 'codes.txt');
  writeFileSync(codesFile, ALL_CODES.join('\n') + '\n');
  const text = readFileSync(file, 'utf8');
  const mb = statSync(file).size / 1048576;
  scanText(text);
  scanWithTimes(text);
  const best = { grep: Infinity, scan: Infinity, timed: Infinity };
  // Turns within each round, so a busy spell of the shared machine slows all three alike.
  for (let i = 0; i < ROUNDS; i++) {
    best.grep = Math.min(best.grep, grepCpuMs(codesFile, file));
    best.scan = Math.min(best.scan, cpuMs(() => scanText(text)));
    best.timed = Math.min(best.timed, cpuMs(() => scanWithTimes(text)));
  }
  const timed = scanWithTimes(text);
  const rate = (ms: number) => `${(mb / (ms / 1000)).toFixed(0).padStart(5)} MB/s`;
  console.log(`file: ${file} (${mb.toFixed(1)} MB), CPU time, best of ${ROUNDS} interleaved rounds`);
  console.log(`grep -c -F -w -f codes.txt    ${best.grep.toFixed(0).padStart(5)} ms  ${rate(best.grep)}  (ratio to grep 1.00)`);
  console.log(`scanText                      ${best.scan.toFixed(0).padStart(5)} ms  ${rate(best.scan)}  (ratio to grep ${(best.grep / best.scan).toFixed(2)})`);
  console.log(`scanText + record times       ${best.timed.toFixed(0).padStart(5)} ms  ${rate(best.timed)}  (ratio to grep ${(best.grep / best.timed).toFixed(2)}; ${timed} occurrences with a time)`);
  console.log(`record times add ${(((best.timed - best.scan) / best.scan) * 100).toFixed(1)}% to the scan`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
