/**
 * A quote's `> ` at a line's start, as Markdown and e-mail quote a text: an error pasted in an
 * issue thread is often quoted again in a reply (`> com.aliyun.tea.TeaException: ...`,
 * `> \tat com.aliyun...`), a quote in a quote as `> > ` or `>> `. Behind it, a stack trace's
 * frames no longer start with whitespace, so records.ts judges a line's role after the quote, as
 * it does after a log runner's prefix (runnerPrefix.ts asks this first). A nested quote, however
 * deep (`> > > `, `>>>`), is one prefix: a reply to a reply quotes the error again, and counting
 * each `>` against records.ts's MAX_PREFIXES left a fourth level's frames starting records of
 * their own. A `>` alone on its line (a quote's empty line) leaves nothing, so the line is blank,
 * as the paragraph break it is.
 */

const QUOTE = 0x3e;
const SPACE = 0x20;

/** The length of the quote prefix at `start` in text: every `>` there, each with the space after it if any; 0 without one. */
export function quotePrefixInText(text: string, start: number): number {
  let at = start;
  while (text.charCodeAt(at) === QUOTE) at += text.charCodeAt(at + 1) === SPACE ? 2 : 1;
  return at - start;
}

/** quotePrefixInText in bytes, read no further than `end`. */
export function quotePrefixInBytes(src: Uint8Array, start: number, end: number): number {
  let at = start;
  while (at < end && src[at] === QUOTE) at += at + 1 < end && src[at + 1] === SPACE ? 2 : 1;
  return at - start;
}
