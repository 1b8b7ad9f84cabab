// codeLengthAfterPrefix stands in for a sticky CODE_PATTERN in the scan's hot path: at every
// position of the labelled corpus, and of text made of codes' pieces, given any code prefix that
// stands there (the anchor search's match), it must match what the expression does.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { ALL_CODES } from '../../extension/core';
import { CODE_PATTERN, CODE_PREFIX_LENGTH, codeLengthAfterPrefix } from '../../extension/core/recognize/codeWords';

const DIR = join(__dirname, '..', 'fixtures', 'recognize');
const sticky = new RegExp(CODE_PATTERN.source, 'y');

const PREFIXES = [...new Set(ALL_CODES.map((c) => c.slice(0, CODE_PREFIX_LENGTH)))];

/** codeLengthAfterPrefix with each code prefix that stands at `at`, checked to agree; 0 when none does. */
function codeLengthAt(text: string, at: number): number {
  const lengths = PREFIXES.filter((p) => text.startsWith(p, at)).map((p) => codeLengthAfterPrefix(text, at, p));
  for (const l of lengths) assert.equal(l, lengths[0], `prefixes disagree at ${at}`);
  return lengths[0] ?? 0;
}

function expressionLengthAt(text: string, at: number): number {
  sticky.lastIndex = at;
  return sticky.test(text) ? sticky.lastIndex - at : 0;
}

test('codeLengthAfterPrefix gives the sticky CODE_PATTERN match at every position of the corpus', () => {
  const text = readdirSync(DIR)
    .map((f) => readFileSync(join(DIR, f), 'utf8'))
    .join('\n');
  let found = 0;
  for (let at = 0; at < text.length; at++) {
    const expected = expressionLengthAt(text, at);
    assert.equal(codeLengthAt(text, at), expected, `at ${at}: ${JSON.stringify(text.slice(at, at + 30))}`);
    if (expected > 0) found++;
  }
  assert.ok(found > 100, `${found} codes`);
});

test('codeLengthAfterPrefix picks the longest code where codes share a start, as the expression does', () => {
  const pieces = fc.constantFrom(...ALL_CODES, ...ALL_CODES.map((c) => c.slice(0, Math.max(2, c.length - 3))), '.', 'x', ' ', 'Error');
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
      const text = parts.join('');
      for (let at = 0; at <= text.length; at++) assert.equal(codeLengthAt(text, at), expressionLengthAt(text, at));
    }),
  );
});
