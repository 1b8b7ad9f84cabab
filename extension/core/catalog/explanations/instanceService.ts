import type { Explanations } from '../explanationTypes';
import { text } from '../localized';

/** KMS instance API errors from the service side (HTTP 429, 500, 503). */
export const INSTANCE_SERVICE = {
  'instance:InternalFailure': {
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
    retryable: true,
    retriedBy: ['Go'],
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
  },
  'instance:Rejected.Throttling': {
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
    retryable: true,
    retriedBy: ['Java', 'Go', 'Python', 'PHP'],
    sdkWordings: [
      { text: 'QPS Limit Exceeded', source: 'transfer SDKs' },
    ],
  },
  'instance:ServiceUnavailableTemporary': {
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
    retryable: true,
    retriedBy: ['Go'],
  },
} satisfies Explanations;
