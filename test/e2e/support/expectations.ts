import { apiLabel, explainEntry, getEntry, type ApiSurface } from '../../../extension/core';

/**
 * What the UI must show, read from the catalog rather than copied into the tests: a catalog edit
 * changes the expectation with it, and a UI that shows the wrong entry still fails.
 */
export function englishMeaning(api: ApiSurface, code: string, message?: string): string {
  const entry = getEntry(api, code);
  if (!entry) throw new Error(`no catalog entry ${api}:${code}`);
  const meaning = explainEntry(entry, { lang: 'en', ...(message === undefined ? {} : { message }) }).meaning;
  // The first words only: enough to tell entries apart, and free of Markdown that a renderer may restyle.
  return meaning.split(/[.,;:(`*_]/)[0]!.trim();
}

/** The English name of an API surface as the UI labels it. */
export function englishApiLabel(api: ApiSurface): string {
  return apiLabel(api, 'en');
}
