// `kms-errors scan FILE --json` run three times in one process, for bench:cli: the first run
// pays V8's cold start (code interpreted, then compiled and optimized while it runs), the later
// ones run optimized code. Warm time plus a bare Node start is what a one-shot process would take
// with no JIT warm-up at all: the floor the whole-process figure stands against. Prints one JSON
// line, {"runs":[ms, ...],"bytes":N}; the output goes to a counter, not to a file.
//
//   tsx bench/cliWarmScan.ts FILE
import { scanCommand } from '../extension/cli/scanCommand';
import type { CliIo } from '../extension/cli/cliTypes';

const RUNS = 3;

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: tsx bench/cliWarmScan.ts FILE');
  const runs: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    bytes = 0;
    const io: CliIo = { stdout: (text) => void (bytes += text.length), stderr: () => undefined, readStdin: async () => Buffer.alloc(0), isTty: false, stderrIsTty: false };
    const t0 = performance.now();
    await scanCommand.run([file, '--json'], io);
    runs.push(Math.round(performance.now() - t0));
  }
  process.stdout.write(JSON.stringify({ runs, bytes }) + '\n');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
