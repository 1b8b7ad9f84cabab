/**
 * V8 flags the language server's Node process starts with; the benchmark and the stdio tests
 * start it with the same ones. A 4 MB semi-space caps the young generation at about 12 MB instead
 * of the default 16 MB per semi-space, which the server otherwise grows to while it reads a large
 * log and then keeps resident. 1 MB kept idle RSS lowest (8 MB less with a 50 MB log open), but
 * reading that log then took some 270 scavenges, one per megabyte decoded: 4 MB measured 25-30 ms
 * less CPU from didOpen to the first diagnostics (in process: 215 -> 190 ms; bench:server 290 ->
 * 260 ms) for idle RSS 2.37x -> 2.51x the file (target 3x). 8 MB and more saved little more.
 * `--no-turbo-inlining` makes TurboFan's compile jobs smaller, so the code that scans a large
 * document on open is optimized sooner (as in the CLI, extension/cli/v8Flags.ts): CPU from didOpen
 * to the first diagnostics on a 50 MB log, medians of 5 opens in 3 interleaved rounds, 335, 309,
 * 313 ms -> 283, 263, 302 ms; hover p99 and edit p50 unchanged (bench:server).
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=4', '--no-turbo-inlining'];

/**
 * Environment the server process starts with, on top of the editor's. Node reads a pipe in
 * 64 KB buffers from malloc; a 50 MB didOpen is some 800 of them, all alive until the message is
 * whole. glibc serves them from its main heap, and once they are freed that memory stays
 * resident: later allocations above them keep the heap from shrinking, and glibc only gives back
 * its top. Measured with a 50 MB log open: 60 MB of heap of which 5 MB in use. Allocations of
 * 64 KB and more mmapped on their own are unmapped when freed (and fixing the threshold also
 * stops glibc from raising it after the first large free). Other C libraries ignore the variable.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_MMAP_THRESHOLD_: '65536' };
