import type { Lang } from './types';

/** Documentation pages the catalog links to. English pages: the documentation's canonical language. */
const HELP = 'https://www.alibabacloud.com/help/en/kms/key-management-service/developer-reference';

export const DOC_URLS = {
  instanceCommon: `${HELP}/common-error-codes-1`,
  applicationAccessFaq: `${HELP}/application-access-faq`,
  decrypt: `${HELP}/decrypt-2`,
  advanceEncrypt: `${HELP}/advanceencrypt`,
  advanceGenerateDataKey: 'https://help.aliyun.com/en/kms/key-management-service/developer-reference/advancegeneratedatakey',
  openapiCommon: 'https://help.aliyun.com/document_detail/69008.html',
} as const;

/**
 * Pages that exist in Japanese and Chinese too (the common error table). Other pages are linked in
 * English whatever the reader's language, since no translated address is confirmed for them.
 */
const TRANSLATED: Readonly<Record<string, Partial<Record<Lang, string>>>> = {
  [DOC_URLS.instanceCommon]: {
    ja: 'https://www.alibabacloud.com/help/ja/kms/key-management-service/developer-reference/common-error-codes-1',
    'zh-cn': 'https://help.aliyun.com/zh/kms/developer-reference/common-error-codes-1',
  },
};

/** The documentation address in the reader's language where one is known, else the English one. */
export function localizedDocUrl(url: string, lang: Lang): string {
  return TRANSLATED[url]?.[lang] ?? url;
}
