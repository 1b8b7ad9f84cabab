// Sample application code: how a service might react to KMS instance API errors.
// Hover a code in a string to read what it means and how to fix it.

/** The KMS error codes this service retries, with the delay before the next attempt. */
export const RETRY_DELAY_MS: Readonly<Record<string, number>> = {
  'Rejected.Throttling': 1000,
  ServiceUnavailableTemporary: 2000,
};

/** Tells an operator what to do about an error that retrying will not fix. */
export function operatorHint(code: string): string {
  switch (code) {
    case 'Forbidden.KeyNotFound':
      return 'Check the key ID or alias in the configuration.';
    case 'Rejected.Disabled':
      return 'Enable the key in the KMS console.';
    case 'RequestTimeTooSkewed':
      return 'Synchronize this host clock (NTP).';
    default:
      return 'See the KMS Errors reference.';
  }
}
