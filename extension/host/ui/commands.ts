import * as vscode from 'vscode';
import { COMMAND_IDS, isApiSurface, type ApiSurface } from '../../core';
import type { DecodePanel } from './decodePanel';
import { chooseFile, payloadFromFile } from './decodeFile';
import { displayLanguage } from './displayLanguage';
import { pickCatalogEntry } from './explainCode';
import { generatePayload } from './generatePayload';
import { payloadFromUser } from './payloadSource';
import { REFERENCE_VIEW_ID, type ReferenceViewProvider } from './referenceView';

/** Command ids this module registers; decodePayload and showReference come from the shared table. */
export const UI_COMMANDS = {
  decodePayload: COMMAND_IDS.decodePayload,
  showReference: COMMAND_IDS.showReference,
  decodePayloadFile: 'kmsErrors.decodePayloadFile',
  explainCode: 'kmsErrors.explainCode',
  generatePayload: 'kmsErrors.generatePayload',
} as const;

// Arguments come from hover links and code actions (plain JSON) or from menus (a Uri): read them warily.
function textArg(arg: unknown): string | undefined {
  const text = (arg as { text?: unknown } | null | undefined)?.text;
  return typeof text === 'string' && text.trim() !== '' && text.length <= 20_000_000 ? text : undefined;
}

function referenceArg(arg: unknown): { api: ApiSurface | null; code: string; found: { message?: string; operation?: string } } | undefined {
  const { api, code, message, operation } = (arg ?? {}) as { api?: unknown; code?: unknown; message?: unknown; operation?: unknown };
  if (typeof code !== 'string' || code.length > 200) return undefined;
  const found = {
    ...(typeof message === 'string' && message.length <= 2000 ? { message } : {}),
    ...(typeof operation === 'string' && operation.length <= 200 ? { operation } : {}),
  };
  return { api: isApiSurface(api) ? api : null, code, found };
}

/** The editor's selection when it is one short line (a code), else ''. */
function selectedWord(): string {
  const editor = vscode.window.activeTextEditor;
  const text = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection).trim() : '';
  return text.length <= 100 && !/[\r\n]/.test(text) ? text : '';
}

/** Registers the decode, explain, generate and reference commands. */
export function registerUiCommands(panel: DecodePanel, reference: ReferenceViewProvider): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(UI_COMMANDS.decodePayload, async (arg?: unknown) => {
      const text = textArg(arg) ?? (await payloadFromUser());
      if (text !== undefined) panel.show({ text, format: 'auto' });
    }),
    vscode.commands.registerCommand(UI_COMMANDS.decodePayloadFile, async (arg?: unknown) => {
      const uri = await chooseFile(arg);
      if (!uri) return;
      const payload = await payloadFromFile(uri);
      if (payload) panel.show(payload);
    }),
    vscode.commands.registerCommand(UI_COMMANDS.explainCode, async () => {
      const entry = await pickCatalogEntry(displayLanguage(), selectedWord());
      if (entry) await reference.reveal(entry.api, entry.code);
    }),
    vscode.commands.registerCommand(UI_COMMANDS.generatePayload, () => generatePayload(displayLanguage())),
    vscode.commands.registerCommand(UI_COMMANDS.showReference, async (arg?: unknown) => {
      const target = referenceArg(arg);
      if (target) await reference.reveal(target.api, target.code, target.found);
      else await vscode.commands.executeCommand(`${REFERENCE_VIEW_ID}.focus`);
    }),
  ];
}
