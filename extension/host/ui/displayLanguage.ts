import * as vscode from 'vscode';
import { toLang, type Lang } from '../../core';

/**
 * The language of explanations and webview text: the `kmsErrors.language` setting, or VS Code's
 * display language when it is `auto` (English for anything but Japanese and Chinese).
 */
export function displayLanguage(): Lang {
  const setting = vscode.workspace.getConfiguration('kmsErrors').get<string>('language', 'auto');
  return toLang(setting === 'auto' || !setting ? vscode.env.language : setting);
}

/** Calls `listener` with the new language whenever the setting changes. */
export function onDisplayLanguageChange(listener: (lang: Lang) => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('kmsErrors.language')) listener(displayLanguage());
  });
}
