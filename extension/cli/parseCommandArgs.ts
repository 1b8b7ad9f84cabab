import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './cliTypes';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util parseArgs with our error policy: unknown flags, missing values and stray positionals
 * become UsageError (exit 2), and enumerated flags are checked against their allowed values.
 */
export function parseCommandArgs<O extends Options>(
  args: readonly string[],
  options: O,
  maxPositionals: number,
  allowed: Partial<Record<keyof O, readonly string[]>> = {},
) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(`unexpected argument: ${parsed.positionals[maxPositionals]}`);
  }
  for (const [name, values] of Object.entries(allowed) as [string, readonly string[]][]) {
    const value = (parsed.values as Record<string, unknown>)[name];
    if (typeof value === 'string' && !values.includes(value.toLowerCase())) {
      throw new UsageError(`--${name} must be one of ${values.join(', ')} (got "${value}")`);
    }
  }
  return parsed;
}
