// `kms-errors scan` over the inputs logs come in: gzip (whole, truncated, corrupt, on stdin),
// UTF-16 with its byte order mark (Windows PowerShell's `>`),
// folders with nested files and globs, several files, and an unreadable file among readable ones.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { CLI_PATH, runBuiltCli } from '../support/runBuiltCli';

const FIXTURES = join(__dirname, '..', 'fixtures', 'recognize');
const GO = readFileSync(join(FIXTURES, 'go-sdkerror.log'));
const JAVA = readFileSync(join(FIXTURES, 'java-tea-exception.log'));
const TMP = mkdtempSync(join(tmpdir(), 'kms-scan-inputs-'));
after(() => rmSync(TMP, { recursive: true, force: true }));

function write(rel: string, data: string | Buffer): string {
  const path = join(TMP, rel);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, data);
  return path;
}

interface Row {
  file?: string;
  line: number;
  code: string;
}
const json = (stdout: string): { occurrences: Row[]; summary: Record<string, number> } => JSON.parse(stdout);

test('a .gz file is read by its magic bytes and gives what its plain twin gives', () => {
  const plain = write('gz/app.log', GO);
  const gz = write('gz/app.log.1.gz', gzipSync(GO));
  const renamed = write('gz/rotated-without-suffix', gzipSync(GO));
  const expected = runBuiltCli(['scan', plain, '--json']);
  assert.equal(expected.status, 0, expected.stderr);
  for (const file of [gz, renamed]) {
    const r = runBuiltCli(['scan', file, '--json']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, expected.stdout);
  }
  // Concatenated members (`cat a.gz b.gz`) are read one after another, as gunzip does.
  const twice = runBuiltCli(['scan', write('gz/twice.gz', Buffer.concat([gzipSync(GO), gzipSync(JAVA)])), '--json']);
  const java = json(runBuiltCli(['scan', write('gz/java.log', JAVA), '--json']).stdout).occurrences.length;
  assert.equal(json(twice.stdout).occurrences.length, json(expected.stdout).occurrences.length + java);
});

test("a UTF-16 log (Windows PowerShell's `>`) gives what its UTF-8 twin gives, gzipped or on stdin too", () => {
  const plain = runBuiltCli(['scan', write('utf16/app.log', JAVA), '--json']);
  assert.equal(plain.status, 0, plain.stderr);
  assert.ok(json(plain.stdout).occurrences.length > 0);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JAVA.toString('utf8'), 'utf16le')]);
  const expected = plain.stdout.replaceAll(join(TMP, 'utf16/app.log'), 'X');
  for (const [file, data] of [
    ['utf16/app-ps.log', utf16],
    ['utf16/app-ps.log.gz', gzipSync(utf16)],
  ] as const) {
    const r = runBuiltCli(['scan', write(file, data), '--json']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.replaceAll(join(TMP, file), 'X'), expected, file);
  }
  const piped = runBuiltCli(['scan', '-', '--json'], utf16);
  assert.deepEqual(json(piped.stdout).occurrences, json(plain.stdout).occurrences);
});

test('gzip on standard input is decompressed too', () => {
  const r = runBuiltCli(['scan', '-', '--json'], gzipSync(GO));
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(json(r.stdout).summary, { 'Rejected.Throttling': 1, InternalFailure: 1 });
});

test('a truncated or corrupt .gz exits 2 with a one-line reason naming the file', () => {
  const whole = gzipSync(Buffer.concat([GO, JAVA]));
  const truncated = write('bad/truncated.log.gz', whole.subarray(0, whole.length - 20));
  const corrupt = Buffer.from(whole);
  for (let i = 12; i < 40; i++) corrupt[i] = corrupt[i]! ^ 0x5a;
  const corrupted = write('bad/corrupt.log.gz', corrupt);
  const t = runBuiltCli(['scan', truncated]);
  assert.equal(t.status, 2);
  assert.equal(t.stderr, `kms-errors scan: cannot read ${truncated}: truncated gzip data (unexpected end of file)\n`);
  const c = runBuiltCli(['scan', corrupted, '--json']);
  assert.equal(c.status, 2);
  assert.match(c.stderr, new RegExp(`^kms-errors scan: cannot read ${corrupted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: corrupt gzip data \\(.+\\)\\n$`));
  // The JSON document is still complete, so a script can read what was found before the damage.
  assert.ok(Array.isArray(json(c.stdout).occurrences));
});

