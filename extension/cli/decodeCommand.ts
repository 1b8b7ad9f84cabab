import { readFile } from 'node:fs/promises';
import {
  decodeErrorBytes,
  decodePayloadText,
  DEFAULT_MAX_BYTES,
  LANGS,
  looksBinary,
  PAYLOAD_FORMATS,
  type DecodeOutcome,
  type Lang,
  type PayloadFormat,
} from '../core';
import { EXIT, UsageError, type CliCommand, type CliIo } from './cliTypes';
import { failureJson, failureLine, successJson, successText } from './decodeOutput';
import { parseCommandArgs } from './parseCommandArgs';

const USAGE = 'kms-errors decode [PAYLOAD|-] [--file PATH] [--format auto|base64|hex|dump|escaped|bytes|binary] [--lang en|ja|zh-cn] [--max-bytes N] [--json]';

type Format = 'auto' | PayloadFormat;

/** Reads the payload's bytes from the file, or standard input; a text payload is returned as is. */
async function readInput(payload: string | undefined, file: string | undefined, io: CliIo): Promise<Uint8Array | string> {
  if (file !== undefined) {
    try {
      return new Uint8Array(await readFile(file));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
      throw new UsageError(`cannot read --file ${file}: ${why}`);
    }
  }
  if (payload === undefined || payload === '-') return new Uint8Array(await io.readStdin());
  return payload;
}

/** Bytes from a file or standard input are a raw body when they look binary, text otherwise. */
function decodeInput(input: Uint8Array | string, format: Format, maxBytes: number): DecodeOutcome {
  if (typeof input === 'string') return decodePayloadText(input, { format, maxBytes });
  if (format === 'binary' || (format === 'auto' && looksBinary(input))) return decodeErrorBytes(input, { maxBytes });
  return decodePayloadText(new TextDecoder().decode(input), { format, maxBytes });
}

/**
 * `kms-errors decode`: a KMS instance API error body in any form (base64, hex, dumps, escaped
 * strings, byte literals, raw bytes) to its four fields and the catalog's explanation.
 * Exit 0 when it decodes, 2 when it does not (with the reason and byte offset) or on bad arguments.
 */
export const decodeCommand: CliCommand = {
  name: 'decode',
  usage: USAGE,
  summary: 'Decode a KMS instance API error payload (protobuf Error) and explain it.',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        file: { type: 'string' },
        format: { type: 'string', default: 'auto' },
        lang: { type: 'string', default: 'en' },
        'max-bytes': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      1,
      { format: ['auto', ...PAYLOAD_FORMATS], lang: LANGS },
    );
    const payload = positionals[0];
    if (payload !== undefined && payload !== '-' && values.file !== undefined) throw new UsageError('give a PAYLOAD or --file, not both');
    let maxBytes = DEFAULT_MAX_BYTES;
    if (values['max-bytes'] !== undefined) {
      maxBytes = Number(values['max-bytes']);
      if (!Number.isInteger(maxBytes) || maxBytes < 0) throw new UsageError(`--max-bytes must be a whole number of bytes (got "${values['max-bytes']}")`);
    }
    const format = values.format!.toLowerCase() as Format;
    const lang = values.lang!.toLowerCase() as Lang;

    const outcome = decodeInput(await readInput(payload, values.file, io), format, maxBytes);
    if (values.json) {
      io.stdout(JSON.stringify(outcome.ok ? successJson(outcome, lang) : failureJson(outcome), null, 2) + '\n');
    } else if (outcome.ok) {
      io.stdout(successText(outcome, lang) + '\n');
    } else {
      io.stderr(`kms-errors decode: ${failureLine(outcome)}\n`);
    }
    return outcome.ok ? EXIT.ok : EXIT.usage;
  },
};
