// The committed WebAssembly module is the one its AssemblyScript source compiles to: a change to
// wasm/lineLiterals.ts without `npm run gen:wasm` (or an edit of the generated file) fails here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { compileLineLiterals, renderWasmModule, WASM_MODULE } from '../../scripts/genWasm';

test('the generated line-literal module matches its AssemblyScript source', () => {
  const committed = readFileSync(WASM_MODULE, 'utf8');
  assert.equal(committed, renderWasmModule(compileLineLiterals()), 'run `npm run gen:wasm` and commit the result');
});
