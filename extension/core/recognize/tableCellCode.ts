/**
 * A code spelled with an SDK's suffix (`Forbidden.KeyNotFoundError`) is the key service's error
 * where an SDK printed it: pop-core names its error `<CODE>Error` before the message
 * (`Forbidden.KeyNotFoundError: The specified Key is not found.`), the older Tea Go SDK prints the
 * suffixed code on its `Code:` line, a JavaScript log quotes the error's name. Documentation never
 * spells the key service's codes so: its tables list `Forbidden.KeyNotFound`.
 *
 * A table cell that holds the suffixed name whole is therefore another product's own code, which
 * its documentation lists with that spelling: the FaaS (FPGA as a Service) tool faascmd documents
 * `|Forbidden.KeyNotFoundError|找不到指定的KMS key，...|503|` (its own 503, its own wording) beside
 * `|InvalidAccessKeyIdError|...|401|` and `|RoleAccessError|...|403|`. A cell is a `|` before the
 * name and one after it, with spaces between allowed (Markdown's `| Code | Message |`).
 */

const PIPE = 0x7c;
const SPACE = 0x20;
const TAB = 0x09;

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

/** Whether [start, end) of `text` fills a table cell: only spaces between it and a `|` on each side. */
export function fillsTableCell(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && isBlank(text.charCodeAt(before))) before--;
  if (before < 0 || text.charCodeAt(before) !== PIPE) return false;
  let after = end;
  while (isBlank(text.charCodeAt(after))) after++;
  return text.charCodeAt(after) === PIPE;
}
