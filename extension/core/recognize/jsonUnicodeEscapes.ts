/**
 * JSON's `\u00XX` escapes of ASCII punctuation, read through before a record's context is read.
 * Go's encoding/json escapes `<`, `>` and `&` that way by default (and so do the loggers built on
 * it: zap, logrus' JSON formatter, Terraform's `TF_LOG=json`), so a gateway's XML body logged in a
 * JSON line reads `\u003cRequestId\u003e...\u003c/RequestId\u003e` and a diagnosis link's query
 * `?q=CODE\u0026product=Kms\u0026requestId=...`. A key glued to the escape's last hex digit is no
 * word to the field readers' `\b`, and its brackets are no brackets: the request id, the host and
 * the `product=Kms` link were lost. Other JSON writers escape other punctuation the same way
 * (`\u0022`). Only punctuation is decoded: a letter's or a digit's escape stays six characters.
 * The codes' and messages' offsets stay those of the record itself.
 */

// `\u00` and the hex of ASCII punctuation: ` ` to `/`, `:` to `@`, `[` to `` ` ``, `{` to `~`.
const ESCAPE = /\\u00(?:2[0-9A-Fa-f]|3[A-Fa-f]|40|5[B-Fb-f]|60|7[B-Eb-e])/g;

function decode(escape: string): string {
  return String.fromCharCode(parseInt(escape.slice(4), 16));
}

/** `text` with those escapes decoded; the same string when it has no `\u00` (most records). */
export function withJsonPunctuationUnescaped(text: string): string {
  return text.includes('\\u00') ? text.replace(ESCAPE, decode) : text;
}
