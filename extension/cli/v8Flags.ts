import { setFlagsFromString } from 'node:v8';

/**
 * V8 flags for the CLI, set as its first module runs, before any of the scan's code is compiled.
 *
 * `--no-turbo-inlining`: a one-shot scan spends much of its extra time running unoptimized code
 * while TurboFan compiles the hot functions on another thread. Without inlining each compile job is
 * smaller and optimized code arrives sooner: on the 100 MB benchmark log the whole run went from
 * 564 to 517 ms (median of 10 interleaved runs, in process, the same output); warm code is not
 * measurably slower. KMS_ERRORS_V8_DEFAULTS=1 leaves V8's defaults, to measure the difference.
 */
if (!process.env.KMS_ERRORS_V8_DEFAULTS) setFlagsFromString('--no-turbo-inlining');
