import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { PublishedDiagnostics } from '../../extension/server/publishedDiagnostics';

const at = (line: number, start: number, end: number, endLine = line): Diagnostic => ({
  range: { start: { line, character: start }, end: { line: endLine, character: end } },
  message: 'm',
  severity: DiagnosticSeverity.Information,
});

test('finds exactly the published ranges, in a long list and where two start at the same place', () => {
  const published = new PublishedDiagnostics();
  const list: Diagnostic[] = [];
  for (let line = 0; line < 5000; line += 2) list.push(at(line, 3, 10));
  // A payload and the code inside it start together; both are published, in document order.
  list.splice(7, 0, at(14, 3, 40, 15));
  published.record('file:///a.log', list);
  for (const d of list) assert.ok(published.has('file:///a.log', d.range), JSON.stringify(d.range));
  assert.equal(published.has('file:///a.log', at(1, 3, 10).range), false, 'a line without one');
  assert.equal(published.has('file:///a.log', at(2, 3, 11).range), false, 'same start, other end');
  assert.equal(published.has('file:///a.log', at(6000, 3, 10).range), false, 'past the last one');
  assert.equal(published.has('file:///b.log', list[0]!.range), false, 'another document');
  published.record('file:///a.log', []);
  assert.equal(published.has('file:///a.log', list[0]!.range), false, 'an empty publication clears');
  published.record('file:///a.log', list);
  published.forget('file:///a.log');
  assert.equal(published.has('file:///a.log', list[0]!.range), false, 'a closed document has none');
});
