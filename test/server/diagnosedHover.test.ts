// Hover and diagnostic complement each other where the editor shows both together: VS Code puts
// the diagnostics at the position above the hover, so the hover then leaves out the headline the
// diagnostic already says. Everywhere else (no diagnostic there, or a client that shows
// diagnostics on their own, like Neovim or Helix) the hover stays complete. Over a real stdio
// connection to the built server, as editors run it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic, Hover } from 'vscode-languageserver';
import { startLspServer, type LspServerProcess } from '../support/lspServerProcess';
import { SAMPLE_LOG } from './serverTestKit';

const LOG = 'file:///tmp/diagnosed.log';
const JAVA = 'file:///tmp/Diagnosed.java';
// Line 4 is "   Code: Forbidden.KeyNotFound"; line 8 holds Rejected.Throttling and its requestId.
const CODE_AT = { line: 4, character: 12 };
const THROTTLING_AT = { line: 8, character: 70 };
const REQUEST_ID_AT = { line: 8, character: 170 };
const HEADLINE = /\*\*Forbidden\\\.KeyNotFound\*\* · HTTP 404 · KMS instance API — /;
const THROTTLING_HEADLINE = /\*\*Rejected\\\.Throttling\*\* · HTTP 429 · /;

/** Opens a document and waits for its first diagnostics. */
async function open(server: LspServerProcess, uri: string, languageId: string, text: string): Promise<Diagnostic[]> {
  const published = server.nextDiagnostics(uri);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  return (await published).diagnostics;
}

async function hoverValue(server: LspServerProcess, uri: string, position: { line: number; character: number }): Promise<string> {
  const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
  assert.ok(hover, `a hover at ${JSON.stringify(position)}`);
  return (hover.contents as { value: string }).value;
}

test('a client that shows diagnostics in the hover: the diagnosed code\'s headline is left to the diagnostic', async () => {
  const server = await startLspServer({ locale: 'en', diagnosticsInHover: true });
  try {
    const diagnostics = await open(server, LOG, 'log', SAMPLE_LOG);
    const diagnostic = diagnostics.find((d) => d.code === 'Forbidden.KeyNotFound' && d.range.start.line === CODE_AT.line);
    assert.ok(diagnostic, JSON.stringify(diagnostics));
    const message = String(diagnostic.message);
    const meaning = message.slice(message.indexOf(': ') + 2);
    assert.ok(meaning.length > 10, message);

    const hover = await hoverValue(server, LOG, CODE_AT);
    assert.doesNotMatch(hover, HEADLINE);
    assert.ok(!hover.includes(meaning), `the meaning is said once, by the diagnostic:\n${hover}`);
    // The rest of the explanation is all there: fix, messages, operations, links.
    assert.match(hover.split('\n')[0]!, /^\*\*How to fix:\*\* /);
    assert.match(hover, /`The specified key does not exist\.` \*\*← found here\*\*/);
    assert.match(hover, /\[Documentation\]\(https:\/\//);
    assert.match(hover, /command:kmsErrors\.copyRequestId/);

    // A RequestId is outside the diagnostic's range: that hover keeps its headline.
    assert.match(await hoverValue(server, LOG, REQUEST_ID_AT), THROTTLING_HEADLINE);

    // In a source file under the default `logs`, nothing is diagnosed: the hover is complete.
    // (A document without diagnostics gets no publication at all.)
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: JAVA, languageId: 'java', version: 1, text: 'throw new KmsError("Forbidden.KeyNotFound");\n' } });
    assert.match(await hoverValue(server, JAVA, { line: 0, character: 25 }), HEADLINE);

    // Diagnostics turned off: the Problems entries go, and the headline comes back.
    const cleared = server.nextDiagnostics(LOG, (p) => p.diagnostics.length === 0);
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { kmsErrors: { diagnostics: 'off' } } });
    await cleared;
    assert.match(await hoverValue(server, LOG, CODE_AT), HEADLINE);

    // `all` diagnoses the source file too, and its hover then leaves the headline out.
    const javaDiagnosed = server.nextDiagnostics(JAVA, (p) => p.diagnostics.length === 1);
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { kmsErrors: { diagnostics: 'all' } } });
    await javaDiagnosed;
    assert.doesNotMatch(await hoverValue(server, JAVA, { line: 0, character: 25 }), HEADLINE);
  } finally {
    assert.equal(await server.close(), 0, server.logs.join('\n'));
  }
});

test('past maxDiagnostics an occurrence has no diagnostic, so its hover keeps the headline', async () => {
  const server = await startLspServer({ locale: 'en', diagnosticsInHover: true, settings: { maxDiagnostics: 1 } });
  try {
    const diagnostics = await open(server, LOG, 'log', SAMPLE_LOG);
    assert.deepEqual(diagnostics.map((d) => d.code), ['Forbidden.KeyNotFound']);
    assert.doesNotMatch(await hoverValue(server, LOG, CODE_AT), HEADLINE);
    assert.match(await hoverValue(server, LOG, THROTTLING_AT), THROTTLING_HEADLINE);
  } finally {
    assert.equal(await server.close(), 0, server.logs.join('\n'));
  }
});

test('a client that shows diagnostics on their own (no diagnosticsInHover) gets the complete hover on a diagnosed code', async () => {
  const server = await startLspServer({ locale: 'en' });
  try {
    const diagnostics = await open(server, LOG, 'log', SAMPLE_LOG);
    assert.ok(diagnostics.some((d) => d.code === 'Forbidden.KeyNotFound' && d.range.start.line === CODE_AT.line));
    assert.match((await hoverValue(server, LOG, CODE_AT)).split('\n')[0]!, HEADLINE);
  } finally {
    assert.equal(await server.close(), 0, server.logs.join('\n'));
  }
});
