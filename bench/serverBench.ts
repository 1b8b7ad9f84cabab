// The language server over a real stdio connection on a 50 MB log: hover round trips, the server's
// CPU from didOpen to the first diagnostics against grep on the same file (and its peak memory), diagnostics after a one-line edit, and the
// server's memory. Each timing is printed with a reference measured in the same run.
//
//   npm run bench:server [-- FILE]   (generates $TMPDIR/kms-bench/app-50mb.log if missing;
//   KMS_ERRORS_SERVER_JS=OTHER/dist/server.js measures another build, for a before/after)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ALL_CODES, lineIndexOf } from '../extension/core';
import { startLspServer } from '../test/support/lspServerProcess';
import { SERVER_ENV, SERVER_EXEC_ARGV } from '../extension/host/serverExecArgv';
import { generateLog } from './generateLog';
import { prng } from '../test/support/prng';

const HOVERS = 2000;
const EDITS = 20;
const PINGS = 500;
const SUMMARIES = 20;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
function stats(samples: number[]): { p50: number; p99: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p99: percentile(s, 99), max: s[s.length - 1]! };
}
const ms = (n: number) => `${n.toFixed(2)} ms`;

/**
 * The child's resident and peak memory in bytes, from /proc (Linux). RSS also counts the pages of
 * the node executable mapped from disk (shared with every Node process), so the private
 * (anonymous) part is reported beside it.
 */
function memoryOf(pid: number): { rss: number; peak: number; anon: number; file: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM'), anon: kb('RssAnon'), file: kb('RssFile') };
}

/**
 * Resident bytes of the child's `[heap]` mapping: glibc's main malloc arena (Node's buffers,
 * V8's own bookkeeping). V8's heap is mapped elsewhere. Freed memory that glibc keeps shows here.
 */
function mallocHeapOf(pid: number): number {
  const smaps = readFileSync(`/proc/${pid}/smaps`, 'utf8');
  const at = smaps.search(/ \[heap\]\n/);
  if (at < 0) return 0;
  return Number(/^Rss:\s+(\d+) kB/m.exec(smaps.slice(at))?.[1] ?? 0) * 1024;
}

/**
 * The child's CPU time in ms: the time on a CPU of each of its threads, from
 * /proc/PID/task/TID/schedstat (nanoseconds), else user + system from /proc/PID/stat (10 ms
 * ticks). Wall times on a shared machine include waiting for a core; CPU time is the work itself.
 */
function cpuMsOf(pid: number): number {
  try {
    let ns = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    if (ns > 0) return ns / 1e6;
  } catch {
    // No schedstat (a kernel without it): ticks below.
  }
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Opens of the log measured each in a fresh server, beside the main session's own open. */
const OPENS = 5;

interface OpenSample {
  readonly cpu: number;
  readonly wall: number;
}

/** didOpen of `text` in a fresh server, to its first publishDiagnostics: the server's CPU and the wall time. */
async function measureOpen(text: string): Promise<OpenSample> {
  const server = await startLspServer({ settings: { diagnostics: 'logs' } });
  try {
    const pid = server.child.pid!;
    const uri = 'file:///bench/app.log';
    const t0 = performance.now();
    const cpu0 = cpuMsOf(pid);
    const first = server.nextDiagnostics(uri, () => true, 600_000);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'log', version: 1, text } });
    await first;
    return { cpu: cpuMsOf(pid) - cpu0, wall: performance.now() - t0 };
  } finally {
    await server.close();
  }
}


