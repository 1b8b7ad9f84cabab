import {
  COMMAND_IDS,
  commandLink,
  escapeMarkdown,
  explainEntry,
  explanationToMarkdown,
  markdownCode,
  type CopyRequestIdArgs,
  type DecodePayloadArgs,
  type Lang,
  type MarkdownLink,
  type ShowReferenceArgs,
} from '../core';
import type { Occurrence } from '../core/recognize/types';
import { entriesOf, occurrenceName } from './catalogEntries';
import { SERVER_LABELS } from './serverLabels';

/** Longest piece of untrusted text (a message, a payload) echoed into a hover. */
const MAX_ECHO = 300;

function clip(value: string): string {
  return value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO)}…` : value;
}

/**
 * The hover of one KMS error found in text. Every candidate entry is explained (the likeliest
 * first, separated by rules), each ending with its documentation and command links; then what
 * the record itself says (decoded payload, HTTP status, operation, RequestId). `matchedText` is
 * the occurrence's text, the argument of "Decode payload". `diagnosed`: the editor shows this
 * occurrence's diagnostic above the hover, so the likeliest entry's headline, which the
 * diagnostic's message already says, is left out.
 */
export function occurrenceMarkdown(occurrence: Occurrence, matchedText: string, lang: Lang, diagnosed = false): string {
  const sections: string[] = [];
  const recordLinks: MarkdownLink[] = [];
  if (occurrence.kind === 'payload') {
    const args: DecodePayloadArgs = { text: matchedText };
    recordLinks.push({ title: SERVER_LABELS.decodePayload[lang], href: commandLink(COMMAND_IDS.decodePayload, args) });
  }
  if (occurrence.requestId) {
    const args: CopyRequestIdArgs = { requestId: occurrence.requestId };
    recordLinks.push({ title: SERVER_LABELS.copyRequestId[lang], href: commandLink(COMMAND_IDS.copyRequestId, args) });
  }
  const entries = entriesOf(occurrence);
  entries.forEach((entry, i) => {
    const explanation = explainEntry(entry, {
      lang,
      ...(occurrence.message !== null ? { message: occurrence.message } : {}),
      ...(occurrence.operation !== null ? { operation: occurrence.operation } : {}),
    });
    const reference: ShowReferenceArgs = {
      api: entry.api,
      code: entry.code,
      ...(occurrence.message !== null ? { message: occurrence.message } : {}),
      ...(occurrence.operation !== null ? { operation: occurrence.operation } : {}),
    };
    const links = [{ title: SERVER_LABELS.showReference[lang], href: commandLink(COMMAND_IDS.showReference, reference) }, ...(i === 0 ? recordLinks : [])];
    sections.push(explanationToMarkdown(explanation, { lang, links, headline: !(diagnosed && i === 0) }));
  });
  if (entries.length === 0) sections.push(unknownHeadline(occurrence, lang, recordLinks));
  const context = recordContext(occurrence, lang);
  if (context) sections.push(context);
  return sections.join('\n\n---\n\n');
}

function unknownHeadline(occurrence: Occurrence, lang: Lang, links: readonly MarkdownLink[]): string {
  const status = occurrence.httpStatus === null ? '' : ` · HTTP ${occurrence.httpStatus}`;
  const head = `**${escapeMarkdown(clip(occurrenceName(occurrence)))}**${status} · ${SERVER_LABELS.unknownCode[lang]}`;
  return links.length === 0 ? head : `${head}\n\n${links.map((l) => `[${escapeMarkdown(l.title)}](${l.href})`).join(' · ')}`;
}

/** What the record says beyond the catalog: the decoded payload, status, operation, RequestId. */
function recordContext(occurrence: Occurrence, lang: Lang): string | null {
  const lines: string[] = [];
  const payload = occurrence.payload;
  if (payload) {
    const f = payload.fields;
    const fields = [`StatusCode ${markdownCode(String(f.StatusCode))}`, `ErrorCode ${markdownCode(clip(f.ErrorCode))}`, `ErrorMessage ${markdownCode(clip(f.ErrorMessage))}`, `RequestId ${markdownCode(clip(f.RequestId))}`];
    lines.push(`**${SERVER_LABELS.decodedPayload[lang]}** (${escapeMarkdown(clip(payload.format))}): ${fields.join(' · ')}`);
  }
  const facts: string[] = [];
  if (occurrence.httpStatus !== null) facts.push(`HTTP ${occurrence.httpStatus}`);
  if (occurrence.operation !== null) facts.push(`${SERVER_LABELS.operation[lang]} ${markdownCode(clip(occurrence.operation))}`);
  if (occurrence.requestId !== null) facts.push(`RequestId ${markdownCode(clip(occurrence.requestId))}`);
  if (facts.length > 0) lines.push(`**${SERVER_LABELS.inThisRecord[lang]}:** ${facts.join(' · ')}`);
  return lines.length > 0 ? lines.join('\n\n') : null;
}
