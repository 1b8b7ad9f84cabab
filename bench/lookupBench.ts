// Lookup at an offset (what a hover does) in the 100 MB log: occurrencesAt reads only the line
// and its record, so its cost must not depend on the document. Target: p99 <= 0.2 ms.
// Reference measured in the same run: the naive code regex over the hovered line alone (what a
// hover without record context would cost).
//
//   npm run bench:lookup          (generates $TMPDIR/kms-bench/app-100mb.log if missing)
import { existsSync, readFileSync } from 'node:fs';
import { ALL_CODES, occurrencesAt, type LineSource } from '../extension/core';
import { DEFAULT_LOG, generateLog } from './generateLog';

const LOOKUPS = 20_000;

/** A LineSource over a string, as a language server's document gives one (line starts known). */
function lineSource(text: string): LineSource {
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    lineCount: starts.length,
    offsetAt: (line) => starts[line]!,
    lineAt: (line) => text.slice(starts[line]!, line + 1 < starts.length ? starts[line + 1]! - 1 : text.length),
  };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function timeEach(positions: readonly (readonly [number, number])[], run: (line: number, ch: number) => unknown): number[] {
  const times: number[] = [];
  for (const [line, ch] of positions) {
    const t0 = performance.now();
    run(line, ch);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  const file = process.argv[2] ?? DEFAULT_LOG;
  if (!existsSync(file)) await generateLog(file, 100);
  const text = readFileSync(file, 'utf8');
  const source = lineSource(text);
  console.log(`file: ${file} (${(text.length / 1048576).toFixed(1)} M characters, ${source.lineCount} lines), ${LOOKUPS} lookups`);

  // Random positions, half of them on lines that carry an error (the hovers that matter).
  let seed = 7;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
  const errorLines: number[] = [];
  for (let l = 0; l < source.lineCount && errorLines.length < 50_000; l++) if (/Forbidden|Rejected|Tea|SDKError|kms/.test(source.lineAt(l))) errorLines.push(l);
  const positions: (readonly [number, number])[] = [];
  for (let i = 0; i < LOOKUPS; i++) {
    const line = i % 2 === 0 ? errorLines[Math.floor(rand() * errorLines.length)]! : Math.floor(rand() * source.lineCount);
    positions.push([line, Math.floor(rand() * source.lineAt(line).length)]);
  }

  const naive = new RegExp(`\\b(?:${ALL_CODES.map((c) => c.replace(/\./g, '\\.')).join('|')})\\b`, 'g');
  let hits = 0;
  // Warm up both, so the timings are of optimized code.
  for (const [l, c] of positions.slice(0, 2000)) hits += occurrencesAt(source, l, c).length + (source.lineAt(l).match(naive)?.length ?? 0);
  const lookup = timeEach(positions, (l, c) => (hits += occurrencesAt(source, l, c).length));
  const reference = timeEach(positions, (l) => (hits += source.lineAt(l).match(naive)?.length ?? 0));

  const fmt = (t: number[]): string => `p50 ${percentile(t, 50).toFixed(4)} ms   p99 ${percentile(t, 99).toFixed(4)} ms   max ${t[t.length - 1]!.toFixed(3)} ms`;
  console.log(`occurrencesAt:            ${fmt(lookup)}   (target p99 <= 0.2 ms)`);
  console.log(`reference (line regex):   ${fmt(reference)}`);
  console.log(`p99 ratio occurrencesAt / reference: ${(percentile(lookup, 99) / percentile(reference, 99)).toFixed(1)}   (hits ${hits})`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
