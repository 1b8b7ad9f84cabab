// Log runners' line prefixes (recognize/runnerPrefix.ts): the text's expressions and the bytes'
// unit-by-unit reading must find the same prefix, or the CLI's pieces (cut in bytes) and the
// editor's records (judged in text) would group lines differently.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { scanText } from '../../extension/core';
import { runnerPrefixInText, runnerPrefixLength } from '../../extension/core/recognize/runnerPrefix';

const fromBytes = (line: string): number => {
  const bytes = Buffer.from(line, 'latin1');
  return runnerPrefixLength(bytes, 0, bytes.length);
};

const SHAPES: readonly [string, number][] = [
  ['web-1  | 2024-05-01 ERROR x', 9],
  ['web-1 |x', 7],
  ['project_web_12 | \tat com.example', 17],
  ['web  | no replica number', 0],
  ['web-1x | not a replica number', 0],
  ['1web-1 | starts with a digit', 0],
  ['status | at 3pm', 0],
  [`${'a'.repeat(62)}-1 | name of 64`, 67],
  [`${'a'.repeat(63)}-1 | name of 65`, 0],
  [`web-1${' '.repeat(91)}| pipe at 96`, 98],
  [`web-1${' '.repeat(92)}| pipe at 97`, 0],
  ['[pod/keys-5f6d7c8b9-q4w2e/keys]    StatusCode: 0', 32],
  ['[pod/a/b/c] two slashes', 0],
  ['[pod/keys]  no container', 0],
  ['[INFO] not kubectl', 0],
  [`[pod/${'p'.repeat(151)}/cc] too long`, 0],
  [`[pod/${'p'.repeat(150)}/cc] longest`, 160],
  ['2024-05-01T10:00:02.1234567Z ErrorCode: X', 29],
  ['2024-05-01T10:00:02.123Z ERROR an application timestamp', 0],
  ['2024-05-01T10:00:02.1234567ZX', 0],
  ['May 01 10:00:03 app-host crypto[2211]:   File "/app/crypto.py", line 31', 39],
  ['May  1 10:00:03 app-host crypto[2211]: Traceback', 39],
  ['Dec 31 23:59:59 h kms-agent: no pid', 29],
  ['Dec 31 23:59:59 h kms-agent[]: empty pid', 0],
  ['Mai 01 10:00:03 app-host crypto[2211]: not an English month', 0],
  ['May 41 10:00:03 app-host crypto[2211]: day 41', 0],
  ['May 01 10:00:3x app-host crypto[2211]: time', 0],
  ['May 01 10:00:03 app-host crypto[2211] no colon', 0],
  ['May 01 10:00:03 app-host crypto:[2211]: colon in the identifier', 0],
  ['May 01 10:00:03 app-host: no identifier', 0],
  [`May 01 10:00:03 ${'h'.repeat(64)} ${'i'.repeat(64)}[1234567890]: longest`, 159],
  [`May 01 10:00:03 ${'h'.repeat(65)} i[1]: host of 65`, 0],
  [`May 01 10:00:03 h ${'i'.repeat(65)}[1]: identifier of 65`, 0],
  ['May 01 10:00:03 h i[12345678901]: pid of 11 digits', 0],
  // The CRI log files of Kubernetes nodes: an RFC 3339 time, the stream, the tag F or P.
  ['2024-05-01T10:00:02.123456789Z stderr F \tat com.aliyun.Client', 40],
  ['2024-05-01T10:00:02.1234567Z stdout P part of a long line', 38],
  ['2024-05-01T10:00:02Z stdout F no fraction', 30],
  ['2024-05-01T18:00:02.5+08:00 stderr F offset', 37],
  // Not a stream or a tag: no CRI prefix, but the nine-digit time is docker's alone.
  ['2024-05-01T10:00:02.123456789Z stdin F not a stream', 31],
  ['2024-05-01T10:00:02.123456789Z stderr X not a tag', 31],
  ['2024-05-01T10:00:02.12345Z stdin F not a stream', 0],
  ['2024-05-01T10:00:02.1234567890Z stderr F ten digits', 0],
  ['2024-05-01T10:00:02.123Z standard text', 0],
  ['2024-05-01 10:00:02.123456789Z stderr F no T', 0],
  ['2024-05-01T10:00:02.123456789+0800 stderr F offset without colon', 0],
  // `docker logs -t` and `kubectl logs --timestamps`: RFC 3339 with nine fractional digits.
  ['2024-05-01T10:00:02.123456789Z \tat com.aliyun.Client', 31],
  ['2024-05-01T18:00:02.123456789+08:00 Caused by: x', 36],
  ['2024-05-01T10:00:02.12345678Z eight digits: an application', 0],
  ['2024-05-01T10:00:02.1234567890Z ten digits', 0],
  ['2024-05-01T10:00:02.123456789Zx', 0],
  ['2024-05-01T10:00:02.123456789+0800 no colon', 0],
  // Jenkins' pipeline timestamps (the Timestamper plugin): an ISO time to the millisecond, in brackets.
  ['[2024-05-01T10:00:02.123Z] \tat com.aliyun.Client', 27],
  ['[2024-05-01T10:00:02.123Z]x', 0],
  ['[2024-05-01T10:00:02.1234Z] four digits', 0],
  ['[2024-05-01 10:00:02.123Z] no T', 0],
  ['[pod/a-very-long-pod-namZ/c] kubectl still', 29],
  // docker's json-file lines: `{"log":"`, with the line's escaped tabs (`\t`, two characters).
  ['{"log":"\\tat com.aliyun.Client.decrypt(Client.java:96)\\n","stream":"stderr"}', 10],
  ['{"log":"\\t\\tat nested\\n"}', 12],
  ['{"log":"2024-05-01 10:00:00 ERROR x\\n","stream":"stdout"}', 8],
  ['{"log": "spaced key"}', 0],
  ['{"level":"error","log":"x"}', 0],
  // A quote's `> ` (quotePrefix.ts), a nested quote whole: every `>` and the space after each.
  ['> \tat com.aliyun.tea.TeaException', 2],
  ['>\tat com.example', 1],
  ['>> nested', 3],
  ['> > > > \tat four deep', 8],
  ['> >x', 3],
  ['>', 1],
  ['-> not a quote', 0],
  ['', 0],
  ['   indented', 0],
];

