// The corpus's labels hold however the text reached the reader: with Windows line ends, trailing
// spaces, every line quoted in a reply or behind a log runner's prefix (compose, kubectl, GitHub
// Actions' timestamps, the CRI log files of Kubernetes nodes, `docker logs -t`, Jenkins' timestamps,
// journald), or after a terminal's colour reset. Each variant keeps every
// label's line and fields and moves its column by the prefix alone; a difference is a class of
// miss (a reader that reads across lines from the line's start, a word bound glued to an escape),
// not one fixture's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DocumentIndex, scanText } from '../../extension/core';
import { anchoredScan, wholeScan } from '../support/anchoredScan';
import { corpusFixtures, corpusLabels, placeOf, type Label } from '../support/recognizeCorpus';
import { stringLineSource } from '../support/stringLineSource';

interface Variant {
  readonly name: string;
  readonly apply: (text: string) => string;
  /** How far the variant moves a label's column. */
  readonly shift: number;
}

/** `prefix` before every line (none after the text's final line end). */
function everyLine(prefix: string): Variant {
  const apply = (t: string) => t.split('\n').map((line, i, lines) => (i === lines.length - 1 && line === '' ? line : prefix + line)).join('\n');
  return { name: `every line behind ${JSON.stringify(prefix)}`, apply, shift: prefix.length };
}

const VARIANTS: readonly Variant[] = [
  { name: 'CRLF line ends', apply: (t) => t.replace(/\n/g, '\r\n'), shift: 0 },
  { name: 'trailing spaces', apply: (t) => t.replace(/\n/g, '  \n'), shift: 0 },
  everyLine('> '),
  everyLine('> > '),
  everyLine('web-1  | '),
  everyLine('[pod/keys-5f6d7c8b9-q4w2e/keys] '),
  everyLine('2024-05-01T10:00:02.1234567Z '),
  everyLine('2024-05-01T10:00:02.123456789Z stderr F '),
  everyLine('2024-05-01T18:00:02.5+08:00 stdout F '),
  everyLine('[2024-05-01T10:00:02.123Z] '),
  everyLine('2024-05-01T10:00:02.123456789Z '),
  everyLine('May 01 10:00:03 app-host crypto[2211]: '),
  everyLine('\x1b[0m'),
];

const key = (l: Label) => `${placeOf(l)} ${l.api} ${l.httpStatus} ${l.requestId} ${l.operation}`;

for (const variant of VARIANTS) {
  test(`the corpus's labels hold with ${variant.name}`, () => {
    const problems: string[] = [];
    for (const { name, text, expected } of corpusFixtures()) {
      const changed = variant.apply(text);
      const want = expected.map((l) => key({ ...l, column: l.column + variant.shift }));
      const got = corpusLabels(changed, scanText(changed)).map(key);
      for (const w of want) if (!got.includes(w)) problems.push(`${name}: missed ${w}`);
      for (const g of got) if (!want.includes(g)) problems.push(`${name}: unexpected ${g}`);
    }
    assert.deepEqual(problems, []);
  });
}

// The CLI reads the bytes in pieces, the server keeps an incremental index of lines: under every
// variant both must read the records (and so the fields and times) the whole-text scan reads.
// The pieces' edges are where the bytes' reader judges a line alone, so the CLI's reader runs at
// three sizes (chunk, batch): each puts its cuts in other places of the same text.
const PIECE_SIZES: readonly (readonly [number, number])[] = [[4096, 64 * 1024], [1000, 4096], [997, 1499]];
// Every line indented (a Markdown code block, a list item): the labels do not all hold (the
// fixtures' `# source:` lines then belong to the indented block; indentedRecords.ts), but the
// readers must still agree, since the indented-paste rule reads the lines above a line.
const INDENTED: readonly Variant[] = [everyLine('    '), everyLine('\t'), everyLine('>     ')];

test("the CLI's reader and the server's index agree with the whole-text scan under every variant", async () => {
  const all = corpusFixtures().map((f) => f.text).join('\n');
  for (const variant of [...VARIANTS, ...INDENTED]) {
    const text = variant.apply(all);
    const whole = wholeScan(text);
    for (const [chunk, batch] of PIECE_SIZES) assert.deepEqual((await anchoredScan(Buffer.from(text), chunk, batch)).rows, whole, `${variant.name}, pieces of ${chunk}/${batch} bytes`);
    if (!text.includes('\r')) assert.deepEqual(new DocumentIndex(stringLineSource(text)).occurrences(), scanText(text), variant.name);
  }
});

test('the variants change the text they are applied to', () => {
  const sample = 'a\nb\n';
  for (const v of VARIANTS) assert.notEqual(v.apply(sample), sample, v.name);
  assert.equal(everyLine('> ').apply(sample), '> a\n> b\n');
});
