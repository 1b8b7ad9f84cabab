import type { CliCommand } from './cliTypes';
import { explainCommand } from './explainCommand';

/** Every subcommand of `kms-errors`, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [explainCommand];
