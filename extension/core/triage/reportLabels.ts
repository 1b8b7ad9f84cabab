import { text } from '../catalog/localized';

/** The words of the Markdown report (markdownReport.ts), in each language. */
export const REPORT_LABELS = {
  title: text('KMS errors in {0}', '{0} の KMS エラー', '{0} 中的 KMS 错误'),
  totals: text('KMS errors: {0}; codes: {1}.', '{1} 種類、計 {0} 件。', '共 {1} 种，{0} 处。'),
  none: text('No KMS errors found.', 'KMS エラーは見つかりませんでした。', '未发现 KMS 错误。'),
  count: text('Count', '件数', '次数'),
  code: text('Code', 'コード', '错误码'),
  status: text('HTTP', 'HTTP', 'HTTP'),
  surface: text('API', 'API', 'API'),
  first: text('First', '最初', '首次'),
  last: text('Last', '最後', '最后'),
  meaning: text('Meaning', '意味', '含义'),
  requestIds: text('RequestIds', 'RequestId', 'RequestId'),
  unknownSurface: text('unknown', '不明', '未知'),
  noCode: text('(no code)', '(コードなし)', '（无错误码）'),
  moreIds: text('(first {0})', '(最初の {0} 件)', '（前 {0} 个）'),
} as const;

/** `{0}`, `{1}` replaced by the arguments. */
export function fill(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
