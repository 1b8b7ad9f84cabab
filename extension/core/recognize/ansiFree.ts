/**
 * Terminal colour and cursor escapes, read away: before a record's context is read, and from a
 * terminal's output before its lines are kept (host/terminal). A log written through a terminal
 * or a CI runner keeps its escapes (`\x1b[36mrequest_id\x1b[0m=...` from a
 * coloured logfmt logger, `\x1b[0mRequestId : ...` from a reset at every line's start), and a
 * field name glued to the escape's final `m` is no word of its own to the readers' `\b`: the
 * request id, the status and the operation were lost. The context is read from the text as the
 * terminal shows it; the codes' and messages' offsets stay those of the record itself.
 */

// ECMA-48 control sequences (CSI: ESC [, parameters, intermediates, a final byte), the SGR colours
// among them; operating system commands (ESC ], a terminal title), which end at BEL or ST; and the
// two-byte escapes (ESC and one byte from 0 to ~, such as ESC 7, save the cursor).
// eslint-disable-next-line no-control-regex
const ESCAPES = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[0-~])/g;

/** `text` without its terminal escapes; the same string when it has none (the common case). */
export function withoutTerminalEscapes(text: string): string {
  return text.includes('\x1b') ? text.replace(ESCAPES, '') : text;
}
