import {
  API_SURFACES,
  explainEntry,
  explanationToJson,
  explanationToPlain,
  findByStatus,
  findEntries,
  LANGS,
  suggestCodes,
  type ApiSurface,
  type CatalogEntry,
  type Lang,
} from '../core';
import { EXIT, UsageError, type CliCommand } from './cliTypes';
import { parseCommandArgs } from './parseCommandArgs';

const USAGE = 'kms-errors explain <CODE|HTTP-STATUS> [--lang en|ja|zh-cn] [--api instance|openapi|client] [--json]';

/**
 * `kms-errors explain`: the catalog entries for a code (case-insensitive; both API surfaces,
 * the instance API first) or for an HTTP status such as 413, whose row has no code.
 */
export const explainCommand: CliCommand = {
  name: 'explain',
  usage: USAGE,
  summary: 'Explain an error code: HTTP status, meaning, fix, documentation.',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { lang: { type: 'string', default: 'en' }, api: { type: 'string' }, json: { type: 'boolean', default: false } },
      1,
      { lang: LANGS, api: API_SURFACES },
    );
    const code = positionals[0]?.trim();
    if (!code) throw new UsageError('missing error code');
    const lang = values.lang!.toLowerCase() as Lang;
    const api = values.api?.toLowerCase() as ApiSurface | undefined;
    const entries: readonly CatalogEntry[] = /^\d{3}$/.test(code) ? findByStatus(Number(code), api) : findEntries(code, api);
    const explanations = entries.map((e) => explainEntry(e, { lang }));

    if (entries.length === 0) {
      const suggestions = suggestCodes(code);
      if (values.json) {
        io.stdout(JSON.stringify({ code, entries: [], suggestions }, null, 2) + '\n');
      } else {
        const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.join(', ')}?` : '';
        const where = api ? ` on the ${api} API` : '';
        io.stderr(`kms-errors: unknown error code "${code}"${where}.${hint}\n`);
      }
      return EXIT.notFound;
    }
    if (values.json) {
      io.stdout(JSON.stringify({ code, entries: explanations.map(explanationToJson) }, null, 2) + '\n');
    } else {
      io.stdout(explanations.map((e) => explanationToPlain(e, lang)).join('\n\n') + '\n');
    }
    return EXIT.ok;
  },
};
