import { isMainThread, workerData } from 'node:worker_threads';
import { startTimings } from './cliTimings';
import { runCli } from './runCli';
import type { CliIo } from './cliTypes';
import { isScanWorkerData, runScanWorker } from './scanWorker';

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** KMS_ERRORS_SCAN_THREADS: `1` or `2` threads for a large scan; anything else lets the scan choose. */
function threadsSetting(value: string | undefined): 1 | 2 | undefined {
  return value === '1' ? 1 : value === '2' ? 2 : undefined;
}

function runMain(): void {
  startTimings();
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin,
    isTty: Boolean(process.stdout.isTTY),
    stderrIsTty: Boolean(process.stderr.isTTY),
    // This bundle also runs the scan's worker thread (below).
    workerScript: __filename,
    scanThreads: threadsSetting(process.env.KMS_ERRORS_SCAN_THREADS),
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      // An unexpected failure is a bug of ours: say so plainly, with the stack for the report.
      process.stderr.write(`kms-errors: internal error: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 70;
    },
  );
}

if (isMainThread) runMain();
else if (isScanWorkerData(workerData)) runScanWorker(workerData);
