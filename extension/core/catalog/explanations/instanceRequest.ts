import { DOC_URLS } from '../docUrls';
import type { Explanations } from '../explanationTypes';
import { text } from '../localized';

/** KMS instance API errors about the request itself: headers, signature, parameters, size and content type (HTTP 400, 401, 413, 415). */
export const INSTANCE_REQUEST = {
  'instance:': {
    meaning: text(
      'The request body is over 3 MB once its parameters are encoded with Protocol Buffers. The answer carries no error code.',
      'パラメーターを Protocol Buffers でエンコードしたリクエストボディが 3 MB を超えています。応答にはエラーコードが含まれません。',
      '请求参数经 Protocol Buffers 编码后，请求体超过 3 MB。该响应不包含错误码。',
    ),
    fix: text(
      'Send less data per call: up to 6 KB for symmetric and 1 KB for asymmetric Encrypt/Decrypt (use envelope encryption for more), and sign a digest computed locally instead of the whole message.',
      '1 回の呼び出しで送るデータを減らしてください。Encrypt/Decrypt は対称キーで 6 KB、非対称キーで 1 KB まで (それ以上はエンベロープ暗号化を使用)。署名はメッセージ全体ではなくローカルで計算したダイジェストに対して行ってください。',
      '请减少单次调用的数据量：对称密钥 Encrypt/Decrypt 不超过 6 KB，非对称密钥不超过 1 KB（更多数据请使用信封加密）；签名时请对本地计算的摘要签名，而不是整条消息。',
    ),
  },
  'instance:InvalidApiName': {
    meaning: text(
      'The operation named in the x-kms-apiname header is not one this KMS instance knows.',
      'x-kms-apiname ヘッダーで指定された操作名を、この KMS インスタンスは認識できません。',
      'x-kms-apiname 请求头中的操作名称不是该 KMS 实例支持的操作。',
    ),
    fix: text(
      'Use an operation the KMS instance SDK offers (Encrypt, Decrypt, Sign, GetSecretValue, ...), spelled exactly. ReEncrypt and ExportDataKey are not served by a KMS instance.',
      'KMS インスタンス SDK が提供する操作名 (Encrypt、Decrypt、Sign、GetSecretValue など) を正確に指定してください。ReEncrypt と ExportDataKey は KMS インスタンスでは使えません。',
      '请使用 KMS 实例 SDK 提供的操作名称（Encrypt、Decrypt、Sign、GetSecretValue 等），并确保拼写完全一致。KMS 实例不支持 ReEncrypt 和 ExportDataKey。',
    ),
  },
  'instance:InvalidApiVersion': {
    meaning: text(
      'The x-kms-apiversion header is missing from the request or names a version the instance does not serve.',
      'リクエストに x-kms-apiversion ヘッダーがないか、インスタンスが対応していないバージョンが指定されています。',
      '请求缺少 x-kms-apiversion 请求头，或其中的版本不受该实例支持。',
    ),
    fix: text(
      'Send x-kms-apiversion: dkms-gcs-0.2. The official KMS instance SDKs set it for you; a hand-built or proxied request may drop it.',
      'x-kms-apiversion: dkms-gcs-0.2 を送信してください。公式の KMS インスタンス SDK は自動で設定します。自作のリクエストやプロキシ経由では欠落することがあります。',
      '请发送 x-kms-apiversion: dkms-gcs-0.2。官方 KMS 实例 SDK 会自动设置该请求头；自行构造或经代理转发的请求可能会丢失它。',
    ),
  },
  'instance:InvalidContentType': {
    meaning: text(
      'The Content-Type header is not application/x-protobuf.',
      'Content-Type ヘッダーが application/x-protobuf ではありません。',
      'Content-Type 请求头不是 application/x-protobuf。',
    ),
    fix: text(
      'Send Content-Type: application/x-protobuf with a protobuf body. JSON or form bodies are for the shared gateway, not for a KMS instance.',
      'Content-Type: application/x-protobuf と protobuf 形式のボディを送信してください。JSON やフォーム形式は共有ゲートウェイ向けで、KMS インスタンスでは使えません。',
      '请发送 Content-Type: application/x-protobuf 和 protobuf 格式的请求体。JSON 或表单格式用于共享网关，不适用于 KMS 实例。',
    ),
  },
  'instance:InvalidParam': {
    meaning: text(
      'A request header required by the KMS instance API is missing or malformed.',
      'KMS インスタンス API に必要なリクエストヘッダーがないか、形式が正しくありません。',
      'KMS 实例 API 所需的请求头缺失或格式错误。',
    ),
    fix: text(
      'Check the header the message names. The KMS instance SDKs build these headers for you.',
      'メッセージに示されたヘッダーを確認してください。KMS インスタンス SDK はこれらのヘッダーを自動で生成します。',
      '请检查消息中指出的请求头。KMS 实例 SDK 会自动生成这些请求头。',
    ),
    byMessage: {
      'The Param Date is invalid.': {
        meaning: text(
          'The Date header is not an RFC 1123 date.',
          'Date ヘッダーの値が RFC 1123 形式ではありません。',
          'Date 请求头的值不是 RFC 1123 格式。',
        ),
        fix: text(
          'Send Date in RFC 1123 form in UTC, for example "Mon, 02 Jan 2006 15:04:05 GMT". Check for a local time zone or a locale that translates day and month names.',
          'Date は RFC 1123 形式の UTC で送信してください (例: "Mon, 02 Jan 2006 15:04:05 GMT")。ローカルタイムゾーンや、曜日・月名を翻訳するロケールになっていないか確認してください。',
          '请以 UTC 的 RFC 1123 格式发送 Date，例如 "Mon, 02 Jan 2006 15:04:05 GMT"。检查是否使用了本地时区，或使用了会翻译星期和月份名称的区域设置。',
        ),
      },
      'The Param x-kms-signaturemethod is invalid.': {
        meaning: text(
          'The x-kms-signaturemethod header is missing from the request.',
          'リクエストに x-kms-signaturemethod ヘッダーがありません。',
          '请求缺少 x-kms-signaturemethod 请求头。',
        ),
        fix: text(
          'Send x-kms-signaturemethod: RSA_PKCS1_SHA_256, as the official SDKs do. Make sure no proxy strips x-kms-* headers.',
          '公式 SDK と同じく x-kms-signaturemethod: RSA_PKCS1_SHA_256 を送信してください。プロキシが x-kms-* ヘッダーを削除していないか確認してください。',
          '请像官方 SDK 一样发送 x-kms-signaturemethod: RSA_PKCS1_SHA_256，并确认没有代理删除 x-kms-* 请求头。',
        ),
      },
      'The Param x-kms-signaturemethod is invalid. message:"<signaturemethod value>".': {
        meaning: text(
          'The x-kms-signaturemethod header names a signature method the instance does not support.',
          'x-kms-signaturemethod ヘッダーで指定された署名方式はサポートされていません。',
          'x-kms-signaturemethod 请求头指定的签名方法不受支持。',
        ),
        fix: text(
          'Use RSA_PKCS1_SHA_256, the method the official SDKs sign with.',
          '公式 SDK が使用する RSA_PKCS1_SHA_256 を指定してください。',
          '请使用官方 SDK 所用的签名方法 RSA_PKCS1_SHA_256。',
        ),
      },
      'The Param Authorization is invalid.': {
        meaning: text(
          'The Authorization header is missing or malformed. Seen in the official wrapper SDKs, which report it as IncompleteSignature.',
          'Authorization ヘッダーがないか形式が正しくありません。公式ラッパー SDK はこれを IncompleteSignature として報告します。',
          'Authorization 请求头缺失或格式错误。官方封装 SDK 会将其报告为 IncompleteSignature。',
        ),
        fix: text(
          'Send "Authorization: Bearer <base64 signature>" signed with the client key; let the KMS instance SDK build it rather than a proxy or a hand-written client.',
          'クライアントキーで署名した "Authorization: Bearer <base64 署名>" を送信してください。プロキシや自作クライアントではなく KMS インスタンス SDK に生成させてください。',
          '请发送使用客户端密钥签名的 "Authorization: Bearer <base64 签名>"；建议由 KMS 实例 SDK 生成，而不是由代理或自行编写的客户端生成。',
        ),
      },
    },
  },
  'instance:InvalidParameter': {
    meaning: text(
      'A parameter in the request body has a value the operation does not accept.',
      'リクエストボディ内のパラメーターに、操作が受け付けない値が含まれています。',
      '请求体中某个参数的取值不被该操作接受。',
    ),
    fix: text(
      'Check each parameter against the operation\'s reference: key ID or alias, algorithm, key spec, and the sizes of plaintext, ciphertext, IV and AAD.',
      '操作のリファレンスと照らして各パラメーターを確認してください: キー ID またはエイリアス、アルゴリズム、キー仕様、平文・暗号文・IV・AAD のサイズ。',
      '请对照操作的参考文档检查每个参数：密钥 ID 或别名、算法、密钥规格，以及明文、密文、IV 和 AAD 的长度。',
    ),
  },
  'instance:MissingParameter': {
    meaning: text(
      'No AccessKey ID (the client key\'s KeyId) reached the instance. The usual cause is calling the instance endpoint with a shared-gateway (OpenAPI) SDK instead of the KMS instance SDK.',
      'AccessKey ID (クライアントキーの KeyId) がインスタンスに届いていません。よくある原因は、KMS インスタンス SDK ではなく共有ゲートウェイ (OpenAPI) 用 SDK でインスタンスのエンドポイントを呼び出していることです。',
      '实例未收到 AccessKey ID（客户端密钥的 KeyId）。常见原因是使用共享网关（OpenAPI）SDK 而不是 KMS 实例 SDK 调用实例端点。',
    ),
    fix: text(
      'Use the KMS instance SDK with the client key file (clientKey_KAAP.*.json) of your application access point. It sends the x-kms-acccesskeyid header (spelled with three c\'s).',
      'アプリケーションアクセスポイントのクライアントキーファイル (clientKey_KAAP.*.json) を使い、KMS インスタンス SDK から呼び出してください。SDK が x-kms-acccesskeyid ヘッダー (c が 3 つ) を送信します。',
      '请使用应用接入点的客户端密钥文件（clientKey_KAAP.*.json）并通过 KMS 实例 SDK 调用。SDK 会发送 x-kms-acccesskeyid 请求头（注意有三个 c）。',
    ),
  },
  'instance:RequestTimeTooSkewed': {
    meaning: text(
      'The Date header is more than 15 minutes before or after the instance\'s clock.',
      'Date ヘッダーの時刻がインスタンスの時刻から 15 分以上ずれています。',
      'Date 请求头中的时间与实例时间相差超过 15 分钟。',
    ),
    fix: text(
      'Synchronize the client\'s clock (NTP) and send the current time in UTC. Requests that sit in a queue before sending can also go stale.',
      'クライアントの時刻を NTP で同期し、現在時刻を UTC で送信してください。送信前にキューで待機したリクエストも古くなることがあります。',
      '请通过 NTP 同步客户端时钟，并以 UTC 发送当前时间。发送前在队列中等待过久的请求也可能过期。',
    ),
  },
  'instance:SignatureNotMatch': {
    meaning: text(
      'The request signature does not verify against the client key the instance has on record.',
      'リクエストの署名が、インスタンスに登録されたクライアントキーで検証できません。',
      '请求签名无法通过实例所记录的客户端密钥验证。',
    ),
    fix: text(
      'Use the client key file and password that belong together and to this instance\'s application access point. A proxy that rewrites headers or the body also breaks the signature.',
      '対応するクライアントキーファイルとパスワードを、このインスタンスのアプリケーションアクセスポイントのものとして使用してください。ヘッダーやボディを書き換えるプロキシも署名を壊します。',
      '请使用属于该实例应用接入点、且彼此匹配的客户端密钥文件和密码。改写请求头或请求体的代理也会导致签名不匹配。',
    ),
  },
  'instance:UnsupportedOperation': {
    meaning: text(
      'The key or the instance cannot do what was asked: for example GenerateDataKey with an asymmetric key, Sign or Verify with a symmetric key, a service key, or an Alibaba Cloud SDK call to an instance without Internet access enabled.',
      'キーまたはインスタンスが要求された処理に対応していません。例: 非対称キーでの GenerateDataKey、対称キーでの Sign/Verify、サービスキーの使用、インターネットアクセスを有効にしていないインスタンスへの Alibaba Cloud SDK からの呼び出し。',
      '密钥或实例不支持所请求的操作，例如：使用非对称密钥调用 GenerateDataKey、使用对称密钥进行 Sign/Verify、使用服务密钥，或在未开启公网访问的实例上通过阿里云 SDK 调用。',
    ),
    fix: text(
      'Check the key\'s spec and usage against the operation (symmetric keys for Encrypt/GenerateDataKey, asymmetric keys for Sign/Verify), and use the KMS instance SDK inside the instance\'s VPC.',
      'キーの仕様と用途が操作に合っているか確認してください (Encrypt/GenerateDataKey には対称キー、Sign/Verify には非対称キー)。インスタンスの VPC 内から KMS インスタンス SDK を使用してください。',
      '请核对密钥规格和用途是否与操作匹配（Encrypt/GenerateDataKey 使用对称密钥，Sign/Verify 使用非对称密钥），并在实例所在 VPC 内使用 KMS 实例 SDK。',
    ),
    docUrl: DOC_URLS.applicationAccessFaq,
  },
} satisfies Explanations;
