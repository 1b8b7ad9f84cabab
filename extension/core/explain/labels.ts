import { text } from '../catalog/localized';
import type { ApiSurface, Lang, Provenance } from '../catalog/types';

/** Headings and phrases of the rendered explanation, in each language. */
export const LABELS = {
  fix: text('How to fix', '対処方法', '解决方法'),
  messages: text('Server messages', 'サーバーメッセージ', '服务器消息'),
  thisOne: text('found here', 'この箇所', '此处'),
  operations: text('Operations', '操作', '操作'),
  anyOperation: text('any operation', 'すべての操作', '所有操作'),
  notes: text('Notes', '補足', '说明'),
  documentation: text('Documentation', 'ドキュメント', '文档'),
  retriedBy: text('Retried automatically by the SDKs for', 'SDK が自動で再試行する言語', 'SDK 自动重试的语言'),
  notRetried: text('Not retried by the SDKs', 'SDK は自動で再試行しません', 'SDK 不会自动重试'),
  statusUnknown: text('HTTP status not documented', 'HTTP ステータスは未記載', 'HTTP 状态码未见文档'),
  noAnswer: text('no HTTP answer', 'HTTP 応答なし', '无 HTTP 应答'),
  inferred: text('inferred, not seen as a server response', '推定 (サーバー応答としては未確認)', '推断所得，尚未作为服务器响应见到'),
  sdkWording: text('SDK wording', 'SDK による表記', 'SDK 的表述'),
  instanceApi: text('KMS instance API', 'KMS インスタンス API', 'KMS 实例 API'),
  openapi: text('shared gateway (OpenAPI 2016-01-20)', '共有ゲートウェイ (OpenAPI 2016-01-20)', '共享网关（OpenAPI 2016-01-20）'),
  client: text('client side (before any KMS answer)', 'クライアント側 (KMS の応答より前)', '客户端（尚未收到 KMS 应答）'),
  noMessage: text('(no message)', '(メッセージなし)', '（无消息）'),
  onlyFrom: text('only from', '次の操作のみ', '仅限'),
  inferredShort: text('inferred', '推定', '推断'),
  toolSource: text('SDK or Terraform source', 'SDK または Terraform のソース', 'SDK 或 Terraform 源码'),
  otherStatuses: text('Other statuses', 'その他のステータス', '其他状态码'),
  source: text('Source', '出典', '来源'),
  aliases: text('Also documented as', '別の表記', '文档中的其他写法'),
  listedIn: text('listed in the error tables of', 'エラー表に記載のある操作', '错误表中列出该错误码的操作'),
} as const;

/** How an entry's HTTP status is named: `HTTP 404`, none for a client-side failure (no answer came), or undocumented. */
export function statusLabel(e: { readonly api: ApiSurface; readonly httpStatus: number | null }, lang: Lang): string {
  if (e.httpStatus !== null) return `HTTP ${e.httpStatus}`;
  return (e.api === 'client' ? LABELS.noAnswer : LABELS.statusUnknown)[lang];
}

/** "+N more" after a shortened list, in a language. */
export function moreLabel(count: number, lang: Lang): string {
  return lang === 'ja' ? `他 ${count} 件` : lang === 'zh-cn' ? `另外 ${count} 个` : `+${count} more`;
}

/** The short tag of an operation known only from a source other than an error table, or ''. */
export function operationTag(provenance: Provenance | undefined, lang: Lang): string {
  if (provenance === 'inferred') return LABELS.inferredShort[lang];
  if (provenance === 'sdk') return LABELS.toolSource[lang];
  return '';
}

/** The human name of an API surface, in a language. */
export function apiLabel(api: ApiSurface, lang: Lang): string {
  const label = { instance: LABELS.instanceApi, openapi: LABELS.openapi, client: LABELS.client } satisfies Record<ApiSurface, unknown>;
  return label[api][lang];
}
