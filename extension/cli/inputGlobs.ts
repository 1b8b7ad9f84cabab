import picomatch from 'picomatch';

/**
 * The files a folder contributes by default: logs as they are kept (`app.log`, rotated
 * `app.log.3`), text and `.out` captures, and the gzip forms of all of them.
 */
export const DEFAULT_INCLUDE: readonly string[] = ['*.log?(.gz)', '*.log.+([0-9])?(.gz)', '*.txt?(.gz)', '*.out?(.gz)'];

/** Decides which files found in a folder are scanned, from --include and --exclude globs. */
export interface FileFilter {
  (relativePath: string): boolean;
}

/**
 * A filter from globs (picomatch syntax: `*`, `**`, `?`, `[...]`, `{a,b}`). A glob without a
 * slash matches the file's name at any depth (`*.log`), one with a slash the path relative to the
 * folder (`archive/**`). A file is taken when it matches an include (the defaults when none is
 * given) and no exclude. The defaults' `*.log.+([0-9])` keeps `app.log.3` and leaves out `app.log.bak`.
 */
export function fileFilter(include: readonly string[], exclude: readonly string[]): FileFilter {
  const options = { dot: true };
  const compile = (globs: readonly string[]) => globs.map((g) => ({ bare: !g.includes('/'), test: picomatch(g, options) }));
  const inc = compile(include.length > 0 ? include : DEFAULT_INCLUDE);
  const exc = compile(exclude);
  const matches = (rules: ReturnType<typeof compile>, path: string, name: string) => rules.some((r) => r.test(r.bare ? name : path));
  return (relativePath) => {
    const path = relativePath.split('\\').join('/');
    const name = path.slice(path.lastIndexOf('/') + 1);
    return matches(inc, path, name) && !matches(exc, path, name);
  };
}