test('the runners prefixes are found in text and in bytes alike, exactly their shapes', () => {
  for (const [line, length] of SHAPES) {
    assert.equal(runnerPrefixInText(line, 0), length, `text: ${JSON.stringify(line)}`);
    assert.equal(fromBytes(line), length, `bytes: ${JSON.stringify(line)}`);
  }
});

test('every line of the corpus reads the same prefix in text and in bytes', () => {
  const dir = join(__dirname, '..', 'fixtures', 'recognize');
  let lines = 0;
  for (const name of readdirSync(dir).filter((f) => !f.endsWith('.json'))) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      if (Buffer.byteLength(line) !== line.length) continue;
      assert.equal(runnerPrefixInText(line, 0), fromBytes(line), `${name}: ${JSON.stringify(line)}`);
      lines++;
    }
  }
  assert.ok(lines > 1000, `read ${lines} lines`);
});

test("behind a runner's prefix, a multi-line error is one record: its frames and fields count", () => {
  const java = [
    'web-1  | 2024-05-01 10:00:00.123 ERROR [main] c.e.crypto.KeyService - decrypt failed',
    'web-1  | com.aliyun.tea.TeaException: The specified key does not exist.',
    'web-1  | \tat com.aliyun.dkms.gcs.openapi.Client.doRequest(Client.java:148)',
    'web-1  | \tat com.aliyun.dkms.gcs.sdk.Client.decryptWithOptions(Client.java:96)',
  ].join('\n');
  const [j] = scanText(java);
  assert.deepEqual([j?.code, j?.operation], ['Forbidden.KeyNotFound', 'Decrypt']);
  const id = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
  const go = ['SDKError:', '   StatusCode: 0', '   Code: Rejected.Throttling', '   Message: Concurrency Limit Exceeded.', `   Data: {"hostId":null,"httpCode":429,"requestId":"${id}"}`];
  for (const prefix of ['[pod/keys-5f6d7c8b9-q4w2e/keys] ', '2024-05-01T10:00:02.1234567Z ', 'keys-1  | ', '2024-05-01T10:00:02.1234567Z keys-1  | ', '> ', '> > ', '>> ', '> > > > ', '2024-05-01T10:00:02.1234567Z > > > ', '2024-05-01T10:00:02.123456789Z stderr F ', '2024-05-01T10:00:02.1234567Z stdout F ', '[2024-05-01T10:00:02.123Z] ', '2024-05-01T10:00:02.123456789Z ']) {
    const [g] = scanText(go.map((l) => prefix + l).join('\n'));
    assert.deepEqual([g?.code, g?.api, g?.httpStatus, g?.requestId], ['Rejected.Throttling', 'instance', 429, id], prefix);
  }
  // docker's json-file log: every line a JSON object, the trace's tabs escaped.
  const docker = java
    .split('\n')
    .map((l) => JSON.stringify({ log: `${l.slice('web-1  | '.length)}\n`, stream: 'stderr', time: '2024-05-01T10:00:00.123456789Z' }))
    .join('\n');
  const [d] = scanText(docker);
  assert.deepEqual([d?.code, d?.operation], ['Forbidden.KeyNotFound', 'Decrypt']);
  const [dg] = scanText(go.map((l) => JSON.stringify({ log: `${l}\n`, stream: 'stdout', time: '2024-05-01T10:00:00.123456789Z' })).join('\n'));
  assert.deepEqual([dg?.code, dg?.api, dg?.httpStatus], ['Rejected.Throttling', 'instance', 429]);
  // Without a runner, a line that merely holds `name-1 | ` in its middle is an ordinary line.
  assert.equal(runnerPrefixInText('see web-1  | for details', 0), 0);
});
