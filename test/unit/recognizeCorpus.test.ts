// Precision and recall of recognition on the labelled corpus in test/fixtures/recognize: every
// SDK log format of the reference, JSON and logfmt logs, source code, and lookalikes that must
// not count. Each fixture FILE has FILE.expected.json: [{line, column, code, api, httpStatus,
// requestId, operation}] (1-based lines and UTF-16 columns), written by hand from the reference.
// Every fixture names its public source in a comment (the real texts it reproduces).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DocumentIndex, lineIndexOf, occurrencesAt, occurrencesInRecordOf, scanText } from '../../extension/core';
import { corpusFixtures as fixtures, corpusLabels as toLabels, placeOf as where, type Label } from '../support/recognizeCorpus';
import { sourceHeaderProblem } from '../support/corpusSources';
import { stringLineSource } from '../support/stringLineSource';

test('recognition on the labelled corpus: precision and recall are 100%, and so is every context field', () => {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const problems: string[] = [];
  for (const { name, text, expected } of fixtures()) {
    const found = toLabels(text, scanText(text));
    const byPlace = new Map(expected.map((e) => [where(e), e]));
    for (const f of found) {
      const e = byPlace.get(where(f));
      if (!e) {
        fp++;
        problems.push(`${name}: unexpected ${JSON.stringify(f)}`);
        continue;
      }
      tp++;
      byPlace.delete(where(f));
      for (const key of ['api', 'httpStatus', 'requestId', 'operation'] as const) {
        if (f[key] !== e[key]) problems.push(`${name} ${where(f)}: ${key} ${JSON.stringify(f[key])}, expected ${JSON.stringify(e[key])}`);
      }
    }
    for (const e of byPlace.values()) {
      fn++;
      problems.push(`${name}: missed ${JSON.stringify(e)}`);
    }
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  console.log(`recognize corpus: ${tp} true positives, ${fp} false positives, ${fn} missed; precision ${(precision * 100).toFixed(1)}%, recall ${(recall * 100).toFixed(1)}%`);
  assert.ok(tp > 40, `the corpus should label a substantial number of occurrences (got ${tp})`);
  assert.deepEqual(problems, []);
});

test('hover lookups and the incremental index agree with the whole-text scan on every fixture', () => {
  for (const { name, text } of fixtures()) {
    const all = scanText(text);
    const source = stringLineSource(text);
    const lineOf = lineIndexOf(text);
    for (const o of all) {
      const line = lineOf(o.start);
      const at = occurrencesAt(source, line, o.start - source.offsetAt(line) + 1);
      assert.ok(
        at.some((a) => a.start === o.start && a.code === o.code && a.requestId === o.requestId && a.httpStatus === o.httpStatus && a.api === o.api),
        `${name}: lookup at ${where({ ...o, line: line + 1, column: o.start - source.offsetAt(line) + 1 } as unknown as Label)}`,
      );
    }
    // And the other way: a lookup never finds what the full scan (which parses only records with
    // an anchor) missed.
    const keys = new Set(all.map((o) => `${o.start} ${o.code} ${o.kind}`));
    for (let line = 0; line < source.lineCount; line++) {
      for (const o of occurrencesInRecordOf(source, line)) assert.ok(keys.has(`${o.start} ${o.code} ${o.kind}`), `${name}: line ${line + 1} ${o.code}`);
    }
    if (!text.includes('\r')) assert.deepEqual(new DocumentIndex(source).occurrences(), all, name);
  }
});

// Published texts (issue threads, Q&A pages, vendor samples) are what recognition is judged on:
// each case in a published-* fixture names where it was published.
test('every case of a published fixture names its public source', () => {
  const published = fixtures().filter((f) => f.name.startsWith('published-'));
  assert.ok(published.length >= 3);
  let cases = 0;
  for (const { name, text } of published) {
    for (const block of text.split(/\n\s*\n/)) {
      const lines = block.split('\n').filter((l) => l.trim() !== '');
      if (lines.every((l) => l.startsWith('#'))) continue;
      cases++;
      assert.ok(
        lines.some((l) => /^# source: https:\/\/\S+/.test(l)),
        `${name}: a case without a source comment: ${lines[0]}`,
      );
    }
  }
  assert.ok(cases >= 40, `at least 40 published cases (got ${cases})`);
});

// Every fixture, published or built from an SDK's format, says where it comes from at its head.
test('every corpus fixture names its source in a comment fitting its file type', () => {
  const all = fixtures();
  assert.ok(all.length >= 20);
  const problems = all.map((f) => sourceHeaderProblem(f.name, f.text)).filter((p) => p !== null);
  assert.deepEqual(problems, []);
});

test('the source check fails on a fixture without a source, with the wrong comment syntax, or naming nothing', () => {
  const named = '# source: built from the format in aliyun/tea-python Tea/exceptions.py\n\nError: X y\n';
  assert.equal(sourceHeaderProblem('a.log', named), null);
  assert.equal(sourceHeaderProblem('a.py', '# source: https://example.com/thread/1\nx = 1\n'), null);
  assert.equal(sourceHeaderProblem('A.java', '// source: aliyun/tea-java TeaException.java\npackage a;\n'), null);
  assert.match(sourceHeaderProblem('a.log', 'Error: X y\n# source: https://example.com/late\n') ?? '', /no "# source: /);
  assert.match(sourceHeaderProblem('A.java', named) ?? '', /no "\/\/ source: /);
  assert.match(sourceHeaderProblem('a.go', '# source: https://example.com\npackage a\n') ?? '', /no "\/\/ source: /);
  assert.match(sourceHeaderProblem('a.ts', '// source: my memory\nexport {};\n') ?? '', /names no URL or repository/);
});
