import { occurrenceMessage, occurrenceTitle, portablePath } from './occurrenceText';
import type { ScanFormatter } from './scanRow';

/**
 * `--format github`: one GitHub Actions workflow command per occurrence, which the runner turns
 * into an annotation on the file and line:
 * `::warning file=PATH,line=L,col=C,title=KMS CODE::meaning (HTTP N, RequestId R)`.
 * The level is `--level` (notice, warning, error; warning by default: a KMS error in a test log
 * is worth a look, and the build's verdict is `--fail-on`'s).
 */

/** The message part: `%`, CR and LF escaped as GitHub's toolkit does (escapeData). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: escapeData plus `:` and `,`, which end a property (escapeProperty). */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const githubFormat: ScanFormatter = (rows, { path, lang, level }) => {
  const given = path === null ? null : portablePath(path);
  return rows
    .map((row) => {
      // With several inputs each row names its file.
      const file = row.file === undefined ? given : portablePath(row.file);
      const props = [
        ...(file === null ? [] : [`file=${escapeProperty(file)}`]),
        `line=${row.line}`,
        `col=${row.column}`,
        `title=${escapeProperty(occurrenceTitle(row))}`,
      ];
      return `::${level} ${props.join(',')}::${escapeData(occurrenceMessage(row, lang))}\n`;
    })
    .join('');
};
