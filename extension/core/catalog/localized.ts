import type { Lang, LocalizedText } from './types';

/** Builds a LocalizedText from its three languages, in the order en, ja, zh-cn. */
export function text(en: string, ja: string, zhCn: string): LocalizedText {
  return { en, ja, 'zh-cn': zhCn };
}

/**
 * Normalizes a user- or editor-supplied language tag ("ja-JP", "zh-CN", "zh-Hans", "en-US")
 * to one we have texts in, falling back to English for anything else.
 */
export function toLang(tag: string | undefined | null): Lang {
  const lower = (tag ?? '').toLowerCase();
  if (lower.startsWith('ja')) return 'ja';
  if (lower.startsWith('zh')) return 'zh-cn';
  return 'en';
}
