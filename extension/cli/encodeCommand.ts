import { BYTE_STYLES, encodeError, findEntries, renderBytes, type ByteStyle } from '../core';
import { EXIT, UsageError, type CliCommand } from './cliTypes';
import { parseCommandArgs } from './parseCommandArgs';

const USAGE = 'kms-errors encode --code C [--status N] [--message M] [--request-id R] [--format base64|hex|escaped|java|go|python|json]';

/**
 * `kms-errors encode`: builds the `Error` body the KMS instance API would send, printed as a
 * fixture for tests that mock KMS. For a code the catalog knows, --status and --message default
 * to its documented HTTP status and first message; `--status 0` and `--message ''` leave them out.
 */
export const encodeCommand: CliCommand = {
  name: 'encode',
  usage: USAGE,
  summary: 'Encode a KMS instance API error payload (protobuf Error) as a test fixture.',
  async run(args, io) {
    const { values } = parseCommandArgs(
      args,
      {
        code: { type: 'string' },
        status: { type: 'string' },
        message: { type: 'string' },
        'request-id': { type: 'string', default: '' },
        format: { type: 'string', default: 'base64' },
      },
      0,
      { format: BYTE_STYLES },
    );
    if (values.code === undefined) throw new UsageError('missing --code');
    const known = findEntries(values.code, 'instance')[0];
    let status = known?.httpStatus ?? 0;
    if (values.status !== undefined) {
      status = Number(values.status);
      if (!/^-?\d+$/.test(values.status.trim()) || status < -(2 ** 31) || status >= 2 ** 31) throw new UsageError(`--status must be an int32 such as 404 (got "${values.status}")`);
    }
    const bytes = encodeError({
      StatusCode: status,
      ErrorCode: values.code,
      ErrorMessage: values.message ?? known?.messages[0]?.text ?? '',
      RequestId: values['request-id'],
    });
    io.stdout(renderBytes(bytes, values.format!.toLowerCase() as ByteStyle) + '\n');
    return EXIT.ok;
  },
};
