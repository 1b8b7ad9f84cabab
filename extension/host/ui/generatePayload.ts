import * as vscode from 'vscode';
import { BYTE_STYLES, CATALOG, apiLabel, encodeError, entryTitle, renderBytes, type ByteStyle, type CatalogEntry, type Lang } from '../../core';

const STYLE_LABELS: Readonly<Record<ByteStyle, string>> = {
  base64: 'Base64',
  hex: 'Hex',
  escaped: 'Escaped string ("\\x08\\x94…")',
  java: 'Java (new byte[]{…})',
  go: 'Go ([]byte{…})',
  python: "Python (b'…')",
  json: 'JSON ([8, 148, …])',
};

/**
 * `Generate Error Payload`: pick a code (the KMS instance API, which sends protobuf bodies), its
 * message when it has several, and a form; then insert the body at the cursor or copy it. For
 * test fixtures and mocks of the KMS instance SDKs. The RequestId comes from Web Crypto, which
 * both the Node and the Web Worker extension hosts have.
 */
export async function generatePayload(lang: Lang): Promise<void> {
  const entries = CATALOG.filter((e) => e.api === 'instance');
  const entry = await pick(
    entries.map((e) => ({ label: entryTitle(e), description: e.httpStatus === null ? apiLabel(e.api, lang) : `HTTP ${e.httpStatus}`, detail: e.meaning[lang], entry: e })),
    vscode.l10n.t('Error code for the payload'),
  );
  if (!entry) return;
  const message = await pickMessage(entry.entry);
  if (message === undefined) return;
  const style = await pick(
    BYTE_STYLES.map((s) => ({ label: STYLE_LABELS[s], entry: s })),
    vscode.l10n.t('Form of the payload'),
  );
  if (!style) return;
  const bytes = encodeError({ StatusCode: entry.entry.httpStatus ?? 0, ErrorCode: entry.entry.code, ErrorMessage: message, RequestId: globalThis.crypto.randomUUID() });
  const text = renderBytes(bytes, style.entry);
  const editor = vscode.window.activeTextEditor;
  const insert = vscode.l10n.t('Insert at cursor');
  const copy = vscode.l10n.t('Copy to clipboard');
  const where = editor ? await vscode.window.showQuickPick([insert, copy], { title: vscode.l10n.t('Generate Error Payload') }) : copy;
  if (where === insert && editor) {
    await editor.edit((edit) => {
      for (const selection of editor.selections) edit.replace(selection, text);
    });
  } else if (where === copy) {
    await vscode.env.clipboard.writeText(text);
    vscode.window.setStatusBarMessage(`$(check) ${vscode.l10n.t('Payload copied')}`, 3000);
  }
}

async function pickMessage(entry: CatalogEntry): Promise<string | undefined> {
  if (entry.messages.length <= 1) return entry.messages[0]?.text ?? '';
  const chosen = await pick(
    entry.messages.map((m) => ({ label: m.text, entry: m.text })),
    vscode.l10n.t('Message for {0}', entryTitle(entry)),
  );
  return chosen?.entry;
}

async function pick<T, I extends vscode.QuickPickItem & { entry: T }>(items: I[], title: string): Promise<I | undefined> {
  return vscode.window.showQuickPick(items, { title, matchOnDescription: true, matchOnDetail: true });
}
