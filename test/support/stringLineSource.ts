import type { LineSource } from '../../extension/core';

/** A LineSource over a string, as the language server's TextDocument provides one. */
export function stringLineSource(text: string): LineSource {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    lineCount: starts.length,
    offsetAt: (line) => starts[line]!,
    lineAt: (line) => {
      const s = starts[line]!;
      const next = starts[line + 1];
      const raw = next === undefined ? text.slice(s) : text.slice(s, next - 1);
      return raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    },
  };
}

/** A mutable LineSource over an array of lines, for incremental-edit tests. */
export class MutableLines implements LineSource {
  constructor(public lines: string[]) {}
  get lineCount(): number {
    return this.lines.length;
  }
  lineAt(line: number): string {
    return this.lines[line]!;
  }
  offsetAt(line: number): number {
    let at = 0;
    for (let i = 0; i < line; i++) at += this.lines[i]!.length + 1;
    return at;
  }
  text(): string {
    return this.lines.join('\n');
  }
}
