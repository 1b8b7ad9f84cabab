import type { CliIo } from './cliTypes';

const EVERY_MS = 200;

const size = (bytes: number): string => (bytes >= 1 << 30 ? `${(bytes / (1 << 30)).toFixed(1)} GiB` : `${(bytes / (1 << 20)).toFixed(0)} MiB`);

/**
 * Progress of a scan on stderr, across all its inputs: `scanning 2/5 app.log.1.gz: 40% of
 * 1.3 GiB`, redrawn in place at most every 200 ms. Only when stderr is a terminal, so redirected
 * and piped output never holds control characters.
 */
export class ScanProgress {
  private done = 0;
  private last = 0;
  private shown = false;
  private file = 0;
  private name = '';

  constructor(
    private readonly io: CliIo,
    private readonly fileCount: number,
    private readonly totalBytes: number,
  ) {}

  private get enabled(): boolean {
    return this.io.stderrIsTty === true;
  }

  /** A new input starts. */
  startFile(name: string): void {
    this.file++;
    this.name = name;
  }

  /** `n` more bytes of the current input were read. */
  add(n: number): void {
    this.done += n;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < EVERY_MS) return;
    this.last = now;
    const percent = this.totalBytes > 0 ? `${Math.min(100, Math.floor((this.done / this.totalBytes) * 100))}% of ${size(this.totalBytes)}` : size(this.done);
    const files = this.fileCount > 1 ? ` ${this.file}/${this.fileCount}` : '';
    this.io.stderr(`\r\x1b[2Kscanning${files} ${this.name}: ${percent}`);
    this.shown = true;
  }

  /** Clears the progress line (before a message, and at the end). */
  clear(): void {
    if (this.shown) this.io.stderr('\r\x1b[2K');
    this.shown = false;
  }
}
