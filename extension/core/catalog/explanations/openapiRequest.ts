import type { Explanations } from '../explanationTypes';
import { text } from '../localized';

/** Shared-gateway errors about the request: parameters, signature, timestamp, HTTP method, and what an operation or a key accepts. */
export const OPENAPI_REQUEST = {
  'openapi:Duplicate.TagKey': {
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
  },
  'openapi:IllegalTimestamp': {
    meaning: text(
      'The request timestamp is missing, malformed, or too far from the server\'s time.',
      'リクエストのタイムスタンプがないか、形式が不正か、サーバー時刻から大きくずれています。',
      '请求时间戳缺失、格式错误，或与服务器时间相差过大。',
    ),
    fix: text(
      'Synchronize the client clock and send Timestamp in ISO 8601 UTC (yyyy-MM-ddTHH:mm:ssZ).',
      'クライアントの時刻を同期し、Timestamp を ISO 8601 形式の UTC (yyyy-MM-ddTHH:mm:ssZ) で送信してください。',
      '请同步客户端时钟，并以 ISO 8601 格式的 UTC 时间（yyyy-MM-ddTHH:mm:ssZ）发送 Timestamp。',
    ),
    sdkWordings: [
      { text: 'The input parameter "Timestamp" that is mandatory for processing this request is not supplied.', source: 'transfer SDKs (from the instance API\'s "The Param Date is invalid.")' },
    ],
  },
  'openapi:IncompleteSignature': {
    meaning: text(
      'The request signature is malformed or computed the wrong way.',
      'リクエストの署名が不正な形式か、誤った方法で計算されています。',
      '请求签名格式错误或计算方式不正确。',
    ),
    fix: text(
      'Let an official SDK sign requests; check the AccessKey secret and that nothing rewrites the request after signing.',
      '署名は公式 SDK に任せてください。AccessKey シークレットを確認し、署名後にリクエストを書き換える処理がないか確認してください。',
      '请由官方 SDK 对请求签名；检查 AccessKey Secret，并确认签名后没有任何环节改写请求。',
    ),
    sdkWordings: [
      { text: 'The request signature does not conform to Aliyun standards.', source: 'transfer SDKs (from the instance API\'s "The Param Authorization is invalid.")' },
    ],
  },
  'openapi:InvalidParameter': {
    meaning: text(
      'A request parameter has a value the operation does not accept.',
      'リクエストパラメーターに、操作が受け付けない値が指定されています。',
      '某个请求参数的取值不被该操作接受。',
    ),
    fix: text(
      'Correct the parameter the message names against the operation\'s API reference (allowed values, format, length).',
      'メッセージに示されたパラメーターを、操作の API リファレンス (使用可能な値、形式、長さ) に従って修正してください。',
      '请根据操作的 API 参考（取值范围、格式、长度）修正消息中指出的参数。',
    ),
    sdkWordings: [
      { text: 'The specified parameter KeySpec is not valid.', source: 'transfer SDKs (GenerateDataKey with a KeySpec other than AES_256 or AES_128)' },
      { text: 'The parameter  %s  is invalid.', source: 'transfer SDKs' },
    ],
  },
  'openapi:InvalidParameter.TagKey': {
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
  },
  'openapi:InvalidParameter.TagValue': {
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
  },
  'openapi:MissingParameter': {
    meaning: text(
      'A required request parameter is missing.',
      '必須のリクエストパラメーターが指定されていません。',
      '缺少必需的请求参数。',
    ),
    fix: text(
      'Add the parameter the message names; see the operation\'s API reference for the required ones.',
      'メッセージに示されたパラメーターを追加してください。必須パラメーターは各操作の API リファレンスで確認できます。',
      '请添加消息中指出的参数；必需参数请参见对应操作的 API 参考。',
    ),
    sdkWordings: [
      { text: 'The parameter  %s  needed but no provided.', source: 'transfer SDKs' },
    ],
  },
  'openapi:ParseRequestParameterException': {
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
  },
  'openapi:Rejected.InvalidRequest': {
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
  },
  'openapi:Rejected.UnsupportedOperation': {
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
  },
  'openapi:Unsupported.Alias': {
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
  },
  'openapi:Unsupported.Origin': {
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
  },
  'openapi:Unsupported.ProtectionLevel': {
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
  },
  'openapi:UnsupportedHTTPMethod': {
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
  },
  'openapi:UnsupportedOperation': {
    meaning: text(
      'The key cannot do this: its spec or usage does not fit the operation, or it is a service key.',
      'キーはこの操作に対応していません。キーの仕様や用途が操作に合わないか、サービスキーです。',
      '该密钥不支持此操作：其规格或用途与操作不匹配，或者它是服务密钥。',
    ),
    fix: text(
      'Use a key whose spec and usage match the operation (ENCRYPT/DECRYPT or SIGN/VERIFY).',
      '仕様と用途 (ENCRYPT/DECRYPT または SIGN/VERIFY) が操作に合ったキーを使用してください。',
      '请使用规格和用途（ENCRYPT/DECRYPT 或 SIGN/VERIFY）与操作匹配的密钥。',
    ),
  },
} satisfies Explanations;
