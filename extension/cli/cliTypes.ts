/** What a command needs from the outside world, passed in so tests can run commands in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads all of standard input (for `-` or a missing payload). */
  readonly readStdin: () => Promise<Buffer>;
  /** Whether stdout is a terminal (progress and colour only then). */
  readonly isTty: boolean;
  /** Whether stderr is a terminal (progress of long scans is shown only then). */
  readonly stderrIsTty?: boolean;
  /** A script that can run scan workers (the CLI bundle); without it `scan` uses one thread. */
  readonly workerScript?: string;
  /** Threads a large scan uses: 1, 2, or (undefined) two when the machine has a core to spare. */
  readonly scanThreads?: 1 | 2;
}

/** A subcommand: its one-line usage and its runner, which returns the process exit code. */
export interface CliCommand {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, notFound: 1, usage: 2 } as const;

/** Thrown by argument parsing; main prints the message and the command's usage, then exits 2. */
export class UsageError extends Error {}
