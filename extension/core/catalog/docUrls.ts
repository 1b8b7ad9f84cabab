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
