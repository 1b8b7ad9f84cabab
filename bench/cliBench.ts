// The `kms-errors scan FILE --json > out` command as a user runs it, a whole process on the 100 MB
// log, against GNU grep's whole process on the same file with its output to a file (grep writing
// to /dev/null stops at the first match: not a fair reference), ripgrep likewise, and a bare
// `node -e 0` (the floor any Node CLI starts from). Contenders take turns in each round, so a
// busy spell of the shared machine slows them alike; the ratio is taken within each round and the
// median reported. The CLI's own split (KMS_ERRORS_TIMINGS, see extension/cli/cliTimings.ts):
// process start and module load, reading, filtering and decoding, scanning, output. And the bound
// of a scan on the machine's two cores: two CLIs at once, each on half the file.
//
//   npm run bench:cli [-- FILE] [--compare OTHER/dist/cli.js]
//   (builds dist/cli.js; generates $TMPDIR/kms-bench/app-100mb.log if missing; --compare runs
//   another build in the same rounds, e.g. main's, for a before/after on the same machine)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ALL_CODES } from '../extension/core';
import { DEFAULT_LOG, generateLog } from './generateLog';

const ROUNDS = 11;
const CLI = join(__dirname, '..', 'dist', 'cli.js');
const OUT = join(tmpdir(), 'kms-bench', 'cli-bench.out');

/** One whole-process run: wall and CPU time (user + system) in ms, from bash's `time`. */
interface Run {
  readonly wall: number;
  readonly cpu: number;
  readonly stderr: string;
}

/**
 * Runs `argv` under bash's `time` with stdout to OUT. bash's own start is outside the timed part,
 * so each contender's figure is its process alone.
 */
