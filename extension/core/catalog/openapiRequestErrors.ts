import { text } from './localized';
import { openapiEntry } from './openapiEntry';
import type { CatalogEntry } from './types';

/**
 * Shared-gateway (OpenAPI 2016-01-20) errors about the request and the caller: parameters,
 * signature, AccessKey, permissions (HTTP 400 and 403, and 404 for an unknown AccessKey).
 */
export const OPENAPI_REQUEST_ERRORS: readonly CatalogEntry[] = [
  openapiEntry({
    code: 'MissingParameter',
    httpStatus: 400,
    messages: ['The parameter "< parameter name >" is needed but not provided.', ['The parameter  %s  needed but no provided.', 'sdk', 'transfer SDKs']],
    meaning: text('A required request parameter is missing.', '必須のリクエストパラメーターが指定されていません。', '缺少必需的请求参数。'),
    fix: text(
      'Add the parameter the message names; see the operation\'s API reference for the required ones.',
      'メッセージに示されたパラメーターを追加してください。必須パラメーターは各操作の API リファレンスで確認できます。',
      '请添加消息中指出的参数；必需参数请参见对应操作的 API 参考。',
    ),
  }),
  openapiEntry({
    code: 'InvalidParameter',
    httpStatus: 400,
    messages: [
      'The specified parameter "< parameter name >" is not valid.',
      ['The specified parameter KeySpec is not valid.', 'sdk', 'transfer SDKs (GenerateDataKey with a KeySpec other than AES_256 or AES_128)'],
      ['The parameter  %s  is invalid.', 'sdk', 'transfer SDKs'],
    ],
    meaning: text('A request parameter has a value the operation does not accept.', 'リクエストパラメーターに、操作が受け付けない値が指定されています。', '某个请求参数的取值不被该操作接受。'),
    fix: text(
      'Correct the parameter the message names against the operation\'s API reference (allowed values, format, length).',
      'メッセージに示されたパラメーターを、操作の API リファレンス (使用可能な値、形式、長さ) に従って修正してください。',
      '请根据操作的 API 参考（取值范围、格式、长度）修正消息中指出的参数。',
    ),
  }),
  openapiEntry({
    code: 'IncompleteSignature',
    httpStatus: 400,
    messages: [
      'The request signature does not conform to Alibaba Cloud standards.',
      ['The request signature does not conform to Aliyun standards.', 'sdk', 'transfer SDKs (from the instance API\'s "The Param Authorization is invalid.")'],
    ],
    meaning: text('The request signature is malformed or computed the wrong way.', 'リクエストの署名が不正な形式か、誤った方法で計算されています。', '请求签名格式错误或计算方式不正确。'),
    fix: text(
      'Let an official SDK sign requests; check the AccessKey secret and that nothing rewrites the request after signing.',
      '署名は公式 SDK に任せてください。AccessKey シークレットを確認し、署名後にリクエストを書き換える処理がないか確認してください。',
      '请由官方 SDK 对请求签名；检查 AccessKey Secret，并确认签名后没有任何环节改写请求。',
    ),
  }),
  openapiEntry({
    code: 'IllegalTimestamp',
    httpStatus: 400,
    messages: [
      'The input parameter "Timestamp" that is required for processing this request is not supplied.',
      ['The input parameter "Timestamp" that is mandatory for processing this request is not supplied.', 'sdk', 'transfer SDKs (from the instance API\'s "The Param Date is invalid.")'],
    ],
    meaning: text('The request timestamp is missing, malformed, or too far from the server\'s time.', 'リクエストのタイムスタンプがないか、形式が不正か、サーバー時刻から大きくずれています。', '请求时间戳缺失、格式错误，或与服务器时间相差过大。'),
    fix: text(
      'Synchronize the client clock and send Timestamp in ISO 8601 UTC (yyyy-MM-ddTHH:mm:ssZ).',
      'クライアントの時刻を同期し、Timestamp を ISO 8601 形式の UTC (yyyy-MM-ddTHH:mm:ssZ) で送信してください。',
      '请同步客户端时钟，并以 ISO 8601 格式的 UTC 时间（yyyy-MM-ddTHH:mm:ssZ）发送 Timestamp。',
    ),
  }),
  openapiEntry({
    code: 'UnsupportedOperation',
    httpStatus: 400,
    messages: ['This action is not supported.'],
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
  }),
  openapiEntry({
    code: 'Rejected.LimitExceeded',
    httpStatus: 400,
    messages: ['The request was rejected because user create resource limit was exceeded.', 'The secret quota is exceeded.'],
    meaning: text('The account has reached its quota of keys or secrets.', 'アカウントのキーまたはシークレットの上限に達しています。', '账号的密钥或凭据数量已达上限。'),
    fix: text(
      'Delete keys or secrets you no longer need, or ask for a higher quota.',
      '不要になったキーやシークレットを削除するか、上限の引き上げを申請してください。',
      '请删除不再需要的密钥或凭据，或申请提高配额。',
    ),
  }),
  openapiEntry({
    code: 'Rejected.ShareQuotaExceedLimit',
    httpStatus: 400,
    messages: ['Instance Share Quota Exceed Limit.'],
    operations: ['CreateKey'],
    meaning: text('The KMS instance has no key quota left to share with this account.', 'KMS インスタンスに、このアカウントと共有できるキーのクォータが残っていません。', 'KMS 实例已没有可共享给该账号的密钥配额。'),
    fix: text(
      'Free quota on the instance by deleting unused keys, or upgrade the instance\'s key quota.',
      '不要なキーを削除してインスタンスのクォータを空けるか、インスタンスのキー数上限を引き上げてください。',
      '请删除不用的密钥以释放实例配额，或升级实例的密钥配额。',
    ),
  }),
  openapiEntry({
    code: 'InvalidAccessKeyId.NotFound',
    httpStatus: 404,
    messages: [
      'The AccessKey ID provided does not exist in our records.',
      ['The Access Key ID provided does not exist in our records.', 'sdk', 'transfer SDKs (from the instance API\'s Unauthorized)'],
    ],
    meaning: text(
      'The AccessKey ID is unknown: deleted, mistyped, or an expired STS token. Through a wrapper SDK it can also be the instance API\'s Unauthorized (an unknown client key).',
      'AccessKey ID が認識されません。削除済み、入力ミス、または STS トークンの期限切れです。ラッパー SDK 経由では、インスタンス API の Unauthorized (未登録のクライアントキー) の場合もあります。',
      'AccessKey ID 无法识别：已删除、输入错误或 STS Token 已过期。通过封装 SDK 调用时，也可能是实例 API 的 Unauthorized（客户端密钥未注册）。',
    ),
    fix: text(
      'Check the AccessKey ID (or refresh the STS token). With a KMS instance, check the client key of the application access point.',
      'AccessKey ID を確認 (または STS トークンを更新) してください。KMS インスタンスの場合は、アプリケーションアクセスポイントのクライアントキーを確認してください。',
      '请检查 AccessKey ID（或刷新 STS Token）。使用 KMS 实例时，请检查应用接入点的客户端密钥。',
    ),
  }),
  openapiEntry({
    code: 'Forbidden.AccessKey',
    httpStatus: 403,
    messages: ['This AccessKey is not enabled.'],
    meaning: text('The AccessKey is disabled.', 'AccessKey が無効化されています。', 'AccessKey 已被禁用。'),
    fix: text('Enable the AccessKey in the RAM console, or use another one.', 'RAM コンソールで AccessKey を有効にするか、別の AccessKey を使用してください。', '请在 RAM 控制台启用该 AccessKey，或使用其他 AccessKey。'),
  }),
  openapiEntry({
    code: 'Forbidden.KmsServiceNotEnabled',
    httpStatus: 403,
    messages: ['Kms service is not Enabled for current user. Please get access permission first.'],
    meaning: text('KMS is not activated for this account.', 'このアカウントでは KMS が有効化されていません。', '该账号尚未开通 KMS。'),
    fix: text('Activate Key Management Service in the console for this account.', 'コンソールでこのアカウントの Key Management Service を有効化してください。', '请在控制台为该账号开通密钥管理服务。'),
  }),
  openapiEntry({
    code: 'Forbidden.NoPermission',
    httpStatus: 403,
    messages: ['This operation is forbidden by permission system.', 'You are not authorized to perform the operation.'],
    meaning: text('The RAM identity calling has no policy allowing this operation on this resource.', '呼び出し元の RAM ID に、このリソースに対するこの操作を許可するポリシーがありません。', '调用方的 RAM 身份没有允许对该资源执行此操作的权限策略。'),
    fix: text(
      'Grant the RAM user or role a policy with the kms: action on the key or secret (for example AliyunKMSCryptoUserAccess).',
      'RAM ユーザーまたはロールに、対象のキーやシークレットに対する kms: アクションを許可するポリシー (例: AliyunKMSCryptoUserAccess) を付与してください。',
      '请为 RAM 用户或角色授予对该密钥或凭据执行 kms: 操作的权限策略（例如 AliyunKMSCryptoUserAccess）。',
    ),
  }),
  openapiEntry({
    code: 'Forbidden.DKMSInstanceNotFound',
    httpStatus: 403,
    messages: ['The specified DKMS Instance is not found.'],
    operations: ['CreateKey'],
    meaning: text('The KMS instance ID given does not exist in this region or account.', '指定された KMS インスタンス ID は、このリージョンまたはアカウントに存在しません。', '指定的 KMS 实例 ID 在该地域或账号下不存在。'),
    fix: text('Check the instance ID (kst-...) and the region of the endpoint.', 'インスタンス ID (kst-...) とエンドポイントのリージョンを確認してください。', '请检查实例 ID（kst-...）和端点所在地域。'),
  }),
];
