import { EXIT, UsageError, type CliIo } from './cliTypes';
import { COMMANDS } from './commands';

const VERSION = '0.1.0';

function help(): string {
  const lines = ['Usage: kms-errors <command> [options]', '', 'Commands:'];
  for (const c of COMMANDS) lines.push(`  ${c.usage}`, `      ${c.summary}`);
  lines.push('', 'Exit codes: 0 success, 1 not found, 2 bad arguments or input.', 'Works offline; sends nothing anywhere.');
  return lines.join('\n') + '\n';
}

/** Runs `kms-errors` with its arguments (without node and the script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(help());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`kms-errors: unknown command "${name}"\n${help()}`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`Usage: ${command.usage}\n${command.summary}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`kms-errors ${command.name}: ${err.message}\nUsage: ${command.usage}\n`);
      return EXIT.usage;
    }
    throw err;
  }
}
