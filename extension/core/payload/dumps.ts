/**
 * Hex dumps with an offset column: `xxd` (grouped or -g1), `hexdump -C`, `od -A x -t x1z` and
 * Wireshark's "Copy as Hex Dump" / `tshark -x`. Offsets are read as hex, as all four print them.
 * The ASCII column is told apart from the bytes by what it must be: the printable rendering of
 * the line's own bytes (`|...|` and `>...<` delimit it in hexdump and od; xxd and Wireshark do
 * not). A `*` line (hexdump, od, `xxd -a`) repeats the line above up to the next offset.
 */

// Offset columns are 4 (Wireshark) to 8 (xxd, hexdump) digits wide; fewer would read `08 94` as a dump.
const OFFSET_LINE = /^\s*([0-9a-fA-F]{4,16}):?(?=\s|$)(.*)$/;
// xxd -c 256 -g 1, the widest layout a tool prints, needs about 1,300 characters a line.
const MAX_LINE = 2048;
const HEX_TOKEN = /^(?:[0-9a-fA-F]{2}){1,16}$/;
// hexdump -C and od -t x1z delimit their ASCII column; the hex part never holds these characters.
const ASCII_DELIMITERS: readonly (readonly [string, string])[] = [
  ['|', '|'],
  ['>', '<'],
];

interface DumpLine {
  readonly offset: number;
  /** The byte tokens and, when the ASCII column could not be cut by its delimiter, what follows. */
  readonly tokens: readonly { readonly text: string; readonly end: number }[];
  readonly rest: string;
  readonly delimited: boolean;
}

