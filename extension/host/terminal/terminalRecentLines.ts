import * as vscode from 'vscode';
import { withoutTerminalEscapes } from '../../core';

/** Lines kept per terminal, and lines handed over as the context above a line. */
const KEPT_LINES = 400;
const CONTEXT_LINES = 30;

// The parts of shell-integration's API we use (VS Code 1.93+; the extension's floor is 1.91, so
// they are looked up at run time and their absence means: the line alone, no lines above).
interface ShellExecution {
  read(): AsyncIterable<string>;
}
interface ShellExecutionStart {
  readonly terminal: vscode.Terminal;
  readonly execution: ShellExecution;
}
type OnExecutionStart = (listener: (e: ShellExecutionStart) => void) => vscode.Disposable;


/** A line as both the output and the terminal's buffer show it: whitespace runs as one space. */
export function normalizedLine(line: string): string {
  return line.replace(/\s+/g, ' ').trim();
}

/**
 * The recent output of each terminal, as plain lines, read through shell integration where the
 * editor offers it. The terminal link API hands a provider one line; these are "the lines just
 * above" it, so a record's context (a Go block's StatusCode, a request id printed first) reaches
 * the recognizer. Output is only kept in memory, a few hundred lines per terminal.
 */
export class TerminalRecentLines implements vscode.Disposable {
  private readonly lines = new Map<vscode.Terminal, { done: string[]; partial: string }>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Whether this editor lets us read terminal output at all. */
  readonly available: boolean;

  constructor() {
    const onStart = (vscode.window as unknown as { onDidStartTerminalShellExecution?: OnExecutionStart }).onDidStartTerminalShellExecution;
    this.available = onStart !== undefined;
    if (onStart) this.disposables.push(onStart.call(vscode.window, (e) => void this.follow(e.terminal, e.execution)));
    this.disposables.push(vscode.window.onDidCloseTerminal((t) => this.lines.delete(t)));
  }

  private async follow(terminal: vscode.Terminal, execution: ShellExecution): Promise<void> {
    let state = this.lines.get(terminal);
    if (!state) this.lines.set(terminal, (state = { done: [], partial: '' }));
    try {
      for await (const data of execution.read()) this.append(state, data);
    } catch {
      // The terminal closed while we read it: nothing to keep.
    }
  }

  private append(state: { done: string[]; partial: string }, data: string): void {
    const parts = (state.partial + withoutTerminalEscapes(data)).split('\n');
    state.partial = parts.pop() ?? '';
    for (const part of parts) {
      // A carriage return without a newline redraws the line (progress bars): keep what was left.
      const line = part.endsWith('\r') ? part.slice(0, -1) : part;
      state.done.push(line.slice(line.lastIndexOf('\r') + 1));
    }
    if (state.done.length > KEPT_LINES) state.done.splice(0, state.done.length - KEPT_LINES);
  }

  /** The lines printed just above the last output line equal to `line` (oldest first), or none. */
  above(terminal: vscode.Terminal, line: string): string[] {
    const state = this.lines.get(terminal);
    if (!state) return [];
    const wanted = normalizedLine(line);
    if (wanted === '') return [];
    for (let i = state.done.length - 1; i >= 0; i--) {
      if (normalizedLine(state.done[i]!) === wanted) return state.done.slice(Math.max(0, i - CONTEXT_LINES), i);
    }
    return [];
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.lines.clear();
  }
}
