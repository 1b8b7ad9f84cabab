import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTemplated, matchesTemplate, parseMessageTemplate } from '../../extension/core';

test('placeholders split a message into literal pieces', () => {
  const t = parseMessageTemplate('This operation for "<parameter name>" is forbidden by permission system.');
  assert.deepEqual(t.literals, ['This operation for "', '" is forbidden by permission system.']);
  assert.deepEqual(t.holes, ['<parameter name>']);
  assert.deepEqual(parseMessageTemplate('The key %s is not a symmetric key.').holes, ['%s']);
  assert.deepEqual(parseMessageTemplate('The parameter "< parameter name >" is needed but not provided.').holes, ['< parameter name >']);
  assert.equal(isTemplated('The specified key does not exist.'), false);
});

test('a templated message matches any value in its variable part, on one line', () => {
  const tpl = 'This operation for "<parameter name>" is forbidden by permission system.';
  assert.ok(matchesTemplate(tpl, 'This operation for "key-hzz62f1cb6fxxxx" is forbidden by permission system.'));
  assert.ok(matchesTemplate(tpl, 'This operation for "" is forbidden by permission system.'));
  assert.ok(!matchesTemplate(tpl, 'This operation for "a\nb" is forbidden by permission system.'));
  assert.ok(!matchesTemplate(tpl, 'This operation is forbidden by permission system.'));
  assert.ok(matchesTemplate('Content-Type "<type>" is unsupported.', 'Content-Type "text/plain" is unsupported.'));
});

test('an untemplated message matches only itself', () => {
  assert.ok(matchesTemplate('Internal Failure.', 'Internal Failure.'));
  assert.ok(!matchesTemplate('Internal Failure.', 'Internal Failure'));
});
