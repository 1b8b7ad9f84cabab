// Every fixture of the labelled recognition corpus names where its text or format comes from, in
// a comment at its head written in the comment syntax of its file type (so the fixture stays a
// valid file of that type): a public URL, or the SDK repository (`owner/name`) and file whose
// format string it reproduces. Published-* fixtures also name a source per case.
import { extname } from 'node:path';

/** The line-comment marker that fits a fixture's file type: `//` in Java, Go and TypeScript, `#` elsewhere. */
export function commentMarkerOf(name: string): '//' | '#' {
  return ['.java', '.go', '.ts'].includes(extname(name)) ? '//' : '#';
}

// A source names a public URL or a GitHub-style `owner/name` repository.
const NAMES_A_SOURCE = /(https:\/\/\S+|\b[\w.-]+\/[\w.-]+)/;

/**
 * Why a fixture's head does not name its source, or null when it does. The head is the run of
 * comment and blank lines before the first other line; one of its lines must be
 * `<marker> source: ...` naming a URL or a repository.
 */
export function sourceHeaderProblem(name: string, text: string): string | null {
  const marker = commentMarkerOf(name);
  const head: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    if (!line.startsWith(marker)) break;
    head.push(line);
  }
  const prefix = `${marker} source: `;
  const source = head.find((l) => l.startsWith(prefix));
  if (!source) return `${name}: no "${prefix}..." comment at its head`;
  if (!NAMES_A_SOURCE.test(source.slice(prefix.length))) return `${name}: the source comment names no URL or repository: ${source}`;
  return null;
}
