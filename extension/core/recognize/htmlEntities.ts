/**
 * HTML's character references, read away before a record's context is read. A KMS error reaches
 * a page escaped for HTML: a CI server's console page (`{&quot;Code&quot;:&quot;...&quot;,
 * &quot;RequestId&quot;:&quot;...&quot;}`), a rendered issue or help page's copy of the
 * gateway's XML answer (`&lt;RequestId&gt;...&lt;/RequestId&gt;`), Go's html/template (`&#34;`),
 * Python's html.escape (`&#x27;`). A field's key wrapped in references is no key to the field
 * readers, whose quotes and brackets are the characters themselves: the request id, the status,
 * the gateway body's `HttpStatus` (KMS's own shape) were lost while the code, which needs no
 * quote around it, was found. The context is read from the text as the page shows it; the codes'
 * and messages' offsets stay those of the record itself.
 */

// The references a page escapes a log's punctuation with: the named ones of HTML's syntax
// characters and the numeric ones (decimal or hex) of any ASCII character.
const REFERENCE = /&(?:quot|lt|gt|amp|apos|#(?:\d{2,3}|[xX][0-9a-fA-F]{2}));/g;
const NAMED: Readonly<Record<string, string>> = { quot: '"', lt: '<', gt: '>', amp: '&', apos: "'" };

function decode(reference: string): string {
  const name = reference.slice(1, -1);
  const named = NAMED[name];
  if (named !== undefined) return named;
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  // Only ASCII: a reference to anything else is no punctuation a field reader looks for.
  return code < 128 ? String.fromCharCode(code) : reference;
}

/**
 * `text` with its character references decoded, once (an escaped page's `&amp;quot;` reads as
 * `&quot;`); the same string when it has no `&` (most records), so the common case costs one
 * search.
 */
export function withoutHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  REFERENCE.lastIndex = 0;
  return REFERENCE.test(text) ? text.replace(REFERENCE, decode) : text;
}
