// Progress of `scan` goes to stderr only when it is a terminal, across all inputs, and is cleared
// before the end; redirected stderr gets none (run in-process with a fake terminal).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../../extension/cli/runCli';
import type { CliIo } from '../../extension/cli/cliTypes';

function fakeIo(stderrIsTty: boolean): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => Buffer.alloc(0), isTty: false, stderrIsTty };
  return { io, out, err };
}

test('progress on a terminal names the file and its place among the inputs, then is cleared', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kms-progress-'));
  try {
    const a = join(dir, 'a.log');
    const b = join(dir, 'b.log');
    writeFileSync(a, '2024 ERROR Forbidden.KeyNotFound: The specified key does not exist.\n');
    writeFileSync(b, 'nothing\n');
    const tty = fakeIo(true);
    assert.equal(await runCli(['scan', a, b, '--json'], tty.io), 0);
    const progress = tty.err.join('');
    assert.match(progress, /scanning 1\/2 .*a\.log: \d+% of 0 MiB/);
    assert.ok(progress.endsWith('\r\x1b[2K'), 'the line is cleared at the end');
    assert.doesNotMatch(tty.out.join(''), /scanning/);
    const piped = fakeIo(false);
    assert.equal(await runCli(['scan', a, b, '--json'], piped.io), 0);
    assert.equal(piped.err.join(''), '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
