import type { Explanations } from '../explanationTypes';
import { text } from '../localized';

/** Shared-gateway errors from the service side: throttling, internal errors, unavailability (HTTP 429, 500, 503). */
export const OPENAPI_SERVICE = {
  'openapi:InternalFailure': {
    meaning: text(
      'KMS hit an internal error.',
      'KMS で内部エラーが発生しました。',
      'KMS 发生内部错误。',
    ),
    fix: text(
      'Retry; if it persists, contact Alibaba Cloud support with the RequestId.',
      '再試行し、解消しない場合は RequestId を添えて Alibaba Cloud サポートに問い合わせてください。',
      '请重试；如问题依旧，请携带 RequestId 联系阿里云技术支持。',
    ),
  },
  'openapi:Rejected.Throttling': {
    meaning: text(
      'Requests exceed the queries-per-second limit.',
      'リクエストが 1 秒あたりのクエリ数の上限を超えています。',
      '请求超出了每秒查询数（QPS）上限。',
    ),
    fix: text(
      'Retry with backoff and spread requests over time; cache data keys and secret values where you can.',
      'バックオフ付きで再試行し、リクエストを分散してください。可能ならデータキーやシークレット値をキャッシュしてください。',
      '请使用退避策略重试并分散请求；尽可能缓存数据密钥和凭据值。',
    ),
  },
  'openapi:ServiceUnavailableTemporary': {
    meaning: text(
      'KMS is temporarily unavailable.',
      'KMS は一時的に利用できません。',
      'KMS 暂时不可用。',
    ),
    fix: text(
      'Retry after a short wait with backoff.',
      'しばらく待ってからバックオフ付きで再試行してください。',
      '请稍候并使用退避策略重试。',
    ),
  },
  'openapi:Throttling': {
    meaning: text(
      'The gateway throttled the call: this account called the operation more often than its rate limit allows.',
      'ゲートウェイが呼び出しをスロットリングしました。このアカウントによるこの操作の呼び出し頻度がレート制限を超えています。',
      '网关对调用进行了限流：该账号调用此操作的频率超过了限制。',
    ),
    fix: text(
      'Retry with exponential backoff and spread the calls out; cache results such as data keys where you can. If the limit is too low for your workload, ask support for a higher one.',
      '指数バックオフで再試行し、呼び出しを分散させてください。データキーなど結果をキャッシュできるものはキャッシュしてください。上限が業務に対して低すぎる場合はサポートに引き上げを依頼してください。',
      '请使用指数退避重试并分散调用；尽可能缓存数据密钥等结果。如果限额无法满足业务需求，请联系技术支持提高限额。',
    ),
  },
} satisfies Explanations;
