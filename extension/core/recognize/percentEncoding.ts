/**
 * Percent-encoded punctuation (RFC 3986), read through. An error travels inside a URL's query as
 * often as beside it: a redirect's or a web hook's `?error=%7B%22Code%22%3A%22...%22%7D`, a
 * signed request's query logged whole (`...%26Action%3DDecrypt%26...`, the gateway's own string
 * to sign quoted back in its SignatureDoesNotMatch message), a link to the gateway's diagnosis
 * page inside another link (`q%3DForbidden.KeyNotFound%26product%3DKms`). There a code stands
 * right after the `D` of `%3D` or the `2` of `%22`, a word character, so it was no word; and the
 * fields' keys and separators (`RequestId%3D...`, `%22HttpStatus%22%3A404`) were no keys to the
 * field readers. Only punctuation is decoded: `%41` stays three characters, so `100%ABC` or a
 * percent-encoded word never turns into something else.
 */

/** A percent-encoded ASCII punctuation character: ` !"#$%&'()*+,-./`, `:;<=>?`, `[\]`, `{|}~`. */
const ENCODED = /%(?:2[0-9A-Fa-f]|3[A-Fa-f]|5[BCDbcd]|7[B-Eb-e])/g;

/**
 * The encoded punctuation a code may stand right after, as an expression's source: what opens or
 * separates a value in a query or an encoded JSON body, `=` (`%3D`), `"` (`%22`), `'` (`%27`),
 * `:` (`%3A`), `,` (`%2C`), `&` (`%26`), `{` (`%7B`), `[` (`%5B`), `(` (`%28`), `>` (`%3E`). Not
 * a space (`%20`) or a slash (`%2F`): a code after those is a title or a file name in a link's
 * path (the vendor's pages are named for their errors: `.../%E8%A7%A3%E5%AF%86%E6%97%B6...%20
 * Forbidden.KeyNotFound%20%E7%9A%84...md`), which in plain text would be a word of a sentence or
 * a file's name (`Forbidden.KeyNotFound.md`), no error; nor a dot, after which a code is no code,
 * as after a plain one (codeWords.ts' isCodeAt).
 */
export const ENCODED_PUNCTUATION_BEFORE_CODE = '%(?:2[2678Cc]|3[AaDdEe]|5[Bb]|7[Bb])';

function decode(escape: string): string {
  return String.fromCharCode(parseInt(escape.slice(1), 16));
}

/**
 * `text` with its percent-encoded punctuation decoded, once (a doubly encoded `%253D` reads as
 * `%3D`); the same string when it has no `%` (most records), so the common case costs one search.
 */
export function withPercentDecodedPunctuation(text: string): string {
  if (!text.includes('%')) return text;
  ENCODED.lastIndex = 0;
  return ENCODED.test(text) ? text.replace(ENCODED, decode) : text;
}
