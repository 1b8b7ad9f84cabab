import * as vscode from 'vscode';
import { COMMAND_IDS, type DecodePayloadArgs, type ShowReferenceArgs } from '../../core';
import { occurrenceTitle, statusOf } from '../occurrenceWords';
import { terminalOccurrences, type TerminalOccurrence } from './terminalOccurrences';
import { TerminalRecentLines } from './terminalRecentLines';

/** A terminal link to one KMS error: what activating it does. */
interface KmsTerminalLink extends vscode.TerminalLink {
  readonly action: { readonly command: typeof COMMAND_IDS.showReference; readonly args: ShowReferenceArgs } | { readonly command: typeof COMMAND_IDS.decodePayload; readonly args: DecodePayloadArgs };
}

/** The tooltip: `Forbidden.KeyNotFound · HTTP 404 — Explain`, or `... — Decode payload` for a payload. */
export function linkTooltip(found: TerminalOccurrence): string {
  const o = found.occurrence;
  const status = statusOf(o);
  const name = o.code === '' ? occurrenceTitle(o) : status === null ? o.code : `${o.code} · HTTP ${status}`;
  return o.kind === 'payload' ? vscode.l10n.t('{0} — Decode payload', name) : vscode.l10n.t('{0} — Explain', name);
}

function linkOf(found: TerminalOccurrence): KmsTerminalLink {
  const o = found.occurrence;
  const api = o.api === 'unknown' ? (o.entryKeys[0]?.split(':')[0] as ShowReferenceArgs['api'] | undefined) : o.api;
  const action: KmsTerminalLink['action'] =
    o.kind === 'payload'
      ? { command: COMMAND_IDS.decodePayload, args: { text: found.text } }
      : {
          command: COMMAND_IDS.showReference,
          args: { api: api ?? 'instance', code: o.code, ...(o.message !== null ? { message: o.message } : {}), ...(o.operation !== null ? { operation: o.operation } : {}) },
        };
  return { startIndex: found.startIndex, length: found.length, tooltip: linkTooltip(found), action };
}

/**
 * Finds KMS errors in the integrated terminal's lines (an app run with `mvn spring-boot:run`,
 * `go run` or `pytest` prints its TeaException or SDKError there) and makes each a link:
 * activating it opens the reference on the entry, or decodes the payload into the panel.
 * Terminal text is only read and matched, never run or rendered as markup.
 */
export class KmsTerminalLinkProvider implements vscode.TerminalLinkProvider<KmsTerminalLink> {
  constructor(private readonly recent: TerminalRecentLines) {}

  provideTerminalLinks(context: vscode.TerminalLinkContext): KmsTerminalLink[] {
    if (!vscode.workspace.getConfiguration('kmsErrors').get<boolean>('terminalLinks', true)) return [];
    return terminalOccurrences(context.line, this.recent.above(context.terminal, context.line)).map(linkOf);
  }

  async handleTerminalLink(link: KmsTerminalLink): Promise<void> {
    await vscode.commands.executeCommand(link.action.command, link.action.args);
  }
}

/** Registers the terminal's KMS links and the output reader that gives them context. */
export function registerTerminalLinks(): vscode.Disposable[] {
  const recent = new TerminalRecentLines();
  return [recent, vscode.window.registerTerminalLinkProvider(new KmsTerminalLinkProvider(recent))];
}
