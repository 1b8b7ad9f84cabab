import * as vscode from 'vscode';
import { GzipError } from './gunzipChunks';
import type { LogByteSource } from './logBytes';
import { LogScanResults } from './logScanResults';
import { scanLogFile } from './scanLogFile';
import { registerUnsyncedLogOffer } from './unsyncedLogOffer';
import { TooLargeError, WORKSPACE_FS_LIMIT, workspaceFsBytes } from './workspaceFsBytes';

/** `KMS: Scan Log File...`: in the Explorer's context menu, the Command Palette, and offered for unsynced files. */
export const SCAN_LOG_FILE_COMMAND = 'kmsErrors.scanLogFile';

async function chooseLog(arg: unknown): Promise<vscode.Uri | undefined> {
  if (arg instanceof vscode.Uri) return arg;
  const picked = await vscode.window.showOpenDialog({
    title: vscode.l10n.t('Scan Log File for KMS Errors'),
    canSelectMany: false,
    openLabel: vscode.l10n.t('Scan'),
    filters: { [vscode.l10n.t('Logs')]: ['log', 'txt', 'out', 'gz'], [vscode.l10n.t('All files')]: ['*'] },
  });
  return picked?.[0];
}

function failureMessage(name: string, err: unknown): string {
  if (err instanceof TooLargeError) {
    return vscode.l10n.t('{0} is {1} MiB; files over {2} MiB can be scanned only from a desktop window (or with the kms-errors CLI).', name, (err.size / 1048576).toFixed(0), WORKSPACE_FS_LIMIT / 1048576);
  }
  if (err instanceof GzipError) return vscode.l10n.t('Cannot read {0}: it is not valid gzip data (corrupt or truncated).', name);
  return vscode.l10n.t('Cannot read {0}: {1}', name, err instanceof Error ? err.message : String(err));
}

/**
 * Registers Scan Log File. `fileSources` read `file:` URIs in this runtime (Node streams in the
 * desktop; none in the browser); vscode.workspace.fs reads everything else. Returns the results,
 * whose summaries the side bar shows for scanned files.
 */
export function registerLogScan(fileSources: readonly LogByteSource[]): { results: LogScanResults; disposables: vscode.Disposable[] } {
  const results = new LogScanResults();
  const sources = [...fileSources, workspaceFsBytes];
  const command = vscode.commands.registerCommand(SCAN_LOG_FILE_COMMAND, async (arg?: unknown) => {
    const uri = await chooseLog(arg);
    if (!uri) return;
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    try {
      const outcome = await scanLogFile(uri, sources, results);
      if (outcome.kind === 'cancelled') {
        vscode.window.setStatusBarMessage(vscode.l10n.t('KMS: scan of {0} cancelled', name), 4000);
        return;
      }
      const { summary } = outcome;
      if (summary.total === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No KMS errors found in {0}.', name));
        return;
      }
      const show = vscode.l10n.t('Show Problems');
      const answer = await vscode.window.showInformationMessage(vscode.l10n.t('Found {0} KMS errors ({1} kinds) in {2}.', summary.total, summary.rows.length, name), show);
      if (answer === show) await vscode.commands.executeCommand('workbench.actions.view.problems');
    } catch (err) {
      void vscode.window.showErrorMessage(failureMessage(name, err));
    }
  });
  return { results, disposables: [results, command, ...registerUnsyncedLogOffer(SCAN_LOG_FILE_COMMAND)] };
}
