// scanText finds record bounds ahead and parses the records in batches; the occurrences must be
// those of parsing each record as soon as its anchor is found, across batch boundaries too.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { scanText } from '../../extension/core';
import { forEachAnchor } from '../../extension/core/recognize/anchors';
import { recordAt } from '../../extension/core/recognize/records';
import { scanRecord } from '../../extension/core/recognize/scanRecord';
import type { Occurrence } from '../../extension/core/recognize/types';

const DIR = join(__dirname, '..', 'fixtures', 'recognize');

/** The scan as it was before batching: each record parsed at its anchor. */
function scanRecordByRecord(text: string): Occurrence[] {
  const out: Occurrence[] = [];
  let floor = 0;
  forEachAnchor(text, 0, text.length, (at) => {
    const record = recordAt(text, at, floor);
    out.push(...scanRecord(text.slice(record.start, record.end), record.start));
    const nl = text.indexOf('\n', record.end);
    floor = nl < 0 ? text.length : nl + 1;
    return floor;
  });
  return out;
}

test('batched parsing gives the occurrences of parsing record by record', () => {
  const logs = readdirSync(DIR)
    .filter((f) => f.endsWith('.log'))
    .map((f) => readFileSync(join(DIR, f), 'utf8'))
    .join('\n');
  // Enough copies for several batches, and a tail that is not a whole batch.
  for (const copies of [1, 7]) {
    const text = Array(copies).fill(logs).join('\n');
    const expected = scanRecordByRecord(text);
    assert.ok(expected.length > 30 * copies, `only ${expected.length} occurrences`);
    assert.deepEqual(scanText(text), expected);
  }
});
