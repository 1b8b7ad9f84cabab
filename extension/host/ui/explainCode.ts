import * as vscode from 'vscode';
import { CATALOG, apiLabel, entryTitle, type CatalogEntry, type Lang } from '../../core';

/**
 * `Explain Error Code`: a quick pick over the whole catalog (code, status and API surface, and
 * the meaning in the display language, all searchable); the chosen entry is returned for the
 * reference to show. `initialValue` starts the search (the editor selection).
 */
export async function pickCatalogEntry(lang: Lang, initialValue = ''): Promise<CatalogEntry | undefined> {
  const items = CATALOG.map((entry) => ({
    label: entryTitle(entry),
    // Documented misspellings (SerivceUnavailableTemporary) are searchable too.
    description: `${entry.httpStatus === null ? '' : `HTTP ${entry.httpStatus} · `}${apiLabel(entry.api, lang)}${entry.aliases ? ` · ${entry.aliases.join(', ')}` : ''}`,
    detail: entry.meaning[lang],
    entry,
  }));
  const quickPick = vscode.window.createQuickPick<(typeof items)[number]>();
  quickPick.title = vscode.l10n.t('Explain KMS Error Code');
  quickPick.placeholder = vscode.l10n.t('Type a code, a status or words from the meaning');
  quickPick.matchOnDescription = true;
  quickPick.matchOnDetail = true;
  quickPick.items = items;
  // From the editor's context menu, the selected code is the search already typed.
  quickPick.value = initialValue;
  const chosen = await new Promise<CatalogEntry | undefined>((resolve) => {
    quickPick.onDidAccept(() => resolve(quickPick.selectedItems[0]?.entry));
    quickPick.onDidHide(() => resolve(undefined));
    quickPick.show();
  });
  quickPick.dispose();
  return chosen;
}
