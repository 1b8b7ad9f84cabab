import { toLang, type Lang } from '../core';

/** Where diagnostics are published: only in logs (the default), in every document, or nowhere. */
export type DiagnosticsMode = 'logs' | 'all' | 'off';

/** The explanation language setting: `auto` follows the editor's display language. */
export type LanguageSetting = 'auto' | Lang;

/** The server's view of the `kmsErrors.*` settings, already validated. */
export interface ServerSettings {
  readonly language: LanguageSetting;
  readonly diagnostics: DiagnosticsMode;
  /** Most diagnostics published per document: a 50 MB log can hold far more than a Problems panel is useful with. */
  readonly maxDiagnostics: number;
}

export const DEFAULT_SETTINGS: ServerSettings = { language: 'auto', diagnostics: 'logs', maxDiagnostics: 1000 };

const LANGUAGE_VALUES: readonly string[] = ['auto', 'en', 'ja', 'zh-cn'];
const DIAGNOSTICS_VALUES: readonly string[] = ['logs', 'all', 'off'];

/**
 * Reads settings sent by any client (VS Code's `kmsErrors` section, or a hand-written table in
 * Neovim/Helix). Unknown or ill-typed values fall back to the defaults one by one, so a typo in
 * one setting never disables the others.
 */
export function parseSettings(raw: unknown, base: ServerSettings = DEFAULT_SETTINGS): ServerSettings {
  if (typeof raw !== 'object' || raw === null) return base;
  const r = raw as Record<string, unknown>;
  const language = typeof r.language === 'string' && LANGUAGE_VALUES.includes(r.language) ? (r.language as LanguageSetting) : base.language;
  const diagnostics = typeof r.diagnostics === 'string' && DIAGNOSTICS_VALUES.includes(r.diagnostics) ? (r.diagnostics as DiagnosticsMode) : base.diagnostics;
  const max = r.maxDiagnostics;
  const maxDiagnostics = typeof max === 'number' && Number.isFinite(max) && max >= 0 ? Math.floor(max) : base.maxDiagnostics;
  return { language, diagnostics, maxDiagnostics };
}

/** The language explanations are written in: the setting, or for `auto` the editor's locale. */
export function resolveLang(setting: LanguageSetting, editorLocale: string | undefined): Lang {
  return setting === 'auto' ? toLang(editorLocale) : setting;
}

/**
 * Whether a document is a log, for `kmsErrors.diagnostics: logs`: the `log` language (VS Code's
 * and the Output panel's), a `.log` file (also rotated `.log.1`), or an output channel.
 */
export function isLogDocument(uri: string, languageId: string): boolean {
  if (languageId.toLowerCase() === 'log') return true;
  if (uri.startsWith('output:')) return true;
  const path = uri.split(/[?#]/, 1)[0] ?? '';
  return /\.log(\.\d+)?$/i.test(path);
}

/** Whether diagnostics are wanted for a document under a mode. */
export function wantsDiagnostics(mode: DiagnosticsMode, uri: string, languageId: string): boolean {
  return mode === 'all' || (mode === 'logs' && isLogDocument(uri, languageId));
}
