/**
 * Markdown escaping for text that did not come from us (log lines, payload fields, messages as
 * found). Hover renderers treat Markdown as markup, so such text must never open a link, an
 * image, an HTML tag or a code fence.
 */

const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&"']/g;

/** Escapes every Markdown and HTML metacharacter so that `value` renders as the same text. */
export function escapeMarkdown(value: string): string {
  return value.replace(/\r?\n/g, ' ').replace(SPECIAL, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}

/** An inline code span holding `value` exactly, whatever backticks it contains. */
export function markdownCode(value: string): string {
  const flat = value.replace(/\r?\n/g, ' ');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
