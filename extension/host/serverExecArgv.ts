/**
 * V8 flags the language server's Node process starts with; the benchmark and the stdio tests
 * start it with the same ones. A 1 MB semi-space caps the young generation at a few MB instead
 * of the default 16 MB per semi-space, which the server otherwise grows to while it reads a large
 * log and then keeps resident: measured 25 MB less idle RSS with a 50 MB log open.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=1'];

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
