import assert from 'node:assert/strict';
import { byteLineRole } from '../../extension/core/pieces/byteRecords';
import { lineRole, roleOfLineIn, type LineRole } from '../../extension/core/recognize/records';

/**
 * Each line's role as the three readers of records judge it: the text (lineRole), the bytes
 * before they are decoded (byteLineRole) and a LineSource (roleOfLineIn). Throws when they
 * disagree: the rules that read the lines above (tracebacks, field prints) must be asked alike
 * by all three, or the CLI's pieces, the editor's index and a scan would group lines differently.
 */
export function lineRoles(lines: readonly string[]): LineRole[] {
  const text = lines.join('\n');
  const bytes = Buffer.from(text);
  const source = { lineAt: (i: number) => lines[i]! };
  let offset = 0;
  return lines.map((line, i) => {
    const inText = lineRole(text, offset);
    const inBytes = byteLineRole(bytes, Buffer.byteLength(text.slice(0, offset)), bytes.length);
    const inSource = roleOfLineIn(source, i);
    assert.deepEqual({ inBytes, inSource }, { inBytes: inText, inSource: inText }, `line ${i}: ${JSON.stringify(line)}`);
    offset += line.length + 1;
    return inText;
  });
}
