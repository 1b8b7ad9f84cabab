import * as vscode from 'vscode';
import { COMMAND_IDS } from '../core';

/** The only commands a hover link may run: ours, and only those that take plain data. */
export const HOVER_COMMANDS: readonly string[] = [COMMAND_IDS.showReference, COMMAND_IDS.decodePayload, COMMAND_IDS.copyRequestId];

/**
 * Re-creates a hover's Markdown as trusted for our own commands only. The language client
 * delivers Markdown untrusted, so command links would not run; trusting it wholesale would let
 * a crafted log line run any command. HTML stays off: log text never becomes markup.
 */
export function trustOurCommands(hover: vscode.Hover): vscode.Hover {
  const contents = hover.contents.map((c) => {
    const value = c instanceof vscode.MarkdownString ? c.value : typeof c === 'string' ? c : null;
    if (value === null) return c;
    const md = new vscode.MarkdownString(value);
    md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    md.supportHtml = false;
    return md;
  });
  return new vscode.Hover(contents, hover.range);
}
