import { setFlagsFromString } from 'node:v8';

/**
 * V8 flags the server sets for itself as its first module runs, whatever the editor started it
 * with (flags V8 reads only at start, like the semi-space size, are SERVER_EXEC_ARGV's, in
 * extension/host/serverExecArgv.ts).
 *
 * `--semi-space-growth-factor=4`: opening a large log allocates from the first message, and the
 * young generation, starting at 1 MB and doubling, took several scavenges to reach the 4 MB that
 * SERVER_EXEC_ARGV allows; at once it takes fewer. CPU from didOpen of the 50 MB benchmark log to
 * the first diagnostics, medians of 12 and 16 interleaved fresh-server opens: 224 against 243 ms
 * and 231 against 245 ms, for the same memory (the limit is unchanged).
 */
setFlagsFromString('--semi-space-growth-factor=4');
