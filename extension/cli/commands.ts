import type { CliCommand } from './cliTypes';
import { decodeCommand } from './decodeCommand';
import { encodeCommand } from './encodeCommand';
import { explainCommand } from './explainCommand';
import { scanCommand } from './scanCommand';

/** Every subcommand of `kms-errors`, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [explainCommand, decodeCommand, encodeCommand, scanCommand];
