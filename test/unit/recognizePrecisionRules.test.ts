// Each precision rule of recognition is needed by the labelled corpus: switched off through the
// engine's internal options (never set by the product), the corpus gains false positives or
// loses labelled occurrences. A rule that could be removed without any fixture noticing would be
// a rule nobody tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../extension/core';
import { scanOptions, type KmsContextRule } from '../../extension/core/recognize/scanOptions';
import { corpusFixtures, corpusLabels, placeOf } from '../support/recognizeCorpus';

/** How the corpus fares: labels found and missed, and occurrences that no label expects. */
function score(): { found: number; missed: number; unexpected: number } {
  let found = 0;
  let missed = 0;
  let unexpected = 0;
  for (const { text, expected } of corpusFixtures()) {
    const places = new Set(corpusLabels(text, scanText(text)).map(placeOf));
    const wanted = new Set(expected.map(placeOf));
    for (const p of wanted) {
      if (places.has(p)) found++;
      else missed++;
    }
    for (const p of places) if (!wanted.has(p)) unexpected++;
  }
  return { found, missed, unexpected };
}

function withRuleOff<T>(rule: KmsContextRule, run: () => T): T {
  scanOptions.disabledRules = new Set([rule]);
  try {
    return run();
  } finally {
    scanOptions.disabledRules = new Set();
  }
}

test('with every rule on, the corpus is recognized exactly', () => {
  const s = score();
  assert.equal(s.missed, 0);
  assert.equal(s.unexpected, 0);
});

const RULES: readonly { rule: KmsContextRule; breaks: 'precision' | 'recall' }[] = [
  // Gateway-wide codes (InvalidAccessKeyId.NotFound from DNS, ECS, RDS...) need KMS context.
  { rule: 'genericCodes', breaks: 'precision' },
  // AWS's `kms.us-west-2.amazonaws.com: no such host` names kms but is another cloud's.
  { rule: 'otherCloud', breaks: 'precision' },
  // kube-apiserver's `[-]kms-provider-0 failed: ... context deadline exceeded`: Kubernetes' KMS provider, not KMS.
  { rule: 'otherKms', breaks: 'precision' },
  // The Secrets Store CSI provider's script: `aliyun sts AssumeRole ... --region "$KMS_REGION"` under a comment naming STS's InvalidAccessKeyId.NotFound.
  { rule: 'otherProduct', breaks: 'precision' },
  // The gateway's `<KMS>` body, a KMS host or SDK class is what makes IllegalTimestamp KMS's.
  { rule: 'kmsContext', breaks: 'recall' },
  // `connection action:Decrypt failed`: the operation is the only KMS signal of its record.
  { rule: 'kmsOperation', breaks: 'recall' },
  // `case "Forbidden.KeyNotFound", "Forbidden.NoPermission":` a KMS code makes its neighbour KMS's.
  { rule: 'kmsCode', breaks: 'recall' },
  // The vendor's table row `InvalidParam | The Param Date is invalid. | ...`: the code with KMS's wording is all there is.
  { rule: 'kmsWording', breaks: 'recall' },
  // KMS's RAM secret plug-in page: "watching for InvalidAccessKeyId or InvalidAccessKeyId.NotFound error codes" names other products' codes.
  { rule: 'listedCodeNames', breaks: 'precision' },
];

for (const { rule, breaks } of RULES) {
  test(`switching off the '${rule}' rule breaks the corpus's ${breaks}`, () => {
    const s = withRuleOff(rule, score);
    if (breaks === 'precision') assert.ok(s.unexpected > 0, `no false positive without '${rule}': ${JSON.stringify(s)}`);
    else assert.ok(s.missed > 0, `nothing missed without '${rule}': ${JSON.stringify(s)}`);
  });
}
