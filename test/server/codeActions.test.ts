import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asCommands, codeActionsFor } from '../../extension/server/codeActions';
import { diagnosticsFor } from '../../extension/server/diagnostics';
import { allOccurrences, doc, positionOf, SAMPLE_LOG } from './serverTestKit';

test('on a diagnostic: Explain (preferred, fixes it), Copy RequestId, each a command of ours', () => {
  const d = doc(SAMPLE_LOG);
  const occurrences = allOccurrences(d);
  const diagnostic = diagnosticsFor(d, occurrences, { lang: 'en', max: 100 }).find((x) => d.getText(x.range) === 'Forbidden.KeyNotFound')!;
  const actions = codeActionsFor(d, diagnostic.range, { lang: 'en', diagnostics: [diagnostic], occurrences });
  const [explain] = actions;
  assert.equal(explain?.title, 'Explain Forbidden.KeyNotFound');
  assert.equal(explain?.isPreferred, true);
  assert.deepEqual(explain?.diagnostics, [diagnostic]);
  assert.deepEqual(explain?.command, { title: 'Explain Forbidden.KeyNotFound', command: 'kmsErrors.showReference', arguments: [{ api: 'instance', code: 'Forbidden.KeyNotFound', message: 'The specified key does not exist.' }] });
  const copy = actions.find((a) => a.command?.command === 'kmsErrors.copyRequestId');
  assert.deepEqual(copy?.command?.arguments, [{ requestId: '475f1620-b9d3-4d35-b5c6-3fbdd941423d' }]);
  assert.ok(actions.every((a) => a.command?.command.startsWith('kmsErrors.')));
});

test('an ambiguous code offers the other API surface in the reference', () => {
  const d = doc('ERROR call failed: Rejected.Disabled\n');
  const occurrences = allOccurrences(d);
  const at = positionOf(d, 'Rejected.Disabled', 3);
  const actions = codeActionsFor(d, { start: at, end: at }, { lang: 'en', diagnostics: [], occurrences });
  assert.deepEqual(actions.map((a) => a.title), ['Explain Rejected.Disabled', 'Show in reference: Rejected.Disabled (shared gateway (OpenAPI 2016-01-20))']);
  assert.deepEqual(actions.map((a) => (a.command?.arguments?.[0] as { api: string }).api), ['instance', 'openapi']);
  assert.equal(actions[0]!.isPreferred, undefined, 'not preferred without a diagnostic to fix');
});

test('a selection over several records acts on each; plain text and a selection elsewhere get nothing', () => {
  const d = doc(SAMPLE_LOG);
  const occurrences = allOccurrences(d);
  const whole = { start: { line: 0, character: 0 }, end: { line: d.lineCount - 1, character: 0 } };
  const titles = codeActionsFor(d, whole, { lang: 'en', diagnostics: [], occurrences }).map((a) => a.title);
  assert.ok(titles.some((t) => t === 'Explain Forbidden.KeyNotFound'), titles.join());
  assert.ok(titles.some((t) => t === 'Explain Rejected.Throttling'), titles.join());
  const quiet = { start: { line: 0, character: 0 }, end: { line: 0, character: 10 } };
  assert.deepEqual(codeActionsFor(d, quiet, { lang: 'en', diagnostics: [], occurrences }), []);
});

test('clients without CodeAction literals get the same commands', () => {
  const d = doc(SAMPLE_LOG);
  const occurrences = allOccurrences(d);
  const at = positionOf(d, 'Rejected.Throttling', 2);
  const actions = codeActionsFor(d, { start: at, end: at }, { lang: 'ja', diagnostics: [], occurrences });
  const commands = asCommands(actions);
  assert.equal(commands.length, actions.length);
  assert.ok(commands.length >= 2);
  assert.match(commands[0]!.title, /^説明 Rejected\.Throttling/);
});
