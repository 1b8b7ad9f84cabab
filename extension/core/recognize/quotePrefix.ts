/**
 * A quote's `> ` at a line's start, as Markdown and e-mail quote a text: an error pasted in an
 * issue thread is often quoted again in a reply (`> com.aliyun.tea.TeaException: ...`,
 * `> \tat com.aliyun...`), a quote in a quote as `> > ` or `>> `. Behind it, a stack trace's
 * frames no longer start with whitespace, so records.ts judges a line's role after the quote, as
 * it does after a log runner's prefix (runnerPrefix.ts asks this first). One `>` is one prefix:
 * a nested quote is read one `>` at a time, up to records.ts's MAX_PREFIXES. A `>` alone on its
 * line (a quote's empty line) leaves nothing, so the line is blank, as the paragraph break it is.
 */

const QUOTE = 0x3e;
const SPACE = 0x20;

/** The length of a quote prefix at `start` in text: 2 for `> `, 1 for a `>` followed by anything else, 0 without one. */
export function quotePrefixInText(text: string, start: number): number {
  if (text.charCodeAt(start) !== QUOTE) return 0;
  return text.charCodeAt(start + 1) === SPACE ? 2 : 1;
}

/** quotePrefixInText in bytes, read no further than `end`. */
export function quotePrefixInBytes(src: Uint8Array, start: number, end: number): number {
  if (start >= end || src[start] !== QUOTE) return 0;
  return start + 1 < end && src[start + 1] === SPACE ? 2 : 1;
}