const SHOWN: readonly string[] = Array.from({ length: 256 }, (_, b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.'));

/** How the dump's ASCII column shows bytes: printable ASCII as itself, anything else as '.'. */
function render(bytes: readonly number[]): string {
  let out = '';
  for (const b of bytes) out += SHOWN[b];
  return out;
}

const hexDigit = (c: number) => (c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x57);

/** The bytes of the first `count` tokens (each checked by HEX_TOKEN), read from character codes. */
function tokenBytes(tokens: DumpLine['tokens'], count: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < count; k++) {
    const text = tokens[k]!.text;
    for (let i = 0; i < text.length; i += 2) out.push(hexDigit(text.charCodeAt(i)) * 16 + hexDigit(text.charCodeAt(i + 1)));
  }
  return out;
}

function parseLine(offset: number, body: string): DumpLine {
  let rest = body;
  let delimited = false;
  const trimmed = body.trimEnd();
  for (const [open, close] of ASCII_DELIMITERS) {
    const at = body.indexOf(open);
    if (at >= 0 && trimmed.length - 1 > at && trimmed.endsWith(close)) {
      rest = body.slice(0, at);
      delimited = true;
      break;
    }
  }
  const tokens: { text: string; end: number }[] = [];
  for (const m of rest.matchAll(/\S+/g)) {
    if (!HEX_TOKEN.test(m[0])) break;
    tokens.push({ text: m[0], end: m.index + m[0].length });
  }
  return { offset, tokens, rest, delimited };
}

/**
 * The most tokens whose rendering is exactly the rest of the line, or 0 when no count fits.
 * The rendering of all the tokens is made once; each count compares a prefix of it.
 */
function renderMatch(line: DumpLine): number {
  const tokens = line.tokens;
  if (tokens.length < 2) return 0;
  const rendered = render(tokenBytes(tokens, tokens.length));
  let bytes = rendered.length;
  for (let j = tokens.length - 1; j >= 1; j--) {
    bytes -= tokens[j]!.text.length / 2;
    // Both sides trimmed: a rendering that begins or ends with a space (byte 0x20) loses it in
    // the gap before the column, or to an editor that trims line ends.
    const tail = line.rest.slice(tokens[j - 1]!.end).trim();
    if (tail === rendered.slice(0, bytes).trim()) return j;
  }
  return 0;
}

/**
 * How many of a line's hex tokens are bytes. Without an ASCII column, all of them. With one,
 * the most tokens whose rendering is the rest of the line (an ASCII column of `AAAA` or `cafe`
 * also looks like hex), else all the tokens before the first word that is not hex.
 */
function byteTokenCount(line: DumpLine, hasAscii: boolean): number {
  if (line.delimited || !hasAscii) return line.tokens.length;
  return renderMatch(line) || line.tokens.length;
}

/** Whether the dump prints an ASCII column: some line shows one plainly, or every line fits one. */
function dumpHasAscii(lines: readonly DumpLine[]): boolean {
  const plain = (l: DumpLine) => l.delimited || l.rest.slice(l.tokens[l.tokens.length - 1]?.end ?? 0).trim() !== '';
  return lines.some(plain) || lines.every((l) => renderMatch(l) > 0);
}

type Entry = { readonly kind: 'line'; readonly line: DumpLine } | { readonly kind: 'repeat' } | { readonly kind: 'end'; readonly offset: number };

/** The lines of a dump, or null when some line is neither data, `*`, nor a closing offset. */
function parseEntries(text: string, radix: number): Entry[] | null {
  const entries: Entry[] = [];
  for (const raw of text.split(/\r?\n/)) {
    // Real dump lines are short; refusing long ones keeps the column regexes linear.
    if (raw.length > MAX_LINE) return null;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    if (trimmed === '*') {
      entries.push({ kind: 'repeat' });
      continue;
    }
    const m = OFFSET_LINE.exec(raw);
    if (!m) return null;
    const digits = m[1] ?? '';
    if (radix !== 16 && !(radix === 8 ? /^[0-7]+$/ : /^\d+$/).test(digits)) return null;
    const offset = parseInt(digits, radix);
    const line = parseLine(offset, m[2] ?? '');
    if (line.tokens.length > 0) entries.push({ kind: 'line', line });
    // An offset alone closes hexdump's and od's output; elsewhere it is not a dump.
    else if (line.rest.trim() === '') entries.push({ kind: 'end', offset });
    else return null;
  }
  return entries;
}

/**
 * The bytes of a hex dump, or null when the text is not one. The offsets must follow on from
 * each other; a single line must start at 0, so grouped hex (`0894 0312`) is not read as a dump.
 * Offsets are tried as hex (xxd, hexdump, `od -A x`, Wireshark), then octal (`od`'s default),
 * then decimal (`od -A d`). A `*` never expands past `maxBytes + 1` bytes: the caller then
 * refuses the body as too large.
 */
export function decodeDump(text: string, maxBytes: number): Uint8Array | null {
  // The first line decides cheaply, before a long text of another form is split into lines.
  const first = /^\s*([^\n]{0,200})/.exec(text)?.[1] ?? '';
  if (!OFFSET_LINE.test(first)) return null;
  for (const radix of [16, 8, 10]) {
    const bytes = decodeDumpWithRadix(text, maxBytes, radix);
    if (bytes) return bytes;
  }
  return null;
}

function decodeDumpWithRadix(text: string, maxBytes: number, radix: number): Uint8Array | null {
  const entries = parseEntries(text, radix);
  if (!entries) return null;
  const lines = entries.flatMap((e) => (e.kind === 'line' ? [e.line] : []));
  if (lines.length === 0 || (lines.length === 1 && lines[0]!.offset !== 0)) return null;
  const hasAscii = dumpHasAscii(lines);
  const base = lines[0]!.offset;
  const out: number[] = [];
  let previous: number[] | null = null;
  let repeat = false;
  for (const entry of entries) {
    if (entry.kind === 'repeat') {
      if (!previous) return null;
      repeat = true;
      continue;
    }
    const offset = entry.kind === 'line' ? entry.line.offset : entry.offset;
    if (repeat && previous) {
      // The squeezed lines were copies of the one above, up to this line's offset.
      const width = previous.length;
      const gap = offset - base - out.length;
      if (width === 0 || gap < 0 || gap % width !== 0) return null;
      if (out.length + gap > maxBytes) return new Uint8Array(maxBytes + 1);
      for (let i = 0; i < gap; i++) out.push(previous[i % width] as number);
      repeat = false;
    }
    // Every line, the closing offset too, starts where the bytes so far end.
    if (offset - base !== out.length) return null;
    if (entry.kind === 'end') continue;
    const bytes = tokenBytes(entry.line.tokens, byteTokenCount(entry.line, hasAscii));
    for (const b of bytes) out.push(b);
    previous = bytes;
  }
  return Uint8Array.from(out);
}
