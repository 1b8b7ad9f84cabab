// `kms-errors scan --format markdown|github|sarif` and `--fail-on`, run as a process on the
// labelled corpus (test/fixtures/recognize): every labelled occurrence must come out in each
// format, the SARIF log must be valid against the SARIF 2.1.0 schema, and exit codes follow
// --fail-on whatever the format.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv-draft-04';
import { runBuiltCli } from '../support/runBuiltCli';
import { escapeData, escapeProperty } from '../../extension/cli/formats/githubFormat';

const FIXTURES = join(__dirname, '..', 'fixtures', 'recognize');
// SARIF 2.1.0 JSON schema (draft-04), from the npm package @microsoft/jest-sarif 1.0.0-beta.0
// (lib/schemas/sarif-2.1.0-rtm.5.json, MIT), which Microsoft's SARIF matchers validate with.
// Its `language` pattern has a stray `]`, valid only without the u flag: hence unicodeRegExp: false.
const SCHEMA = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));

interface Expected {
  line: number;
  column: number;
  code: string;
  httpStatus: number | null;
  requestId: string | null;
}

const CORPUS = readdirSync(FIXTURES)
  .filter((f) => !f.endsWith('.expected.json'))
  .map((f) => ({ file: join('test', 'fixtures', 'recognize', f), expected: JSON.parse(readFileSync(join(FIXTURES, `${f}.expected.json`), 'utf8')) as Expected[] }))
  .filter((c) => c.expected.length > 0);

test('--format github: one workflow command per labelled occurrence, with file, line, col and title', () => {
  for (const { file, expected } of CORPUS) {
    const r = runBuiltCli(['scan', file, '--format', 'github']);
    assert.equal(r.status, 0, r.stderr);
    const commands = r.stdout.trimEnd().split('\n');
    assert.equal(commands.length, expected.length, file);
    for (const [i, e] of expected.entries()) {
      const title = e.code === '' ? `KMS HTTP ${e.httpStatus}` : `KMS ${e.code}`;
      const head = `::warning file=${file},line=${e.line},col=${e.column},title=${escapeProperty(title)}::`;
      assert.ok(commands[i]!.startsWith(head), `${file}: ${commands[i]} should start with ${head}`);
      const message = commands[i]!.slice(head.length);
      if (e.httpStatus !== null) assert.match(message, new RegExp(`\\(HTTP ${e.httpStatus}[,)]`), file);
      if (e.requestId !== null) assert.ok(message.includes(`RequestId ${e.requestId})`), `${file}: ${message}`);
      // An annotation is one line: nothing in the message may start another command.
      assert.doesNotMatch(message, /[\r\n]/);
    }
  }
});

test('--level picks the annotation level; a bad level is a usage error', () => {
  const file = join(FIXTURES, 'logfmt.log');
  assert.match(runBuiltCli(['scan', file, '--format', 'github', '--level', 'error']).stdout, /^::error file=/);
  assert.match(runBuiltCli(['scan', file, '--format', 'github', '--level', 'notice']).stdout, /^::notice file=/);
  const bad = runBuiltCli(['scan', file, '--format', 'github', '--level', 'fatal']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--level must be one of notice, warning, error/);
});

test('workflow command escaping follows GitHub’s toolkit: % CR LF in data, and : , in properties', () => {
  assert.equal(escapeData('50% done\r\nnext'), '50%25 done%0D%0Anext');
  assert.equal(escapeProperty('logs/a,b:c.log'), 'logs/a%2Cb%3Ac.log');
  // A log read from standard input has no file: the annotation goes on the run, not a file.
  const r = runBuiltCli(['scan', '-', '--format', 'github'], '2024-05-01T10:00:00Z ERROR Code: Forbidden.KeyNotFound\n');
  assert.match(r.stdout, /^::warning line=1,col=\d+,title=KMS Forbidden\.KeyNotFound::/);
});

