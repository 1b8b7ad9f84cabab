// Where the full scan's time goes, in CPU milliseconds on the benchmark log, next to grep in the
// same run: the anchor search alone, plus record bounds, record parsing alone, and scanText.
// Rounds are interleaved and the best of each is kept (the machine is shared: CPU time, not wall).
//
//   npm run bench:scan-breakdown   (run `npm run bench:scan` once first to generate the log)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { scanText } from '../extension/core';
import { forEachAnchor } from '../extension/core/recognize/anchors';
import { recordAt } from '../extension/core/recognize/records';
import { scanRecord } from '../extension/core/recognize/scanRecord';
import { DEFAULT_LOG } from './generateLog';

const ROUNDS = 8;
const file = process.argv[2] ?? DEFAULT_LOG;
const codesFile = join(dirname(file), 'codes.txt');
const text = readFileSync(file, 'utf8');
const bounds: number[] = [];

/** grep's own CPU time, from bash's `time` (see scanBench.ts). */
function grepCpu(): number {
  const script = `TIMEFORMAT='%U %S'; { time grep -c -F -w -f "$1" "$2" ; } 2>&1`;
  const r = spawnSync('bash', ['-c', script, 'bash', codesFile, file], { encoding: 'utf8' });
  const [user, sys] = (r.stdout.trim().split('\n')[1] ?? '').split(' ').map(Number);
  if (user === undefined || sys === undefined || Number.isNaN(user)) throw new Error(`grep failed: ${r.stdout} ${r.stderr}`);
  return (user + sys) * 1000;
}

const STAGES: Readonly<Record<string, () => void>> = {
  'anchor search': () => forEachAnchor(text, 0, text.length, (at) => text.indexOf('\n', at) + 1 || text.length),
  'anchors + record bounds': () => {
    bounds.length = 0;
    let floor = 0;
    forEachAnchor(text, 0, text.length, (at) => {
      const r = recordAt(text, at, floor);
      bounds.push(r.start, r.end);
      const nl = text.indexOf('\n', r.end);
      floor = nl < 0 ? text.length : nl + 1;
      return floor;
    });
  },
  'parse those records': () => {
    for (let i = 0; i < bounds.length; i += 2) scanRecord(text.slice(bounds[i]!, bounds[i + 1]!), bounds[i]!);
  },
  scanText: () => void scanText(text),
};

const best = new Map<string, number>();
for (let round = 0; round < ROUNDS; round++) {
  best.set('grep', Math.min(best.get('grep') ?? Infinity, grepCpu()));
  for (const [name, run] of Object.entries(STAGES)) {
    const c0 = process.cpuUsage();
    run();
    const c = process.cpuUsage(c0);
    best.set(name, Math.min(best.get(name) ?? Infinity, (c.user + c.system) / 1000));
  }
}
const grep = best.get('grep')!;
console.log(`file: ${file}, ${bounds.length / 2} records parsed, best of ${ROUNDS} interleaved rounds (CPU ms)`);
for (const [name, ms] of best) console.log(`${name.padEnd(24)} ${ms.toFixed(0).padStart(6)} ms   ${(ms / grep).toFixed(2)} x grep`);
