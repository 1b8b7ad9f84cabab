import { DOC_URLS } from './docUrls';
import { text } from './localized';
import type { CatalogEntry } from './types';

/**
 * Entries that no reference row documents, written out whole: the legacy instance image's
 * misspelt MissingParamter, known from the application access FAQ.
 */
export const INSTANCE_LEGACY_ERRORS: readonly CatalogEntry[] = [
  {
    api: 'instance',
    code: 'MissingParamter',
    httpStatus: null,
    messages: [{ text: 'Paramter x-kms-acccesskeyid does not exist in http header or body', provenance: 'inferred' }],
    meaning: text(
      'Instance images older than 3.0.0 answer this (misspelt) error when an Alibaba Cloud OpenAPI SDK calls them through the dedicated gateway.',
      '3.0.0 より古いインスタンスイメージは、Alibaba Cloud OpenAPI SDK から専用ゲートウェイ経由で呼び出されたときに、この (綴りの誤った) エラーを返します。',
      '低于 3.0.0 的实例镜像在通过专属网关被阿里云 OpenAPI SDK 调用时，会返回这个（拼写有误的）错误。',
    ),
    fix: text(
      'Upgrade the KMS instance image to 3.0.0 or later, or call the instance with the KMS instance SDK.',
      'KMS インスタンスのイメージを 3.0.0 以降にアップグレードするか、KMS インスタンス SDK で呼び出してください。',
      '请将 KMS 实例镜像升级到 3.0.0 或更高版本，或改用 KMS 实例 SDK 调用。',
    ),
    docUrl: DOC_URLS.applicationAccessFaq,
    operations: [],
    retryable: false,
    provenance: 'inferred',
  },
];
