import { text } from '../core';

/** Phrases the server adds around the core's explanation (links, the record's context). */
export const SERVER_LABELS = {
  showReference: text('Show in reference', 'リファレンスで表示', '在参考中显示'),
  decodePayload: text('Decode payload', 'ペイロードをデコード', '解码负载'),
  copyRequestId: text('Copy RequestId', 'RequestId をコピー', '复制 RequestId'),
  explain: text('Explain', '説明', '解释'),
  decodedPayload: text('Decoded payload', 'デコードしたペイロード', '解码后的负载'),
  inThisRecord: text('In this record', 'このレコード', '此记录中'),
  operation: text('operation', '操作', '操作'),
  unknownCode: text('not in the catalog', 'カタログにありません', '不在目录中'),
  alsoOn: text('Same code on the other API surface', '別の API での同じコード', '另一 API 上的同名代码'),
} as const;
