import type { Explanations } from '../explanationTypes';
import { text } from '../localized';

/** Shared-gateway errors about the request: parameters, signature, timestamp, HTTP method, and what an operation or a key accepts. */
export const OPENAPI_REQUEST = {
  'openapi:Duplicate.TagKey': {
    meaning: text(
      'The same tag key appears more than once in the request.',
      'リクエスト内に同じタグキーが複数回含まれています。',
      '请求中同一个标签键出现了多次。',
    ),
    fix: text(
      'Send each tag key only once in Tags (or TagKeys); merge duplicates before the call.',
      'Tags (または TagKeys) では各タグキーを 1 回だけ指定してください。呼び出し前に重複をまとめてください。',
      '请在 Tags（或 TagKeys）中每个标签键只传一次；调用前先合并重复项。',
    ),
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
    byMessage: {
      'The specified parameter RotationInterval is not valid.': {
        meaning: text(
          'The RotationInterval given to UpdateRotationPolicy is out of range or badly written: it must be from 7 to 365 days, with a unit (7d, 604800s).',
          'UpdateRotationPolicy に指定した RotationInterval が範囲外か、書式が正しくありません。単位付き (7d、604800s) で 7～365 日の範囲で指定する必要があります。',
          '传给 UpdateRotationPolicy 的 RotationInterval 超出范围或格式错误：必须带单位（如 7d、604800s），取值为 7～365 天。',
        ),
        fix: text(
          'Send RotationInterval with its unit, for example 30d or 2592000s, within 7 to 365 days; it is needed only when EnableAutomaticRotation is true.',
          'RotationInterval は単位付きで 7～365 日の範囲 (例: 30d、2592000s) で指定してください。EnableAutomaticRotation が true の場合にのみ必要です。',
          '请带单位发送 RotationInterval，例如 30d 或 2592000s，取值在 7～365 天之间；只有 EnableAutomaticRotation 为 true 时才需要该参数。',
        ),
      },
    },
  },
  'openapi:InvalidParameter.TagKey': {
    meaning: text(
      'A tag key in the request is not accepted: empty, too long, or starting with a reserved prefix such as aliyun or acs:.',
      'リクエスト内のタグキーが受け付けられません。空、長すぎる、または aliyun や acs: などの予約済みプレフィックスで始まっています。',
      '请求中的标签键不被接受：为空、过长，或以 aliyun、acs: 等保留前缀开头。',
    ),
    fix: text(
      'Use tag keys of 1 to 128 characters that do not start with aliyun or acs: and contain no http:// or https://.',
      '1～128 文字で、aliyun や acs: で始まらず、http:// や https:// を含まないタグキーを使用してください。',
      '请使用 1～128 个字符、不以 aliyun 或 acs: 开头、且不包含 http:// 或 https:// 的标签键。',
    ),
  },
  'openapi:InvalidParameter.TagValue': {
    meaning: text(
      'A tag value in the request is not accepted: too long, or using a reserved prefix.',
      'リクエスト内のタグ値が受け付けられません。長すぎるか、予約済みプレフィックスを使用しています。',
      '请求中的标签值不被接受：过长，或使用了保留前缀。',
    ),
    fix: text(
      'Use tag values of at most 128 characters that do not start with aliyun or acs: and contain no http:// or https://.',
      '128 文字以内で、aliyun や acs: で始まらず、http:// や https:// を含まないタグ値を使用してください。',
      '请使用不超过 128 个字符、不以 aliyun 或 acs: 开头、且不包含 http:// 或 https:// 的标签值。',
    ),
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
    meaning: text(
      'The gateway could not parse the request\'s parameters: a value has the wrong type or format (a JSON parameter that is not valid JSON, for example).',
      'ゲートウェイはリクエストのパラメーターを解析できませんでした。値の型や形式が誤っています (有効な JSON でない JSON パラメーターなど)。',
      '网关无法解析请求参数：某个值的类型或格式错误（例如 JSON 类型的参数不是合法的 JSON）。',
    ),
    fix: text(
      'Check each parameter\'s type in the operation\'s API reference; JSON-valued parameters (Tags, EncryptionContext) must be valid JSON strings.',
      '各パラメーターの型を操作の API リファレンスで確認してください。JSON 値のパラメーター (Tags、EncryptionContext) は有効な JSON 文字列である必要があります。',
      '请对照操作的 API 参考检查每个参数的类型；JSON 类型的参数（Tags、EncryptionContext）必须是合法的 JSON 字符串。',
    ),
  },
  'openapi:Rejected.InvalidRequest': {
    meaning: text(
      'UpdateSecretVersionStage was asked to move a stage in a way that does not match the secret\'s current versions: the stage is not on the version given as RemoveFromVersion, or the version does not exist.',
      'UpdateSecretVersionStage で、シークレットの現在のバージョンと一致しないステージの移動が要求されました。ステージが RemoveFromVersion のバージョンに付いていないか、そのバージョンが存在しません。',
      'UpdateSecretVersionStage 请求的版本状态迁移与凭据当前版本不符：该状态不在 RemoveFromVersion 指定的版本上，或该版本不存在。',
    ),
    fix: text(
      'List the secret\'s versions and stages (ListSecretVersionIds), then pass the version that carries the stage as RemoveFromVersion and an existing version as MoveToVersion.',
      'シークレットのバージョンとステージを一覧表示 (ListSecretVersionIds) し、ステージが付いているバージョンを RemoveFromVersion に、存在するバージョンを MoveToVersion に指定してください。',
      '请先列出凭据的版本及其状态（ListSecretVersionIds），再将带有该状态的版本作为 RemoveFromVersion、将已存在的版本作为 MoveToVersion 传入。',
    ),
  },
  'openapi:Rejected.UnsupportedOperation': {
    meaning: text(
      'The key or secret cannot do this: an asymmetric operation on a key whose usage does not allow it, a new version or rotation for a key that cannot rotate (asymmetric or imported material).',
      'キーまたはシークレットはこの操作に対応していません。用途が許可しないキーでの非対称操作や、ローテーションできないキー (非対称キーやインポートしたマテリアル) の新バージョン作成やローテーションなどです。',
      '该密钥或凭据不支持此操作：例如用途不允许的非对称操作，或对无法轮转的密钥（非对称密钥或导入材料的密钥）创建新版本或设置轮转。',
    ),
    fix: text(
      'Check the key\'s KeySpec, KeyUsage and Origin with DescribeKey and use a key that supports the operation; automatic rotation applies only to symmetric keys with KMS-generated material.',
      'DescribeKey でキーの KeySpec、KeyUsage、Origin を確認し、操作に対応したキーを使用してください。自動ローテーションは KMS が生成したマテリアルを持つ対称キーにのみ適用されます。',
      '请通过 DescribeKey 查看密钥的 KeySpec、KeyUsage 和 Origin，改用支持该操作的密钥；自动轮转只适用于由 KMS 生成材料的对称密钥。',
    ),
    byMessage: {
      'secret stages in unnormal status': {
        meaning: text(
          'The secret\'s version stages are not in a normal state (a rotation is under way, for example), so UpdateSecretVersionStage cannot move them now.',
          'シークレットのバージョンステージが通常の状態にありません (ローテーション中など)。そのため UpdateSecretVersionStage で今は移動できません。',
          '凭据的版本状态不正常（例如正在轮转），UpdateSecretVersionStage 暂时无法迁移它们。',
        ),
        fix: text(
          'Wait for the rotation to finish, check the stages with ListSecretVersionIds, then move the stage again.',
          'ローテーションの完了を待ち、ListSecretVersionIds でステージを確認してから、再度ステージを移動してください。',
          '请等待轮转完成，通过 ListSecretVersionIds 确认版本状态后再重新迁移。',
        ),
      },
    },
  },
  'openapi:Unsupported.Alias': {
    meaning: text(
      'This operation does not accept an alias in KeyId: it needs the key\'s ID.',
      'この操作の KeyId ではエイリアスを使用できません。キー ID が必要です。',
      '该操作的 KeyId 不接受别名，必须使用密钥 ID。',
    ),
    fix: text(
      'Resolve the alias to its key ID (DescribeKey or ListAliases) and pass the ID.',
      'エイリアスをキー ID に解決 (DescribeKey または ListAliases) し、その ID を指定してください。',
      '请先将别名解析为密钥 ID（DescribeKey 或 ListAliases），再传入该 ID。',
    ),
  },
  'openapi:Unsupported.Origin': {
    meaning: text(
      'The key\'s origin does not fit the operation: importing key material needs a key created with Origin EXTERNAL, and some operations refuse such keys.',
      'キーのオリジンが操作に合っていません。キーマテリアルのインポートには Origin が EXTERNAL のキーが必要で、逆にそのようなキーを受け付けない操作もあります。',
      '密钥来源与操作不符：导入密钥材料需要以 Origin 为 EXTERNAL 创建的密钥，而有些操作不接受此类密钥。',
    ),
    fix: text(
      'Check the key\'s Origin with DescribeKey. To bring your own material, create the key with Origin=EXTERNAL; for KMS-generated material use Aliyun_KMS.',
      'DescribeKey でキーの Origin を確認してください。独自のマテリアルを使う場合は Origin=EXTERNAL でキーを作成し、KMS が生成するマテリアルには Aliyun_KMS を使用してください。',
      '请通过 DescribeKey 查看密钥的 Origin。如需自带密钥材料，请以 Origin=EXTERNAL 创建密钥；由 KMS 生成材料请使用 Aliyun_KMS。',
    ),
  },
  'openapi:Unsupported.ProtectionLevel': {
    meaning: text(
      'The ProtectionLevel asked for (HSM, for example) is not offered in this region.',
      '指定された ProtectionLevel (HSM など) は、このリージョンでは提供されていません。',
      '所请求的 ProtectionLevel（例如 HSM）在本地域不可用。',
    ),
    fix: text(
      'Create the key with ProtectionLevel SOFTWARE, or in a region that offers HSM protection (or in a KMS instance).',
      'ProtectionLevel を SOFTWARE にするか、HSM 保護を提供するリージョン (または KMS インスタンス) でキーを作成してください。',
      '请将 ProtectionLevel 设为 SOFTWARE，或在提供 HSM 保护的地域（或 KMS 实例）中创建密钥。',
    ),
  },
  'openapi:UnsupportedHTTPMethod': {
    meaning: text(
      'The request used an HTTP method the gateway does not accept for this API.',
      'リクエストで、ゲートウェイがこの API に受け付けない HTTP メソッドが使用されています。',
      '请求使用了网关对该 API 不接受的 HTTP 方法。',
    ),
    fix: text(
      'Send KMS OpenAPI calls as GET or POST, as the official SDKs do; check any proxy that rewrites the method.',
      '公式 SDK と同様に、KMS OpenAPI の呼び出しは GET または POST で送信してください。メソッドを書き換えるプロキシがないか確認してください。',
      '请像官方 SDK 一样以 GET 或 POST 发送 KMS OpenAPI 请求；检查是否有代理改写了请求方法。',
    ),
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
