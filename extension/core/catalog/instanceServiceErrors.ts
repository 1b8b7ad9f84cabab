import { DOC_URLS } from './docUrls';
import { text } from './localized';
import type { CatalogEntry } from './types';

/** The four data-key-pair operations that a KMS instance serves one at a time. */
const DATA_KEY_PAIR_OPERATIONS = [
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
  'AdvanceGenerateDataKeyPair',
  'AdvanceGenerateDataKeyPairWithoutPlaintext',
];

/**
 * KMS instance API errors from the service side (HTTP 429, 500, 503), and the legacy image's
 * misspelt MissingParamter. Message strings are the server's, verbatim.
 */
export const INSTANCE_SERVICE_ERRORS: readonly CatalogEntry[] = [
  {
    api: 'instance',
    code: 'Rejected.Throttling',
    httpStatus: 429,
    messages: [
      { text: 'Concurrency Limit Exceeded.', provenance: 'documented', operations: DATA_KEY_PAIR_OPERATIONS },
      { text: 'QPS Limit Exceeded', provenance: 'sdk', source: 'transfer SDKs' },
    ],
    meaning: text(
      'The instance is refusing requests above its limit. The data-key-pair operations are served one request at a time per instance.',
      'インスタンスが上限を超えたリクエストを拒否しています。データキーペア系の操作は、インスタンスごとに一度に 1 件しか処理されません。',
      '实例正在拒绝超出限制的请求。数据密钥对相关操作在每个实例上一次只处理一个请求。',
    ),
    fix: text(
      'Retry with backoff (the SDKs retry this code up to 3 attempts by default), lower your concurrency, and serialize GenerateDataKeyPair calls.',
      'バックオフを入れて再試行してください (SDK は既定で最大 3 回まで自動再試行します)。同時実行数を下げ、GenerateDataKeyPair の呼び出しは直列化してください。',
      '请使用退避策略重试（SDK 默认对该错误码自动重试，最多 3 次），降低并发，并将 GenerateDataKeyPair 调用串行化。',
    ),
    docUrl: DOC_URLS.instanceCommon,
    operations: [],
    retryable: true,
    retriedBy: ['Java', 'Go', 'Python', 'PHP'],
    provenance: 'documented',
  },
  {
    api: 'instance',
    code: 'InternalFailure',
    httpStatus: 500,
    messages: [{ text: 'Internal Failure.', provenance: 'documented' }],
    meaning: text(
      'The instance hit an internal error while handling the request.',
      'インスタンスでリクエストの処理中に内部エラーが発生しました。',
      '实例在处理请求时发生内部错误。',
    ),
    fix: text(
      'Retry once; if it persists, contact Alibaba Cloud support with the RequestId.',
      '一度再試行し、解消しない場合は RequestId を添えて Alibaba Cloud サポートに問い合わせてください。',
      '请重试一次；如果问题依旧，请携带 RequestId 联系阿里云技术支持。',
    ),
    docUrl: DOC_URLS.instanceCommon,
    operations: [],
    operationNotes: [
      {
        operations: ['Decrypt'],
        note: text(
          'From Decrypt this usually means the ciphertext does not fit the request: the key is not the one that encrypted it, the algorithm or its digest differs (RSAES_OAEP_SHA_256 on data encrypted with SHA-1), or AES_ECB ciphertext is not a multiple of 16 bytes. Retrying will not help.',
          'Decrypt でこのエラーが出る場合、多くは暗号文がリクエストに合っていません: 暗号化に使ったキーと異なる、アルゴリズムやダイジェストが異なる (SHA-1 で暗号化したデータに RSAES_OAEP_SHA_256)、AES_ECB の暗号文が 16 バイトの倍数でない、など。再試行では解決しません。',
          'Decrypt 返回此错误时，通常是密文与请求不匹配：密钥不是加密时使用的密钥、算法或摘要不同（对使用 SHA-1 加密的数据使用 RSAES_OAEP_SHA_256），或 AES_ECB 密文长度不是 16 字节的整数倍。重试无法解决。',
        ),
      },
    ],
    retryable: true,
    retriedBy: ['Go'],
    provenance: 'documented',
  },
  {
    api: 'instance',
    code: 'ServiceUnavailableTemporary',
    httpStatus: 503,
    messages: [{ text: 'Service Unavailable Temporary.', provenance: 'documented' }],
    meaning: text(
      'The instance cannot serve requests right now.',
      'インスタンスは現在リクエストを処理できません。',
      '实例当前无法处理请求。',
    ),
    fix: text(
      'Retry after a short wait with backoff. If it lasts, check the instance\'s status in the KMS console.',
      'しばらく待ってからバックオフ付きで再試行してください。続く場合は KMS コンソールでインスタンスの状態を確認してください。',
      '请稍候并使用退避策略重试。如果持续出现，请在 KMS 控制台检查实例状态。',
    ),
    docUrl: DOC_URLS.instanceCommon,
    operations: [],
    retryable: true,
    retriedBy: ['Go'],
    provenance: 'documented',
  },
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
