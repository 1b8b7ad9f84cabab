import type { RecordFormat } from './types';

/**
 * Fields as `key: value` or `key=value`, the shape most SDKs share: Go's `StatusCode: 404` and
 * `RequestId: ID`, PHP `alibabacloud/client`'s `ErrorCode: X ErrorMessage: Y StatusCode: N
 * RequestId: ID`, denverdino/aliyungo's `Aliyun API Error: RequestId: ID Status Code: N Code: C
 * Message: M`, Python `aliyunsdkcore`'s `HTTP Status: N Error:C M RequestID: ID`, the Rust KMS
 * plugin's `status code: N, request id: ID`, JSON bodies and logs (`"HttpStatus":404`,
 * `"RequestId":"..."`), logfmt (`status=404 request_id=...`), the classic Java/C# SDKs'
 * `RequestId : ID` and `+ [ RequestId : ID ]`, and the gateway header `x-acs-request-id`.
 * Developers' own Chinese and Japanese log messages name the fields in their language and often
 * with a full-width colon: `请求ID：ID`, `（请求id：ID）`, `RequestId：ID`, `状态码：404`,
 * `リクエストID: ID`, `ステータスコード: 404`.
 * Code names the operation it calls the same way, Go with its short declaration: the Terraform
 * provider's generated resources write `action := "DeleteSecret"` and call the gateway with
 * `conn.DoRequest(StringPointer(action), ...)`, Python `action = 'Decrypt'`; code that signs its
 * own gateway requests sets the action as a dictionary key (C# `["Action"] = "CreateSecret"`,
 * Python and PHP `params['Action'] = 'Decrypt'`).
 * A key's and a value's quotes may be doubled, as a CSV file escapes them (the log service's and
 * other log stores' CSV exports: `"{""RequestId"":""...""}"`) and as C#'s verbatim and VB's
 * strings write a JSON body (`@"{""Code"":""..."",""RequestId"":""...""}"`).
 */
export const KEY_VALUE_FIELDS: RecordFormat = {
  name: 'keyValueFields',
  status: {
    guard: ['tatus', 'TATUS', '状态码', 'ステータス'],
    pattern: /(?:\b(?:status[ _-]?code|http[ _-]?status(?:[ _-]?code)?|status)|(?:http ?)?状态码|ステータス ?コード)["']{0,2}\s*[:=：]\s*["']{0,2}([1-5]\d\d)\b/i,
  },
  requestId: {
    guard: ['equest', 'EQUEST', '请求', 'リクエスト'],
    pattern: /(?:\b(?:x-acs-request-id|request[ _-]?id)|请求 ?id|リクエスト ?id)["']{0,2}\s*[:=：]\s*["']{0,2}([A-Za-z0-9][A-Za-z0-9-]{7,63})(?![A-Za-z0-9*-])/gi,
  },
  operation: {
    guard: ['pi', 'PI', 'ction', 'CTION', 'peration', 'PERATION'],
    pattern: /\b(?:x-kms-apiname|action|operation|api[ _-]?name)["']{0,2}\]?\s*(?::=|[:=])\s*["']{0,2}([A-Z][A-Za-z]{2,63})\b/i,
  },
};
