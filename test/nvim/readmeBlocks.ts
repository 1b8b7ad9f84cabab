import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const README = join(__dirname, '..', '..', 'README.md');

/**
 * The Lua block that follows `<!-- kms-errors:NAME ... -->` in README.md, so the Neovim test
 * runs the configuration users copy, not a copy of it that could drift.
 */
export function readmeBlock(name: string): string {
  const text = readFileSync(README, 'utf8');
  const marker = text.indexOf(`<!-- kms-errors:${name} `);
  if (marker < 0) throw new Error(`README.md has no <!-- kms-errors:${name} --> marker`);
  const fence = /```lua\n([\s\S]*?)\n```/.exec(text.slice(marker));
  if (!fence) throw new Error(`no \`\`\`lua block after the ${name} marker in README.md`);
  return fence[1]!;
}
