import { setFlagsFromString } from 'node:v8';

/**
 * V8 flags for the CLI, set as its first module runs, before any of the scan's code is compiled.
 * Only flags V8 reads as it goes take effect this late (the heap's sizes are fixed at start:
 * `--min-semi-space-size` set here changes nothing, measured).
 *
 * `--no-turbo-inlining`: a one-shot scan spends much of its extra time running unoptimized code
 * while TurboFan compiles the hot functions on another thread. Without inlining each compile job is
 * smaller and optimized code arrives sooner: on the 100 MB benchmark log the whole run went from
 * 564 to 517 ms (median of 10 interleaved runs, in process, the same output); warm code is not
 * measurably slower.
 *
 * `--semi-space-growth-factor=16`: the young generation starts at 1 MB and doubles each time it
 * grows, so the scan's short-lived strings went through 19 scavenges (32 to 46 ms of GC, from
 * --trace-gc); growing it to its 16 MB limit at once leaves 7 (16 to 24 ms). Whole run: 535
 * against 569 ms (medians of 21 interleaved runs), for 16 MB more peak memory (93 against 77 MB).
 *
 * KMS_ERRORS_V8_DEFAULTS=1 leaves V8's defaults, to measure the difference.
 */
if (!process.env.KMS_ERRORS_V8_DEFAULTS) setFlagsFromString('--no-turbo-inlining --semi-space-growth-factor=16');