test('a folder is scanned recursively: logs, rotated logs, .txt, .out and their .gz by default', () => {
  const root = join(TMP, 'tree');
  write('tree/app.log', GO);
  write('tree/app.log.2', JAVA);
  write('tree/nested/deeper/service.out.gz', gzipSync(GO));
  write('tree/nested/notes.txt', JAVA);
  write('tree/nested/skipped.json', GO);
  write('tree/app.log.bak', GO);
  const r = runBuiltCli(['scan', root, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const files = [...new Set(json(r.stdout).occurrences.map((o) => o.file))];
  assert.deepEqual(files, [join(root, 'app.log'), join(root, 'app.log.2'), join(root, 'nested/deeper/service.out.gz'), join(root, 'nested/notes.txt')]);
  // Every row names its file; the positions are those of that file.
  const first = json(r.stdout).occurrences.find((o) => o.file === join(root, 'nested/deeper/service.out.gz'));
  assert.deepEqual([first?.line, first?.code], [5, 'Rejected.Throttling']);
});

test('--include and --exclude globs choose the files of a folder', () => {
  const root = join(TMP, 'tree');
  const only = runBuiltCli(['scan', root, '--json', '--include', '*.json', '--include', 'nested/**/*.gz']);
  assert.equal(only.status, 0, only.stderr);
  assert.deepEqual([...new Set(json(only.stdout).occurrences.map((o) => o.file))], [join(root, 'nested/deeper/service.out.gz'), join(root, 'nested/skipped.json')]);
  const without = runBuiltCli(['scan', root, '--json', '--exclude', 'nested/**']);
  assert.deepEqual([...new Set(json(without.stdout).occurrences.map((o) => o.file))], [join(root, 'app.log'), join(root, 'app.log.2')]);
  const none = runBuiltCli(['scan', root, '--include', '*.nothing']);
  assert.equal(none.status, 1);
  assert.match(none.stdout, /Scanned 0 files: 0 with KMS errors\./);
});

test('several files: JSON rows carry "file", the human output has a table per file', () => {
  const a = write('many/a.log', GO);
  const b = write('many/b.log', JAVA);
  const clean = write('many/clean.log', 'nothing here\n');
  const r = runBuiltCli(['scan', a, b, clean, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const out = json(r.stdout);
  assert.ok(out.occurrences.every((o) => o.file === a || o.file === b));
  assert.equal(Object.keys(out.occurrences[0]!)[0], 'file');
  assert.deepEqual(out.summary, { 'Rejected.Throttling': 2, InternalFailure: 1, 'Forbidden.KeyNotFound': 1, 'Forbidden.NoPermission': 1 });
  const human = runBuiltCli(['scan', a, b, clean]);
  assert.equal(human.status, 0);
  assert.match(human.stdout, new RegExp(`^${a.replace(/\./g, '\\.')}: 2 KMS errors, 2 kinds$`, 'm'));
  assert.match(human.stdout, new RegExp(`^${b.replace(/\./g, '\\.')}: 3 KMS errors, 3 kinds$`, 'm'));
  assert.match(human.stdout, /^Scanned 3 files: 2 with KMS errors\.$/m);
  // A single file keeps the shape scripts already read: no "file" field.
  assert.equal('file' in json(runBuiltCli(['scan', a, '--json']).stdout).occurrences[0]!, false);
});

test('the streamed JSON is exactly what JSON.stringify prints for the whole document', () => {
  for (const args of [[join(FIXTURES, 'payloads.log')], [join(TMP, 'many')], [join(TMP, 'many/clean.log')]]) {
    const r = runBuiltCli(['scan', ...args, '--json']);
    assert.equal(r.stdout, JSON.stringify(JSON.parse(r.stdout), null, 2) + '\n');
  }
});

test('an unreadable file in a folder is reported and the others are still scanned (exit 2)', () => {
  // Tests may run as root, where permissions do not stop reads: a dangling link cannot be read by anyone.
  write('broken/good.log', GO);
  symlinkSync(join(TMP, 'broken', 'gone.log'), join(TMP, 'broken', 'dangling.log'));
  write('broken/z-last.log', JAVA);
  const r = runBuiltCli(['scan', join(TMP, 'broken'), '--json']);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, `kms-errors scan: cannot read ${join(TMP, 'broken', 'dangling.log')}: no such file\n`);
  assert.deepEqual([...new Set(json(r.stdout).occurrences.map((o) => o.file))], [join(TMP, 'broken/good.log'), join(TMP, 'broken/z-last.log')]);
  const missing = runBuiltCli(['scan', join(TMP, 'broken/good.log'), join(TMP, 'no-such.log')]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read .*no-such\.log: no such file/);
  assert.match(missing.stdout, /good\.log: 2 KMS errors/);
});

test('a path that is not a regular file (a pipe) is read to its end', () => {
  const file = join(FIXTURES, 'go-sdkerror.log');
  const fromFile = spawnSync(process.execPath, [CLI_PATH, 'scan', file, '--json'], { encoding: 'utf8' });
  // A shell pipe: /dev/stdin is then a FIFO, with no size and no positional reads.
  const fromPipe = spawnSync('bash', ['-c', 'cat "$1" | "$2" "$3" scan /dev/stdin --json', 'bash', file, process.execPath, CLI_PATH], { encoding: 'utf8' });
  assert.equal(fromPipe.status, 0, fromPipe.stderr);
  assert.ok((JSON.parse(fromPipe.stdout) as { occurrences: unknown[] }).occurrences.length > 0);
  assert.equal(fromPipe.stdout, fromFile.stdout);
});
