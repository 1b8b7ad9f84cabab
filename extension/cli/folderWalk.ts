import { opendir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { FileFilter } from './inputGlobs';

/** A folder entry that could not be read, with the reason, to report and go on. */
export interface WalkFailure {
  readonly path: string;
  readonly error: unknown;
}

/**
 * The files under `root` that `filter` takes, depth first in name order (so output is the same
 * on every run and machine). Symbolic links to files are followed (a dangling one is a failure,
 * reported, not an abort); links to folders are not, so a link cycle cannot loop. Folders that
 * cannot be listed are reported through `onFailure` and skipped.
 */
export async function* walkFolder(root: string, filter: FileFilter, onFailure: (f: WalkFailure) => void, folder = root): AsyncGenerator<string> {
  let entries;
  try {
    const dir = await opendir(folder);
    entries = [];
    for await (const e of dir) entries.push(e);
  } catch (error) {
    onFailure({ path: folder, error });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(folder, e.name);
    if (e.isDirectory()) {
      yield* walkFolder(root, filter, onFailure, path);
    } else if ((e.isFile() || e.isSymbolicLink()) && filter(relative(root, path))) {
      yield path;
    }
  }
}
