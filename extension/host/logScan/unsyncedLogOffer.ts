import * as vscode from 'vscode';

/** VS Code does not hand documents over this size to extensions (hovers and diagnostics stop). */
export const SYNC_LIMIT_BYTES = 50 * 1024 * 1024;

// The editor may hand a document over a moment after its tab shows: look again after this.
const SETTLE_MS = 1500;

/** The file the active tab shows as text, if any (also when its document never reaches us). */
export function activeTabFile(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputText ? input.uri : undefined;
}

function isSynced(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.workspace.textDocuments.some((d) => d.uri.toString() === key);
}

/**
 * When the active editor shows a text file too large to be synced to extensions, offers Scan
 * Log File: a status-bar item for as long as that editor is active, and once per file a
 * notification that says why hovers and diagnostics are missing there.
 */
export function registerUnsyncedLogOffer(commandId: string): vscode.Disposable[] {
  const item = vscode.window.createStatusBarItem('kmsErrors.scanLargeFile', vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('KMS: Scan Log File');
  const offered = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = async (): Promise<void> => {
    const uri = activeTabFile();
    if (!uri || isSynced(uri)) {
      item.hide();
      return;
    }
    let size: number;
    try {
      size = (await vscode.workspace.fs.stat(uri)).size;
    } catch {
      item.hide();
      return;
    }
    if (size <= SYNC_LIMIT_BYTES || activeTabFile()?.toString() !== uri.toString()) {
      item.hide();
      return;
    }
    const why = vscode.l10n.t('This file is too large to be synced to extensions ({0} MiB): KMS Errors cannot show hovers or diagnostics in it, but can scan it.', (size / 1048576).toFixed(0));
    item.text = `$(search) ${vscode.l10n.t('Scan for KMS errors')}`;
    item.tooltip = why;
    item.command = { command: commandId, title: vscode.l10n.t('KMS: Scan Log File'), arguments: [uri] };
    item.show();
    if (offered.has(uri.toString())) return;
    offered.add(uri.toString());
    const scan = vscode.l10n.t('Scan Log File');
    if ((await vscode.window.showInformationMessage(why, scan)) === scan) await vscode.commands.executeCommand(commandId, uri);
  };
  const schedule = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void check(), SETTLE_MS);
  };
  schedule();
  return [
    item,
    vscode.window.tabGroups.onDidChangeTabs(schedule),
    vscode.window.onDidChangeActiveTextEditor(schedule),
    { dispose: () => timer && clearTimeout(timer) },
  ];
}
