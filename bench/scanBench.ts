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

const RUNS = 3;

function best(label: string, run: () => unknown): number {
  let bestMs = Infinity;
  let result: unknown;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    result = run();
    bestMs = Math.min(bestMs, performance.now() - t0);
  }
  console.log(`${label.padEnd(34)} ${bestMs.toFixed(0).padStart(6)} ms   (result: ${String(result)})`);
  return bestMs;
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

  const grepMs = best('grep -c -F -w -f codes.txt', () => {
    const r = spawnSync('grep', ['-c', '-F', '-w', '-f', codesFile, file], { encoding: 'utf8' });
    if (r.status !== 0 && r.status !== 1) throw new Error(`grep failed: ${r.stderr}`);
    return r.stdout.trim();
  });

  const text = readFileSync(file, 'utf8');
  const scanMs = best('scanText (in-process)', () => scanText(text).length);

  const naive = new RegExp(`\\b(?:${ALL_CODES.map((c) => c.replace(/\./g, '\\.')).join('|')})\\b`, 'g');
  const naiveMs = best('naive single regex (in-process)', () => text.match(naive)?.length ?? 0);

  const rate = (ms: number): string => `${(mb / (ms / 1000)).toFixed(0)} MB/s`;
  console.log('');
  console.log(`grep:      ${rate(grepMs)}`);
  console.log(`scanText:  ${rate(scanMs)}   ratio to grep ${(grepMs / scanMs).toFixed(2)} (target >= 0.50)`);
  console.log(`naive:     ${rate(naiveMs)}   ratio to grep ${(grepMs / naiveMs).toFixed(2)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
