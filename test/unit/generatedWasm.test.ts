// Each committed WebAssembly module is the one its AssemblyScript source compiles to: a change to
// a source in wasm/ without `npm run gen:wasm` (or an edit of a generated file) fails here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { test } from 'node:test';
import { compileWasm, renderWasmModule, WASM_MODULES } from '../../scripts/genWasm';

for (const module of WASM_MODULES) {
  test(`the generated module of wasm/${basename(module.source)} matches its AssemblyScript source`, () => {
    const committed = readFileSync(module.generated, 'utf8');
    assert.equal(committed, renderWasmModule(module, compileWasm(module)), 'run `npm run gen:wasm` and commit the result');
  });
}
