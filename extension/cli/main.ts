// V8 flags first, before any other module is compiled.
import './v8Flags';
// cliTimings first: its evaluation marks where module loading ends for KMS_ERRORS_TIMINGS.
import { startTimings } from './cliTimings';
import { runCli } from './runCli';
import type { CliIo } from './cliTypes';

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

startTimings();

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  stdinStream: () => process.stdin as AsyncIterable<Buffer>,
  isTty: Boolean(process.stdout.isTTY),
  stderrIsTty: Boolean(process.stderr.isTTY),
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
