import * as vscode from 'vscode';
import { CATALOG, apiLabel, entryTitle, type CatalogEntry, type Lang } from '../../core';

/**
 * `Explain Error Code`: a quick pick over the whole catalog (code, status and API surface, and
 * the meaning in the display language, all searchable); the chosen entry is returned for the
 * reference to show.
 */
export async function pickCatalogEntry(lang: Lang): Promise<CatalogEntry | undefined> {
  const items = CATALOG.map((entry) => ({
    label: entryTitle(entry),
    description: `${entry.httpStatus === null ? '' : `HTTP ${entry.httpStatus} · `}${apiLabel(entry.api, lang)}`,
    detail: entry.meaning[lang],
    entry,
  }));
  const chosen = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Explain KMS Error Code'),
    placeHolder: vscode.l10n.t('Type a code, a status or words from the meaning'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return chosen?.entry;
}