async function main(): Promise<void> {
  const file = process.argv[2] ?? join(tmpdir(), 'kms-bench', 'app-50mb.log');
  if (!existsSync(file)) {
    console.log(`generating ${file} ...`);
    await generateLog(file, 50);
  }
  const bytes = statSync(file).size;
  const text = readFileSync(file, 'utf8');
  const lineOf = lineIndexOf(text);
  const codesFile = join(dirname(file), 'codes.txt');
  writeFileSync(codesFile, ALL_CODES.join('\n') + '\n');
  console.log(`file: ${file} (${(bytes / 1048576).toFixed(1)} MB)`);
  // The server runs as the extension starts it (test/support/lspServerProcess.ts); say how.
  const env = Object.keys(SERVER_ENV).map((k) => `${k}=${process.env[k] ?? SERVER_ENV[k]}`);
  console.log(`server: ${[...env, 'node', ...SERVER_EXEC_ARGV, process.env.KMS_ERRORS_SERVER_NODE_ARGS ?? ''].join(' ').trim()} ${process.env.KMS_ERRORS_SERVER_JS ?? 'dist/server.js'} --stdio`);

  let grepMs = Infinity;
  let grepLines = '';
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const r = spawnSync('grep', ['-c', '-F', '-w', '-f', codesFile, file], { encoding: 'utf8' });
    grepMs = Math.min(grepMs, performance.now() - t0);
    grepLines = r.stdout.trim();
  }

  // The open is one sample per server process: several, each in a fresh server, and the median.
  const opens: OpenSample[] = [];
  for (let i = 0; i < OPENS; i++) opens.push(await measureOpen(text));

  const server = await startLspServer({ settings: { diagnostics: 'logs' } });
  const pid = server.child.pid!;
  const uri = 'file:///bench/app.log';
  try {
    const baseline = memoryOf(pid);
    const t0 = performance.now();
    const openCpu0 = cpuMsOf(pid);
    const first = server.nextDiagnostics(uri, () => true, 600_000);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'log', version: 1, text } });
    const published = await first;
    const openMs = performance.now() - t0;
    const openCpu = cpuMsOf(pid) - openCpu0;
    const openPeak = memoryOf(pid).peak;
    // The summary needs the whole index: it completes what the first publication left to the background.
    const s0 = performance.now();
    const summary = await server.connection.sendRequest<{ total: number }>('kmsErrors/summary', { uri });
    const indexedMs = performance.now() - t0;
    const summaryMs = performance.now() - s0;
    const indexedCpu = cpuMsOf(pid) - openCpu0;
    const indexedPeak = memoryOf(pid).peak;
    // The side bar asks for the summary 400 ms after a change; by then the server has read the
    // record times while idle (startServer's prepareSummarySoon). Later summaries reuse them.
    const idleCpu0 = cpuMsOf(pid);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const idleCpu = cpuMsOf(pid) - idleCpu0;
    const firstSummaryCpu0 = cpuMsOf(pid);
    const firstSummaryT0 = performance.now();
    await server.connection.sendRequest<{ total: number }>('kmsErrors/summary', { uri });
    const firstSummaryMs = performance.now() - firstSummaryT0;
    const firstSummaryCpu = cpuMsOf(pid) - firstSummaryCpu0;

    // Reference round trip: a request whose handler does nothing (an unknown document's summary).
    const pings: number[] = [];
    for (let i = 0; i < PINGS; i++) {
      const s = performance.now();
      await server.connection.sendRequest('kmsErrors/summary', { uri: 'file:///bench/none.log' });
      pings.push(performance.now() - s);
    }

    // The side bar's summary with its timeline: counts, times and buckets computed in the core.
    const summaries: number[] = [];
    let buckets = 0;
    let summaryBytes = 0;
    const summaryCpu0 = cpuMsOf(pid);
    for (let i = 0; i < SUMMARIES; i++) {
      const s = performance.now();
      const answer = await server.connection.sendRequest<{ timeline?: { buckets: unknown[] } }>('kmsErrors/summary', { uri });
      summaries.push(performance.now() - s);
      buckets = answer.timeline?.buckets.length ?? 0;
      summaryBytes = JSON.stringify(answer).length;
    }
    const summaryCpu = (cpuMsOf(pid) - summaryCpu0) / SUMMARIES;

    // Hovers: half on KMS codes, half anywhere.
    const random = prng(7);
    const codeRe = new RegExp(`(?<![\\w.])(?:${ALL_CODES.map((c) => c.replace(/\./g, '\\.')).join('|')})(?![\\w])`, 'g');
    const codeOffsets: number[] = [];
    for (const m of text.matchAll(codeRe)) codeOffsets.push(m.index + 2);
    const lineCount = lineOf(text.length) + 1;
    const hovers: number[] = [];
    let hits = 0;
    const hoverCpu0 = cpuMsOf(pid);
    for (let i = 0; i < HOVERS; i++) {
      let position;
      if (i % 2 === 0 && codeOffsets.length > 0) {
        const offset = codeOffsets[Math.floor(random() * codeOffsets.length)]!;
        const line = lineOf(offset);
        position = { line, character: offset - text.lastIndexOf('\n', offset - 1) - 1 };
      } else position = { line: Math.floor(random() * lineCount), character: Math.floor(random() * 80) };
      const s = performance.now();
      const h = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
      hovers.push(performance.now() - s);
      if (h) hits++;
    }
    const hoverCpu = (cpuMsOf(pid) - hoverCpu0) / HOVERS;
    const afterHovers = memoryOf(pid);

    // One-line edits in the middle of the file: didChange -> publishDiagnostics of that version.
    const edits: number[] = [];
    const editCpu0 = cpuMsOf(pid);
    for (let i = 0; i < EDITS; i++) {
      const line = Math.floor(lineCount / 2) + i * 7;
      const version = 2 + i;
      const next = server.nextDiagnostics(uri, (p) => p.version === version, 60_000);
      const s = performance.now();
      await server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: `2026-11-27T00:00:00Z ERROR Code: Rejected.PendingDeletion (edit ${i})\n` }],
      });
      await next;
      edits.push(performance.now() - s);
    }
    const editCpu = (cpuMsOf(pid) - editCpu0) / EDITS;
    const afterEdits = memoryOf(pid);
    // The server hands memory back once idle (idleGc.ts); give it the time an editor would.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const settled = memoryOf(pid);
    const mallocHeap = mallocHeapOf(pid);

    const ping = stats(pings);
    const hover = stats(hovers);
    const edit = stats(edits);
    console.log('');
    opens.push({ cpu: openCpu, wall: openMs });
    const openCpus = opens.map((o) => o.cpu).sort((a, b) => a - b);
    const medianOf = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
    const cpuMedian = medianOf(openCpus);
    const wallMedian = medianOf(opens.map((o) => o.wall));
    console.log(`grep -c -F -w -f codes.txt (best of 5): ${ms(grepMs)} (${grepLines} lines)`);
    console.log(
      `didOpen -> first publishDiagnostics, server CPU (median of ${opens.length} opens, each in a fresh server): ${ms(cpuMedian)}; ratio to grep's time ${(cpuMedian / grepMs).toFixed(1)}x (target <= 5x)`,
    );
    console.log(`  the opens' CPU: ${openCpus.map((c) => c.toFixed(0)).join(', ')} ms`);
    console.log(`  wall time beside it (median): ${ms(wallMedian)} (${(wallMedian / grepMs).toFixed(1)}x grep), which includes the client encoding and sending the 50 MB message`);
    console.log(`  ${published.diagnostics.length} diagnostics published (kmsErrors.maxDiagnostics), ${summary.total} KMS errors found`);
    console.log(`  whole index (summary answered): ${ms(indexedMs)} after didOpen, server CPU ${ms(indexedCpu)}; the summary request waited ${ms(summaryMs)}`);
    console.log(`  peak RSS during the open: ${(openPeak / bytes).toFixed(2)}x the file (target <= 4x) to the first publication, ${(indexedPeak / bytes).toFixed(2)}x to the whole index`);
    console.log(`reference round trip (no-op request): p50 ${ms(ping.p50)}, p99 ${ms(ping.p99)}`);
    const summaryStats = stats(summaries);
    console.log(`summary request with timeline (${SUMMARIES}, ${buckets} buckets, ${(summaryBytes / 1024).toFixed(1)} KiB): p50 ${ms(summaryStats.p50)}, max ${ms(summaryStats.max)}; p50 ratio to reference ${(summaryStats.p50 / ping.p50).toFixed(1)}x`);
    console.log(`  server CPU per summary request: ${ms(summaryCpu)} (target <= 50 ms); one 500 ms after the first (the side bar asks 400 ms after a change): ${ms(firstSummaryMs)} wall, ${ms(firstSummaryCpu)} CPU`);
    console.log(`  server CPU in those 500 ms (reading record times ahead, idle GC): ${ms(idleCpu)}`);
    console.log(`hover round trip (${HOVERS}, ${hits} with a hover): p50 ${ms(hover.p50)}, p99 ${ms(hover.p99)}, max ${ms(hover.max)}; p99 ratio to reference ${(hover.p99 / ping.p99).toFixed(1)}x (target p99 <= 5 ms)`);
    console.log(`  server CPU per hover: ${ms(hoverCpu)}`);
    console.log(`one-line edit -> diagnostics republished (${EDITS}): p50 ${ms(edit.p50)}, max ${ms(edit.max)}; p50 ratio to reference ${(edit.p50 / ping.p50).toFixed(1)}x (target <= 20 ms)`);
    console.log(`  server CPU per edit (apply, rescan, diagnostics, send): ${ms(editCpu)}`);
    console.log(`load average while measuring: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} (${availableParallelism()} cores)`);
    const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;
    console.log(`server memory: before open ${mb(baseline.rss)}; RSS ${mb(afterHovers.rss)} after hovers, ${mb(afterEdits.rss)} right after edits, ${mb(settled.rss)} idle 3 s later; peak ${mb(settled.peak)}`);
    console.log(`  idle RSS / file size: ${(settled.rss / bytes).toFixed(2)}x (target <= 3x); peak / file size ${(settled.peak / bytes).toFixed(2)}x`);
    console.log(`  idle RSS split: ${mb(settled.anon)} private (anonymous, ${(settled.anon / bytes).toFixed(2)}x the file) + ${mb(settled.file)} mapped from files (the node executable); before open ${mb(baseline.anon)} private`);
    console.log(`  of the private part, glibc's main heap: ${mb(mallocHeap)} (the rest is mostly V8's heap)`);
  } finally {
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
