/**
 * Indentation that a trace picks up on the web. A stack trace copied from a rendered page keeps
 * its frames' indentation as no-break spaces (U+00A0, HTML's `&nbsp;`), and Chinese and Japanese
 * posts indent pasted frames with the ideographic space (U+3000, the full-width space that also
 * indents every paragraph of their prose): `\u3000\u3000at com.aliyun.kms20160120.Client.decryptWithOptions(...)`
 * (published Chinese posts print Java frames so: test/fixtures/recognize/published-audit21-cjk-lookalikes.log).
 *
 * records.ts reads such a line as indented only where what follows the indentation is a
 * continuation of a record (a frame's `at `, `Caused by`, a format's own prefix), never as a
 * paragraph's indent: an indented line of prose starts a record of its own, so two paragraphs
 * of a post stay apart as they did.
 */

const SPACE = 0x20;
const TAB = 0x09;
const NO_BREAK_SPACE = 0xa0;
const IDEOGRAPHIC_SPACE = 0x3000;

/**
 * The most characters of such indentation read before a line's content: a frame's indent is a
 * few, and a reader of bytes (byteRecords.ts) judges a line from its first bytes, which must hold
 * the indentation (3 bytes an ideographic space) and the longest continuation prefix after it.
 */
export const MAX_WEB_INDENT = 16;

/** Whether `c` (a UTF-16 code unit) is a no-break or ideographic space, the indentation of a trace copied from the web. */
export function isWebSpace(c: number): boolean {
  return c === NO_BREAK_SPACE || c === IDEOGRAPHIC_SPACE;
}

/**
 * Where the indentation at `at` (spaces, tabs, no-break and ideographic spaces) ends, reading at
 * most MAX_WEB_INDENT characters.
 */
export function webIndentEnd(text: string, at: number): number {
  const limit = Math.min(text.length, at + MAX_WEB_INDENT);
  let i = at;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB && !isWebSpace(c)) break;
    i++;
  }
  return i;
}
