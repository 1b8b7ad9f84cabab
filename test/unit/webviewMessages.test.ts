// The host's validation of what a webview posts: each known message is rebuilt from its known
// fields; unknown, malformed or hostile messages are refused.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateWebviewMessage } from '../../extension/host/validateWebviewMessage';
import { readHostMessage } from '../../webview/hostMessages';

test('accepts each well-formed message and drops extra fields', () => {
  assert.deepEqual(validateWebviewMessage({ type: 'ready', view: 'panel', extra: 1 }), { type: 'ready', view: 'panel' });
  assert.deepEqual(validateWebviewMessage({ type: 'ready', view: 'reference' }), { type: 'ready', view: 'reference' });
  assert.deepEqual(validateWebviewMessage({ type: 'copy', what: 'errorCode', text: 'Forbidden.KeyNotFound', html: '<b>' }), {
    type: 'copy',
    what: 'errorCode',
    text: 'Forbidden.KeyNotFound',
  });
  assert.deepEqual(validateWebviewMessage({ type: 'openDocs', url: 'https://www.alibabacloud.com/help/en/kms/' }), {
    type: 'openDocs',
    url: 'https://www.alibabacloud.com/help/en/kms/',
  });
  assert.deepEqual(validateWebviewMessage({ type: 'revealLine', uri: 'file:///a.log', line: 0 }), { type: 'revealLine', uri: 'file:///a.log', line: 0 });
  // Extra fields never reach the host: a report is built from the host's own summary.
  assert.deepEqual(validateWebviewMessage({ type: 'copyReport', uri: 'file:///a.log', text: '# forged' }), { type: 'copyReport', uri: 'file:///a.log' });
  assert.deepEqual(validateWebviewMessage({ type: 'showInReference', api: 'openapi', code: 'Forbidden.KeyNotFound' }), {
    type: 'showInReference',
    api: 'openapi',
    code: 'Forbidden.KeyNotFound',
  });
});

const refused: [string, unknown][] = [
  ['null', null],
  ['a string', 'ready'],
  ['an array', [{ type: 'ready', view: 'panel' }]],
  ['no type', { view: 'panel' }],
  ['an unknown type', { type: 'runCommand', command: 'workbench.action.quit' }],
  ['a prototype key as type', { type: 'constructor' }],
  ['__proto__ as type', JSON.parse('{"type":"__proto__"}')],
  ['ready from an unknown view', { type: 'ready', view: 'terminal' }],
  ['copy of a number', { type: 'copy', what: 'errorCode', text: 42 }],
  ['copy of an unknown kind', { type: 'copy', what: 'password', text: 'x' }],
  ['copy of megabytes', { type: 'copy', what: 'payload', text: 'x'.repeat(1_000_001) }],
  ['a command: link', { type: 'openDocs', url: 'command:workbench.action.terminal.new' }],
  ['a javascript: link', { type: 'openDocs', url: 'javascript:alert(1)' }],
  ['a file: link', { type: 'openDocs', url: 'file:///etc/passwd' }],
  ['an http: link', { type: 'openDocs', url: 'http://example.com/' }],
  ['a link with credentials', { type: 'openDocs', url: 'https://user:pw@example.com/' }],
  ['not a URL', { type: 'openDocs', url: 'https//nope' }],
  ['a negative line', { type: 'revealLine', uri: 'file:///a', line: -1 }],
  ['a fractional line', { type: 'revealLine', uri: 'file:///a', line: 1.5 }],
  ['a line as text', { type: 'revealLine', uri: 'file:///a', line: '3' }],
  ['an empty uri', { type: 'revealLine', uri: '', line: 3 }],
  ['a report without a uri', { type: 'copyReport' }],
  ['a report for an empty uri', { type: 'copyReport', uri: '' }],
  ['a report for a number', { type: 'copyReport', uri: 7 }],
  ['an unknown API surface', { type: 'showInReference', api: 'oss', code: 'X' }],
  ['a huge code', { type: 'showInReference', api: 'instance', code: 'X'.repeat(201) }],
];
for (const [what, message] of refused) {
  test(`refuses ${what}`, () => {
    assert.equal(validateWebviewMessage(message), undefined);
  });
}

test('the page reads host messages defensively too', () => {
  assert.deepEqual(readHostMessage({ type: 'init', lang: 'ja' }), { type: 'init', lang: 'ja' });
  assert.deepEqual(readHostMessage({ type: 'decode', text: 'CJQD', format: 'auto' }), { type: 'decode', text: 'CJQD', format: 'auto' });
  assert.deepEqual(readHostMessage({ type: 'revealEntry', api: null, code: 'X' }), { type: 'revealEntry', api: null, code: 'X' });
  assert.deepEqual(readHostMessage({ type: 'revealEntry', api: 'instance', code: 'X', message: 'm', operation: 'Decrypt', extra: 1 }), {
    type: 'revealEntry',
    api: 'instance',
    code: 'X',
    message: 'm',
    operation: 'Decrypt',
  });
  assert.deepEqual(readHostMessage({ type: 'revealEntry', api: 'instance', code: 'X', message: 5 }), { type: 'revealEntry', api: 'instance', code: 'X' });
  assert.equal(readHostMessage({ type: 'init', lang: 'fr' }), undefined);
  assert.equal(readHostMessage({ type: 'decode', text: 1, format: 'auto' }), undefined);
  assert.equal(readHostMessage({ type: 'summary', documentName: 'a', summary: { uri: 'u', total: 1, rows: [{ code: 1 }] } }), undefined);
  assert.equal(readHostMessage({ type: 'eval', code: 'alert(1)' }), undefined);
  assert.equal(readHostMessage('init'), undefined);
});