function runOnce(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Run {
  const script = `TIMEFORMAT='%3R %3U %3S'; { time "$@" > "${OUT}" 2>"${OUT}.err" ; } 2>&1`;
  const r = spawnSync('bash', ['-c', script, 'bash', ...argv], { encoding: 'utf8', env });
  const [wall, user, sys] = r.stdout.trim().split('\n').pop()!.split(' ').map(Number);
  if (wall === undefined || user === undefined || sys === undefined || Number.isNaN(wall)) throw new Error(`${argv.join(' ')} failed: ${r.stdout} ${r.stderr}`);
  return { wall: wall * 1000, cpu: (user + sys) * 1000, stderr: readFileSync(`${OUT}.err`, 'utf8') };
}

const TWO_HALVES = 'two CLIs at once, a half each';

/** Writes the two halves of `file`, cut after the line end nearest its middle, beside it (once). */
function halvesOf(file: string): [string, string] {
  const paths: [string, string] = [`${file}.half1`, `${file}.half2`];
  const size = statSync(file).size;
  if (paths.every((p) => existsSync(p)) && statSync(paths[0]).size + statSync(paths[1]).size === size) return paths;
  const bytes = readFileSync(file);
  const cut = bytes.indexOf(0x0a, size >> 1) + 1 || size;
  writeFileSync(paths[0], bytes.subarray(0, cut));
  writeFileSync(paths[1], bytes.subarray(cut));
  return paths;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const fmt = (n: number): string => `${n.toFixed(0).padStart(5)} ms`;

/** The phases the CLI reports on stderr with KMS_ERRORS_TIMINGS set. */
interface Phases {
  readonly start: number;
  readonly read: number;
  readonly scan: number;
  readonly output: number;
  readonly total: number;
  readonly maxRssMb: number;
}

function phasesOf(stderr: string): Phases {
  const line = /^kms-errors timings: (.*)$/m.exec(stderr)?.[1];
  if (!line) throw new Error(`no timings on the CLI's stderr: ${stderr}`);
  return JSON.parse(line) as Phases;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const compareAt = args.indexOf('--compare');
  const compare = compareAt >= 0 ? args.splice(compareAt, 2)[1] : undefined;
  const file = args[0] ?? DEFAULT_LOG;
  if (!existsSync(file)) {
    console.log(`generating ${file} ...`);
    await generateLog(file, 100);
  }
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  const mb = statSync(file).size / 1048576;
  const codesFile = join(dirname(file), 'codes.txt');
  writeFileSync(codesFile, ALL_CODES.join('\n') + '\n');
  const hasRg = spawnSync('rg', ['--version']).status === 0;
  console.log(`file: ${file} (${mb.toFixed(1)} MB), ${ROUNDS} interleaved rounds, each process's stdout to a file`);

  // The file cut in two at the line end nearest its middle, for the two-core bound below.
  const halves = halvesOf(file);
  const timingsEnv = { ...process.env, KMS_ERRORS_TIMINGS: '1' };
  const contenders: { label: string; argv: string[]; env?: NodeJS.ProcessEnv; runs: Run[] }[] = [
    { label: 'grep -c -F -w -f codes.txt FILE', argv: ['grep', '-c', '-F', '-w', '-f', codesFile, file], runs: [] },
    ...(hasRg ? [{ label: 'rg -c -F -w -f codes.txt FILE', argv: ['rg', '-c', '-F', '-w', '-f', codesFile, file], runs: [] }] : []),
    { label: 'node -e 0 (bare Node start)', argv: [process.execPath, '-e', '0'], runs: [] },
    ...(compare ? [{ label: 'compared build: scan FILE --json', argv: [process.execPath, compare, 'scan', file, '--json'], runs: [] }] : []),
    // What scanning on the machine's two cores could at best give: two whole CLIs at once, each on
    // half the file (a second thread would pay the same module load and JIT warm-up as a second
    // process). Its output is the second half's rows only: no digest is compared for it.
    {
      label: TWO_HALVES,
      argv: ['bash', '-c', `"$0" "$1" scan "$2" --json > "$4" & "$0" "$1" scan "$3" --json; wait`, process.execPath, CLI, halves[0], halves[1], `${OUT}.half`],
      runs: [],
    },
    { label: 'kms-errors scan FILE --json', argv: [process.execPath, CLI, 'scan', file, '--json'], env: timingsEnv, runs: [] },
  ];
  // One unmeasured round: the file and the executables in the page cache for everyone. The
  // output of each build is kept for its digest.
  const digests = new Map<string, string>();
  for (const c of contenders) {
    runOnce(c.argv, c.env);
    digests.set(c.label, createHash('sha256').update(readFileSync(OUT)).digest('hex'));
  }
  const digest = digests.get('kms-errors scan FILE --json')!;
  for (let round = 0; round < ROUNDS; round++) for (const c of contenders) c.runs.push(runOnce(c.argv, c.env));

  const grep = contenders[0]!;
  const cli = contenders[contenders.length - 1]!;
  console.log('');
  for (const c of contenders) {
    const ratio = median(c.runs.map((r, i) => r.wall / grep.runs[i]!.wall));
    console.log(
      `${c.label.padEnd(34)} wall median ${fmt(median(c.runs.map((r) => r.wall)))} best ${fmt(Math.min(...c.runs.map((r) => r.wall)))}   cpu median ${fmt(median(c.runs.map((r) => r.cpu)))}   ratio to grep ${ratio.toFixed(2)}x`,
    );
  }
  const ratio = median(cli.runs.map((r, i) => r.wall / grep.runs[i]!.wall));
  console.log('');
  console.log(`kms-errors scan --json, whole process: ${ratio.toFixed(2)}x grep's whole process (median of the rounds' ratios; target <= 3x)`);
  if (hasRg) console.log(`  and ${median(cli.runs.map((r, i) => r.wall / contenders[1]!.runs[i]!.wall)).toFixed(2)}x ripgrep's`);
  const two = contenders.find((c) => c.label === TWO_HALVES)!;
  console.log(
    `  two-core bound: two CLIs at once on a half each, ${median(two.runs.map((r, i) => r.wall / cli.runs[i]!.wall)).toFixed(2)}x the one-process run's wall time ` +
      `(${median(two.runs.map((r, i) => r.wall / grep.runs[i]!.wall)).toFixed(2)}x grep)`,
  );
  const phases = cli.runs.map((r) => phasesOf(r.stderr));
  const m = (key: keyof Phases) => median(phases.map((p) => p[key]));
  console.log(
    `  split (medians, in-process clock): process start + module load ${fmt(m('start'))}; reading, filtering and decoding ${fmt(m('read'))}, scanning ${fmt(m('scan'))} ` +
      `(with writing the rows as they are found); the end of the output ${fmt(m('output'))}; total ${fmt(m('total'))}`,
  );
  console.log(`  peak RSS ${m('maxRssMb').toFixed(0)} MB (${(m('maxRssMb') / mb).toFixed(2)}x the file); output sha256 ${digest}`);
  if (compare) {
    const other = digests.get('compared build: scan FILE --json')!;
    console.log(`  compared build's output sha256 ${other} (${other === digest ? 'the same output' : 'DIFFERENT output'})`);
  }
  // The same scan three times in one process (bench/cliWarmScan.ts): what the JIT's warm-up costs,
  // and the floor a one-shot Node process has even without it (warm scan + bare start + load).
  const warm = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'cliWarmScan.ts'), file], { encoding: 'utf8' });
  if (warm.status === 0) {
    const { runs } = JSON.parse(warm.stdout) as { runs: number[] };
    const bare = median(contenders.find((c) => c.label.startsWith('node -e'))!.runs.map((r) => r.wall));
    const grepWall = median(grep.runs.map((r) => r.wall));
    const floor = Math.min(...runs.slice(1)) + m('start');
    console.log(
      `  in one process (bench/cliWarmScan.ts): first scan ${fmt(runs[0]!)}, then ${runs.slice(1).map(fmt).join(', ')}; ` +
        `a warm scan after this process's start and module load (${fmt(m('start'))}, bare Node ${fmt(bare)}) would be ${fmt(floor)}, ${(floor / grepWall).toFixed(2)}x grep`,
    );
  }
  console.log(`load average while measuring: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} (${availableParallelism()} cores)`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
