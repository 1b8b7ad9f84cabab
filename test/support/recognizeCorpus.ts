// The labelled corpus of test/fixtures/recognize: each fixture FILE with FILE.expected.json, the
// occurrences a reader labelled by hand ({line, column, code, api, httpStatus, requestId,
// operation}, 1-based lines and UTF-16 columns).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineIndexOf, type Occurrence } from '../../extension/core';
import { stringLineSource } from './stringLineSource';

export const CORPUS_DIR = join(__dirname, '..', 'fixtures', 'recognize');

export interface Label {
  readonly line: number;
  readonly column: number;
  readonly code: string;
  readonly api: string;
  readonly httpStatus: number | null;
  readonly requestId: string | null;
  readonly operation: string | null;
}

export interface CorpusFixture {
  readonly name: string;
  readonly text: string;
  readonly expected: Label[];
}

/** Every fixture with its labels. */
export function corpusFixtures(): CorpusFixture[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => !f.endsWith('.expected.json'))
    .map((name) => ({
      name,
      text: readFileSync(join(CORPUS_DIR, name), 'utf8'),
      expected: JSON.parse(readFileSync(join(CORPUS_DIR, `${name}.expected.json`), 'utf8')) as Label[],
    }));
}

/** The occurrences found in `text`, as labels. */
export function corpusLabels(text: string, found: readonly Occurrence[]): Label[] {
  const lineOf = lineIndexOf(text);
  const source = stringLineSource(text);
  return found.map((o) => {
    const line = lineOf(o.start);
    return {
      line: line + 1,
      column: o.start - source.offsetAt(line) + 1,
      code: o.code,
      api: o.api,
      httpStatus: o.httpStatus,
      requestId: o.requestId,
      operation: o.operation,
    };
  });
}

/** Where a label stands: `line:column code`. */
export function placeOf(l: Pick<Label, 'line' | 'column' | 'code'>): string {
  return `${l.line}:${l.column} ${l.code}`;
}
