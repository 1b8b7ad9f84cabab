// `npm run gen:catalog`: writes extension/core/catalog/generated/documentedCodes.ts from the
// reference rows committed in test/fixtures/reference/kms-error-rows.json.
// `npm run gen:catalog -- --refresh` first copies ../shared/reference/kms-error-rows.json (the
// team's reference folder beside the clone) over that fixture.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDocumentedCodes } from './renderDocumentedCodes';

const root = join(__dirname, '..');
const fixture = join(root, 'test', 'fixtures', 'reference', 'kms-error-rows.json');
const output = join(root, 'extension', 'core', 'catalog', 'generated', 'documentedCodes.ts');

if (process.argv.includes('--refresh')) {
  const shared = join(root, '..', 'shared', 'reference', 'kms-error-rows.json');
  copyFileSync(shared, fixture);
  console.log(`copied ${shared}`);
}
writeFileSync(output, renderDocumentedCodes(JSON.parse(readFileSync(fixture, 'utf8'))));
console.log(`wrote ${output}`);
