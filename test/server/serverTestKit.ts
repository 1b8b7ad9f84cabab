import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver';
import { recognizeAdapter } from '../../extension/server/recognizeAdapter';
import { textDocumentLines } from '../../extension/server/textDocumentLines';

/** The sample log: Go, Python and Java SDK records of KMS instance API errors. */
export const SAMPLE_LOG = readFileSync(join(__dirname, '..', 'fixtures', 'server', 'sample.log'), 'utf8');

export function doc(text: string, uri = 'file:///tmp/app.log', languageId = 'log'): TextDocument {
  return TextDocument.create(uri, languageId, 1, text);
}

/** The position of the `nth` (0-based) occurrence of `needle`, plus `within` characters. */
export function positionOf(document: TextDocument, needle: string, within = 1, nth = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = document.getText().indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" not in the document`);
  return document.positionAt(at + within);
}

/** The hover context the server uses, over the real recognizer. */
export function nearLine(document: TextDocument) {
  return (line: number) => recognizeAdapter.occurrencesNearLine(textDocumentLines(document), line);
}

/** Every occurrence of the document, through a fresh index. */
export function allOccurrences(document: TextDocument) {
  return recognizeAdapter.createIndex(textDocumentLines(document)).all();
}

/** The JSON arguments of every `command:` link to `id` in a Markdown text. */
export function commandArgs(markdown: string, id: string): unknown[] {
  const out: unknown[] = [];
  const re = new RegExp(`\\(command:${id.replace('.', '\\.')}\\?([^)\\s]*)\\)`, 'g');
  for (const m of markdown.matchAll(re)) out.push((JSON.parse(decodeURIComponent(m[1]!)) as unknown[])[0]);
  return out;
}
