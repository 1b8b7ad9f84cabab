/**
 * Hex dumps with an offset column: `xxd` (grouped or -g1), `hexdump -C`, `od -A x -t x1z` and
 * Wireshark's "Copy as Hex Dump" / `tshark -x`. Offsets are read as hex, as all four print them.
 * The ASCII column is told apart from the bytes by what it must be: the printable rendering of
 * the line's own bytes (`|...|` and `>...<` delimit it in hexdump and od; xxd and Wireshark do
 * not). A `*` line (hexdump, od, `xxd -a`) repeats the line above up to the next offset.
 */

// Offset columns are 4 (Wireshark) to 8 (xxd, hexdump) digits wide; fewer would read `08 94` as a dump.
const OFFSET_LINE = /^\s*([0-9a-fA-F]{4,16}):?(?=\s|$)(.*)$/;
const HEX_TOKEN = /^(?:[0-9a-fA-F]{2}){1,16}$/;
const DELIMITED_ASCII = [/^(.*?)\s\s+\|.*\|\s*$/, /^(.*?)\s+>.*<\s*$/];

interface DumpLine {
  readonly offset: number;
  /** The byte tokens and, when the ASCII column could not be cut by its delimiter, what follows. */
  readonly tokens: readonly { readonly text: string; readonly end: number }[];
  readonly rest: string;
  readonly delimited: boolean;
}

/** How the dump's ASCII column shows a byte: printable ASCII as itself, anything else as '.'. */
function render(bytes: readonly number[]): string {
  return bytes.map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
}

function tokenBytes(tokens: DumpLine['tokens'], count: number): number[] {
  const out: number[] = [];
  for (const t of tokens.slice(0, count)) for (let i = 0; i < t.text.length; i += 2) out.push(parseInt(t.text.slice(i, i + 2), 16));
  return out;
}

function parseLine(offset: number, body: string): DumpLine {
  let rest = body;
  let delimited = false;
  for (const re of DELIMITED_ASCII) {
    const m = re.exec(body);
    if (m) {
      rest = m[1] ?? '';
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
 * How many of a line's hex tokens are bytes: all of them when the ASCII column was cut by its
 * delimiter or there is none; otherwise the most tokens whose rendering is the rest of the line.
 */
function byteTokenCount(line: DumpLine): number {
  const all = line.tokens.length;
  if (line.delimited) return all;
  for (let j = all; j >= 1; j--) {
    const tail = line.rest.slice(line.tokens[j - 1]!.end).trim();
    if (tail === '' && j < all) continue;
    if (tail === '' || tail === render(tokenBytes(line.tokens, j))) return j;
  }
  return all;
}

/**
 * The bytes of a hex dump, or null when the text is not one. The offsets must follow on from
 * each other; a single line must start at 0, so grouped hex (`0894 0312`) is not read as a dump.
 * A `*` never expands past `maxBytes + 1` bytes: the caller then refuses the body as too large.
 */
export function decodeDump(text: string, maxBytes: number): Uint8Array | null {
  const out: number[] = [];
  let base: number | null = null;
  let previous: number[] | null = null;
  let repeat = false;
  let dataLines = 0;
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '') continue;
    if (raw.trim() === '*') {
      if (!previous) return null;
      repeat = true;
      continue;
    }
    const m = OFFSET_LINE.exec(raw);
    if (!m) return null;
    const offset = parseInt(m[1] ?? '', 16);
    base ??= offset;
    if (repeat && previous) {
      // The squeezed lines were copies of the one above, up to this line's offset.
      const width = previous.length;
      const gap = offset - base - out.length;
      if (width === 0 || gap < 0 || gap % width !== 0) return null;
      if (out.length + gap > maxBytes) return new Uint8Array(maxBytes + 1);
      for (let i = 0; i < gap; i++) out.push(previous[i % width] as number);
      repeat = false;
    }
    if (offset - base !== out.length) return null;
    const line = parseLine(offset, m[2] ?? '');
    if (line.tokens.length === 0) {
      // An offset alone closes hexdump's and od's output; elsewhere it is not a dump.
      if (line.rest.trim() !== '') return null;
      continue;
    }
    const bytes = tokenBytes(line.tokens, byteTokenCount(line));
    for (const b of bytes) out.push(b);
    previous = bytes;
    dataLines++;
  }
  if (dataLines === 0 || (dataLines === 1 && base !== 0)) return null;
  return Uint8Array.from(out);
}