test('--format sarif: valid SARIF 2.1.0, one rule per code, one located result per labelled occurrence', () => {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  const validate = ajv.compile(SCHEMA);
  for (const { file, expected } of CORPUS) {
    const r = runBuiltCli(['scan', file, '--format', 'sarif']);
    assert.equal(r.status, 0, r.stderr);
    const log = JSON.parse(r.stdout);
    const valid = validate(structuredClone(log));
    assert.ok(valid, `${file}: ${ajv.errorsText(validate.errors)}`);
    const run = log.runs[0];
    const ruleIds: string[] = run.tool.driver.rules.map((rule: { id: string }) => rule.id);
    assert.equal(new Set(ruleIds).size, ruleIds.length, 'one rule per code');
    for (const rule of run.tool.driver.rules) {
      assert.ok(rule.shortDescription.text.length > 0);
      assert.match(rule.helpUri, /^https:\/\//);
    }
    assert.equal(run.results.length, expected.length, file);
    for (const [i, e] of expected.entries()) {
      const result = run.results[i];
      assert.equal(result.ruleId, e.code === '' ? `HTTP-${e.httpStatus}` : e.code);
      assert.equal(ruleIds[result.ruleIndex], result.ruleId);
      const location = result.locations[0].physicalLocation;
      assert.equal(location.artifactLocation.uri, file);
      assert.deepEqual(location.region, { startLine: e.line, startColumn: e.column });
      assert.equal(result.properties.requestId, e.requestId);
    }
  }
});

test('the schema catches a broken log (the validation can fail)', () => {
  const validate = new Ajv({ strict: false, unicodeRegExp: false }).compile(SCHEMA);
  const r = runBuiltCli(['scan', join(FIXTURES, 'logfmt.log'), '--format', 'sarif']);
  const log = JSON.parse(r.stdout);
  log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
  assert.equal(validate(log), false);
  assert.equal(validate({ ...JSON.parse(r.stdout), version: '2.0.0' }), false);
});

test('--format markdown: a report per code with count, status, surface, times, meaning and RequestIds', () => {
  const r = runBuiltCli(['scan', join(FIXTURES, 'java-tea-exception.log'), '--format', 'markdown']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^## KMS errors in /);
  // The Rejected.Throttling exception and its `Caused by` are one error: 3 occurrences.
  assert.match(r.stdout, /^KMS errors: 3; codes: 3\.$/m);
  const throttling = r.stdout.split('\n').find((l) => l.includes('`Rejected.Throttling`'))!;
  const cells = throttling.split(' | ');
  assert.equal(cells[0], '| 1');
  assert.equal(cells[2], '429');
  assert.equal(cells[3], 'instance');
  assert.equal(cells[4], '`2024-05-01T10:00:02.001`');
  assert.equal(cells[7], '– |', 'no RequestId in these records');
  const noPermission = r.stdout.split('\n').find((l) => l.includes('`Forbidden.NoPermission`'))!;
  assert.ok(noPermission.endsWith('| `7c1f0a2e-8d3b-4b6a-9e1f-2a3b4c5d6e7f` |'), noPermission);
  const ja = runBuiltCli(['scan', join(FIXTURES, 'java-tea-exception.log'), '--format', 'markdown', '--lang', 'ja']);
  assert.match(ja.stdout, /\| 件数 \| コード \|/);
});

test('--fail-on sets the exit code whatever the format: 1 when a listed code occurs, 0 otherwise', () => {
  const file = join(FIXTURES, 'logfmt.log');
  for (const format of ['human', 'json', 'markdown', 'github', 'sarif']) {
    assert.equal(runBuiltCli(['scan', file, '--format', format, '--fail-on', 'Rejected.PendingImport']).status, 1, format);
    assert.equal(runBuiltCli(['scan', file, '--format', format, '--fail-on', 'Forbidden.KeyNotFound,Rejected.Throttling']).status, 0, format);
  }
  assert.equal(runBuiltCli(['scan', file, '--fail-on', 'any']).status, 1);
  assert.equal(runBuiltCli(['scan', file, '--fail-on', 'rejected.pendingimport']).status, 1, 'codes match case-insensitively');
  assert.equal(runBuiltCli(['scan', join(FIXTURES, 'negatives.log'), '--fail-on', 'any']).status, 0, 'a clean log passes');
  const typo = runBuiltCli(['scan', file, '--fail-on', 'Rejected.PendingImprt']);
  assert.equal(typo.status, 2);
  assert.match(typo.stderr, /unknown error code "Rejected\.PendingImprt" \(did you mean Rejected\.PendingImport/);
  assert.equal(runBuiltCli(['scan', file, '--fail-on', '']).status, 2);
  assert.equal(runBuiltCli(['scan', file, '--json', '--format', 'sarif']).status, 2);
});
