import { closeSync, openSync, readSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { CliIo } from './cliTypes';
import { walkFolder } from './folderWalk';
import { InputError } from './gzipBytes';
import type { FileFilter } from './inputGlobs';

/** One thing to scan: a file (found directly or in a folder) or standard input. */
export type ScanInput =
  | { readonly kind: 'stdin'; readonly name: string }
  | { readonly kind: 'file'; readonly name: string; readonly path: string; readonly size: number };

/** An input that could not be read, reported on stderr; the others are still scanned. */
export interface InputFailure {
  readonly name: string;
  readonly reason: string;
}

/** The inputs of one `scan`, in the order given (folders in name order). */
export interface ResolvedInputs {
  readonly inputs: readonly ScanInput[];
  readonly failures: readonly InputFailure[];
  /** More than one path or any folder: every output row then names its file. */
  readonly many: boolean;
}

/** A read error in words: `no such file`, `is a directory`, `truncated gzip data (...)`. */
export function failureReason(err: unknown): string {
  if (err instanceof InputError) return err.message;
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return e.message;
  }
}

/**
 * Turns `scan`'s paths into inputs: files as they are, folders walked recursively through
 * `filter`, `-` as standard input (once). Paths that do not exist or cannot be listed become
 * failures, not an abort.
 */
export async function resolveInputs(paths: readonly string[], filter: FileFilter): Promise<ResolvedInputs> {
  const inputs: ScanInput[] = [];
  const failures: InputFailure[] = [];
  let folders = 0;
  for (const given of paths.length > 0 ? paths : ['-']) {
    if (given === '-') {
      inputs.push({ kind: 'stdin', name: '<stdin>' });
      continue;
    }
    let info;
    try {
      info = await stat(given);
    } catch (err) {
      failures.push({ name: given, reason: failureReason(err) });
      continue;
    }
    if (!info.isDirectory()) {
      inputs.push({ kind: 'file', name: given, path: given, size: info.size });
      continue;
    }
    folders++;
    const onFailure = (f: { path: string; error: unknown }) => failures.push({ name: f.path, reason: failureReason(f.error) });
    for await (const path of walkFolder(given, filter, onFailure)) {
      try {
        const s = await stat(path);
        if (s.isFile()) inputs.push({ kind: 'file', name: path, path, size: s.size });
        else failures.push({ name: path, reason: s.isDirectory() ? 'is a directory' : 'not a regular file' });
      } catch (err) {
        failures.push({ name: path, reason: failureReason(err) });
      }
    }
  }
  return { inputs, failures, many: paths.length > 1 || folders > 0 };
}

/** Counts the bytes passing through, for progress (compressed bytes for a `.gz`). */
async function* counted(source: AsyncIterable<Buffer>, onBytes: (n: number) => void): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    onBytes(chunk.length);
    yield chunk;
  }
}

const READ_BYTES = 1 << 20;

/**
 * A file in 1 MiB reads into one reused buffer, each read synchronously: no chunk costs a fresh
 * allocation (a stream's new buffer per chunk cost a 1 GiB scan a quarter of a second of page
 * faults), and no read waits for a threadpool thread. The scan keeps one core busy and V8's
 * compiler another, so on two cores a read handed to the threadpool waited for a core while the
 * scan waited for the read: the 100 MB benchmark's reading took half again as long. Each chunk
 * is valid until the next is asked for.
 */
async function* fileChunks(path: string): AsyncGenerator<Buffer> {
  const fd = openSync(path, 'r');
  const buffer = Buffer.allocUnsafe(READ_BYTES);
  try {
    for (;;) {
      const bytesRead = readSync(fd, buffer, 0, READ_BYTES, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    closeSync(fd);
  }
}

/** The raw bytes of one input, read as a stream (1 MiB reads for files); see fileChunks on reuse. */
export function inputBytes(input: ScanInput, io: CliIo, onBytes: (n: number) => void): AsyncIterable<Buffer> {
  const source: AsyncIterable<Buffer> =
    input.kind === 'file'
      ? fileChunks(input.path)
      : io.stdinStream
        ? io.stdinStream()
        : (async function* () {
            yield await io.readStdin();
          })();
  return counted(source, onBytes);
}
