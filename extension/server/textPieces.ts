/**
 * A document's text as it arrived in a large message, in pieces that each end with a line feed
 * (except the last): what LineDocument keeps anyway, so the whole text is never one string. The
 * message reader (stdioMessageReader.ts) leaves a large `text` of didOpen and didChange as this.
 */
export class TextPieces {
  /**
   * `lineStarts[i]`, where given, is where each line of `pieces[i]` starts (0 first, none after
   * its final line feed), as the message reader found them while decoding; the document then
   * need not search that piece for its lines.
   */
  constructor(
    readonly pieces: readonly string[],
    readonly lineStarts: readonly (Uint32Array | undefined)[] = [],
  ) {}

  /** The length of the whole text in UTF-16 code units. */
  get length(): number {
    let n = 0;
    for (const p of this.pieces) n += p.length;
    return n;
  }

  /** The whole text as one string (for the rare consumer that needs it). */
  join(): string {
    return this.pieces.join('');
  }
}

/** A document text as a handler receives it: a string, or pieces from the large-message reader. */
export type DocumentText = string | TextPieces;

/** The length of a document text in UTF-16 code units. */
export function textLength(text: DocumentText): number {
  return typeof text === 'string' ? text.length : text.length;
}

/** A document text as one string. */
export function wholeText(text: DocumentText): string {
  return typeof text === 'string' ? text : text.join();
}
