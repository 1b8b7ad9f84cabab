import type { Lang } from '../extension/core/catalog/types';
import { isApiSurface, LANGS } from '../extension/core/catalog/types';
import type { HostToWebview } from './protocol';

/**
 * The page checks what reaches its `message` listener too: anything that is not a well-formed
 * host message (another frame's post, a stale shape) is ignored rather than trusted.
 */
export function readHostMessage(data: unknown): HostToWebview | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Readonly<Record<string, unknown>>;
  switch (m.type) {
    case 'init':
    case 'setLanguage':
      return isLang(m.lang) ? { type: m.type, lang: m.lang } : undefined;
    case 'decode':
      return typeof m.text === 'string' && typeof m.format === 'string' ? { type: 'decode', text: m.text, format: m.format } : undefined;
    case 'revealEntry':
      return (m.api === null || isApiSurface(m.api)) && typeof m.code === 'string'
        ? {
            type: 'revealEntry',
            api: m.api,
            code: m.code,
            ...(typeof m.message === 'string' ? { message: m.message } : {}),
            ...(typeof m.operation === 'string' ? { operation: m.operation } : {}),
          }
        : undefined;
    case 'summary':
      return (m.documentName === null || typeof m.documentName === 'string') && isSummary(m.summary)
        ? { type: 'summary', documentName: m.documentName, summary: m.summary as never }
        : undefined;
    default:
      return undefined;
  }
}

function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

function isSummary(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value !== 'object') return false;
  const s = value as Readonly<Record<string, unknown>>;
  return (
    typeof s.uri === 'string' &&
    typeof s.total === 'number' &&
    Array.isArray(s.rows) &&
    s.rows.every(
      (r: unknown) =>
        typeof r === 'object' &&
        r !== null &&
        typeof (r as Record<string, unknown>).code === 'string' &&
        Number.isInteger((r as Record<string, unknown>).count) &&
        Number.isInteger((r as Record<string, unknown>).firstLine),
    )
  );
}
