// Dump layouts as the tools print them (checked against their real output in
// test/fixtures/payload), for property tests over bodies the fixtures do not cover.

const hex2 = (b: number) => b.toString(16).padStart(2, '0');
const ascii = (bytes: readonly number[]) => bytes.map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');

function rows(bytes: Uint8Array): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < bytes.length; i += 16) out.push(Array.from(bytes.subarray(i, i + 16)));
  return out;
}

/** `xxd` with its default two-byte groups and ASCII column. */
export function xxdLike(bytes: Uint8Array): string {
  return rows(bytes)
    .map((row, i) => {
      const groups: string[] = [];
      for (let g = 0; g < row.length; g += 2) groups.push(row.slice(g, g + 2).map(hex2).join(''));
      return `${(i * 16).toString(16).padStart(8, '0')}: ${groups.join(' ').padEnd(39)}  ${ascii(row)}`;
    })
    .join('\n');
}

/** `hexdump -C`, without squeezing, with its closing offset line. */
export function hexdumpCLike(bytes: Uint8Array): string {
  const lines = rows(bytes).map((row, i) => {
    const left = row.slice(0, 8).map(hex2).join(' ');
    const right = row.slice(8).map(hex2).join(' ');
    return `${(i * 16).toString(16).padStart(8, '0')}  ${`${left}  ${right}`.padEnd(48)}  |${ascii(row)}|`;
  });
  lines.push(bytes.length.toString(16).padStart(8, '0'));
  return lines.join('\n');
}

/** Wireshark's hex dump (`tshark -x`). */
export function wiresharkLike(bytes: Uint8Array): string {
  return rows(bytes)
    .map((row, i) => `${(i * 16).toString(16).padStart(4, '0')}  ${row.map(hex2).join(' ').padEnd(47)}   ${ascii(row)}`)
    .join('\n');
}
