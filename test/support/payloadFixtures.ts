import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KmsErrorFields } from '../../extension/core';

/** The folder of payload fixtures produced by the real tools (see its generate.sh). */
export const PAYLOAD_FIXTURES = join(__dirname, '..', 'fixtures', 'payload');

/** A fixture file's text. */
export function fixtureText(name: string): string {
  return readFileSync(join(PAYLOAD_FIXTURES, name), 'utf8');
}

/** A fixture file's bytes. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(PAYLOAD_FIXTURES, name)));
}

/** The reference's computed fixture (kms-errors.md §4). */
export const KEY_NOT_FOUND: KmsErrorFields = {
  StatusCode: 404,
  ErrorCode: 'Forbidden.KeyNotFound',
  ErrorMessage: 'The specified key does not exist.',
  RequestId: '475f1620-b9d3-4d35-b5c6-3fbdd941423d',
};
export const KEY_NOT_FOUND_HEX =
  '0894031215466f7262696464656e2e4b65794e6f74466f756e641a2154686520737065636966696564206b657920646f6573206e6f742065786973742e222434373566313632302d623964332d346433352d623563362d336662646439343134323364';
export const KEY_NOT_FOUND_BASE64 = 'CJQDEhVGb3JiaWRkZW4uS2V5Tm90Rm91bmQaIVRoZSBzcGVjaWZpZWQga2V5IGRvZXMgbm90IGV4aXN0LiIkNDc1ZjE2MjAtYjlkMy00ZDM1LWI1YzYtM2ZiZGQ5NDE0MjNk';

/** The body of squeezed.bin: a message of 128 'A's, so dump tools print '*' lines. */
export const SQUEEZED: KmsErrorFields = { StatusCode: 429, ErrorCode: 'Rejected.Throttling', ErrorMessage: 'A'.repeat(128), RequestId: '' };
