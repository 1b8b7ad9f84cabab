import { DOC_URLS } from './docUrls';
import { text } from './localized';
import type { CatalogEntry, MessageVariant } from './types';

/**
 * Failures a KMS client meets before any server error code: the KMS instance endpoint that
 * resolves only inside its VPC, the instance CA certificate not configured, timeouts and refused
 * connections, a body that is not an `Error`, a wrong ClientKey password (application-access FAQ
 * of the KMS instance SDKs; sdk-error-formats.md "Failures before any error code"). They live on
 * the third surface, `client`, under stable codes of our own; the SDKs' own codes for them
 * (`SDK.ReadTimeout`, `SDK.ServerUnreachable`, `SDK.InvalidServerResponse`) are their aliases.
 * The messages are what the runtimes and SDKs print; they are everyday words, so recognition
 * counts them only in a record that says KMS.
 *
 * On Windows the sockets layer words the failures itself (Winsock's WSAHOST_NOT_FOUND 11001,
 * WSAECONNREFUSED 10061, WSAETIMEDOUT 10060), and in the system's language: .NET's
 * SocketException and HttpRequestException, Python's `[WinError 10061]` and PHP's socket
 * warnings print `不知道这样的主机。` on Simplified Chinese Windows and `そのようなホストは不明です。`
 * on Japanese Windows, as published Chinese and Japanese logs show (windowsSocketWordings below).
 */

function printed(texts: readonly string[], source: string): MessageVariant[] {
  return texts.map((t) => ({ text: t, provenance: 'sdk' as const, source }));
}

/**
 * Windows' own text for one socket failure: its English message and its Simplified Chinese,
 * Traditional Chinese and Japanese translations as Windows of those languages print them, each
 * a stretch of the sentence without its commas (a copy from a rendered page may turn a
 * full-width comma into an ASCII one, a wrapper may cut the sentence there).
 */
function windowsSocketWordings(wordings: readonly string[]): MessageVariant[] {
  return printed(wordings, 'Windows sockets');
}

function clientEntry(e: Pick<CatalogEntry, 'code' | 'messages' | 'meaning' | 'fix' | 'retryable'> & { aliases?: readonly string[] }): CatalogEntry {
  return { api: 'client', httpStatus: null, docUrl: DOC_URLS.applicationAccessFaq, operations: [], provenance: 'sdk', source: 'KMS instance SDK FAQ, SDK sources', ...e };
}

export const CLIENT_ERRORS: readonly CatalogEntry[] = [
  clientEntry({
    code: 'client.EndpointNotResolved',
    messages: printed(
      ['no such host', 'nodename nor servname provided, or not known', 'Name or service not known', 'java.net.UnknownHostException', 'getaddrinfo ENOTFOUND', 'Temporary failure in name resolution'],
      'Go, Java, Python, Node.js DNS errors',
    ).concat(
      // WSAHOST_NOT_FOUND (11001), and Python's own words for it on Windows (`[Errno 11001] getaddrinfo failed`).
      windowsSocketWordings(['No such host is known', '不知道这样的主机', 'そのようなホストは不明です']),
      printed(['getaddrinfo failed'], 'Python on Windows'),
      // curl's CURLE_COULDNT_RESOLVE_HOST (6), as PHP's Guzzle (the PHP SDKs' HTTP client) and the
      // curl command print it: its error buffer's `Could not resolve host: HOST` and its error
      // string `Couldn't resolve host name`.
      printed(['Could not resolve host', "Couldn't resolve host"], 'curl'),
    ),
    meaning: text(
      'The KMS endpoint name did not resolve. A KMS instance endpoint (kst-….cryptoservice.kms.aliyuncs.com) resolves only inside the VPCs associated with the instance.',
      'KMS エンドポイント名を解決できませんでした。KMS インスタンスのエンドポイント (kst-….cryptoservice.kms.aliyuncs.com) は、インスタンスに関連付けた VPC の中でしか解決されません。',
      'KMS 端点域名无法解析。KMS 实例端点（kst-….cryptoservice.kms.aliyuncs.com）只能在与实例关联的 VPC 内解析。',
    ),
    fix: text(
      'Run the application in a VPC associated with the KMS instance (associate more VPCs in the console, or connect networks with CEN, VPN or Express Connect), check that the server uses Alibaba Cloud DNS (100.100.2.136/138), or call the shared gateway kms.<region>.aliyuncs.com instead.',
      'KMS インスタンスに関連付けた VPC でアプリケーションを実行してください (コンソールで VPC を追加関連付けするか、CEN・VPN・Express Connect でネットワークを接続)。サーバーが Alibaba Cloud DNS (100.100.2.136/138) を使っているかも確認するか、共有ゲートウェイ kms.<region>.aliyuncs.com を呼び出してください。',
      '请在与 KMS 实例关联的 VPC 中运行应用（在控制台关联更多 VPC，或通过 CEN、VPN、高速通道打通网络），确认服务器使用阿里云 DNS（100.100.2.136/138），或改为调用共享网关 kms.<region>.aliyuncs.com。',
    ),
    retryable: false,
  }),
  clientEntry({
    code: 'client.CaCertificateMissing',
    messages: printed(
      [
        'PKIX path building failed',
        'unable to find valid certification path to requested target',
        'x509: certificate signed by unknown authority',
        'CERTIFICATE_VERIFY_FAILED',
        'self signed certificate in certificate chain',
        'self-signed certificate in certificate chain',
        'unable to verify the first certificate',
        'unable to get local issuer certificate',
      ],
      'Java, Go, Python, Node.js TLS errors',
    ),
    meaning: text(
      'The TLS connection was refused because the server certificate could not be verified. A KMS instance presents a certificate signed by the instance CA, which the SDK must be given.',
      'サーバー証明書を検証できず、TLS 接続が拒否されました。KMS インスタンスはインスタンス CA が署名した証明書を提示するため、その CA 証明書を SDK に渡す必要があります。',
      '无法验证服务器证书，TLS 连接被拒绝。KMS 实例出示的是由实例 CA 签发的证书，必须把该 CA 证书提供给 SDK。',
    ),
    fix: text(
      'Download the instance CA certificate (PrivateKmsCA_kst-….pem) in the KMS console and configure it: setCaFilePath / setCa in Java, CaFilePath in Go, ca_file_path in Python. Use an SDK version that supports it; skipping verification (IgnoreSSL) is for tests only.',
      'KMS コンソールでインスタンス CA 証明書 (PrivateKmsCA_kst-….pem) をダウンロードして設定してください。Java は setCaFilePath / setCa、Go は CaFilePath、Python は ca_file_path です。対応する SDK バージョンを使い、検証の省略 (IgnoreSSL) はテストだけにしてください。',
      '请在 KMS 控制台下载实例 CA 证书（PrivateKmsCA_kst-….pem）并配置：Java 用 setCaFilePath / setCa，Go 用 CaFilePath，Python 用 ca_file_path。请使用支持该配置的 SDK 版本；跳过校验（IgnoreSSL）仅限测试。',
    ),
    retryable: false,
  }),
  clientEntry({
    code: 'client.Timeout',
    aliases: ['SDK.ReadTimeout'],
    messages: printed(
      ['SocketTimeoutException has occurred on a socket read or accept.The action is <Action>', 'Read timed out', 'connect timed out', 'i/o timeout', 'context deadline exceeded', 'ETIMEDOUT'],
      'SDK cores, Java, Go, Node.js',
    ).concat(
      // WSAETIMEDOUT (10060).
      windowsSocketWordings([
        'A connection attempt failed because the connected party did not properly respond after a period of time',
        '由于连接方在一段时间后没有正确答复或连接的主机没有反应',
        '因為連線對象有一段時間並未正確回應',
        '接続済みの呼び出し先が一定の時間を過ぎても正しく応答しなかった',
      ]),
      // ETIMEDOUT as Linux (`Connection timed out`: Java's ConnectException, Python's `[Errno 110]`)
      // and Go (`connect: connection timed out`) word it; curl's CURLE_OPERATION_TIMEDOUT (28), as
      // PHP's Guzzle prints it, starts the same (`Connection timed out after 10001 milliseconds`).
      printed(['Connection timed out', 'connection timed out'], 'operating systems, curl'),
    ),
    meaning: text(
      'The request to KMS timed out before an answer arrived: the endpoint was slow or unreachable, or the timeout is shorter than the operation needs.',
      'KMS への要求が応答前にタイムアウトしました。エンドポイントが遅いか到達できないか、タイムアウトが操作に必要な時間より短い状態です。',
      '请求 KMS 在收到应答前超时：端点响应慢或不可达，或超时时间短于操作所需。',
    ),
    fix: text(
      'Check the network path to the endpoint (security groups, proxies, port 443), raise the connect and read timeouts, and retry with backoff. For a KMS instance, call it from an associated VPC.',
      'エンドポイントまでのネットワーク経路 (セキュリティグループ、プロキシ、443 番ポート) を確認し、接続・読み取りタイムアウトを延ばして、バックオフ付きで再試行してください。KMS インスタンスは関連付けた VPC から呼び出してください。',
      '请检查到端点的网络路径（安全组、代理、443 端口），调大连接和读取超时，并带退避重试。KMS 实例请从关联的 VPC 调用。',
    ),
    retryable: false,
  }),
  clientEntry({
    code: 'client.ServerUnreachable',
    aliases: ['SDK.ServerUnreachable'],
    messages: printed(
      ['Server unreachable: connection action:<Action> failed', 'Connection refused', 'ECONNREFUSED', 'connection reset by peer', 'No route to host'],
      'classic SDK cores, operating system errors',
    ).concat(
      // WSAECONNREFUSED (10061).
      windowsSocketWordings([
        'No connection could be made because the target machine actively refused it',
        '由于目标计算机积极拒绝',
        '因為目標電腦拒絕連線',
        '対象のコンピューターによって拒否されたため',
      ]),
    ),
    meaning: text(
      'No connection to the KMS endpoint could be made: it refused or reset the connection, or no route leads to it.',
      'KMS エンドポイントに接続できませんでした。接続が拒否・リセットされたか、経路がありません。',
      '无法连接到 KMS 端点：连接被拒绝或重置，或没有可达路由。',
    ),
    fix: text(
      'Check the endpoint and region in the client configuration, HTTPS on port 443, proxies and security groups; a KMS instance is reachable only from its associated VPCs.',
      'クライアント設定のエンドポイントとリージョン、443 番ポートの HTTPS、プロキシ、セキュリティグループを確認してください。KMS インスタンスには関連付けた VPC からしか接続できません。',
      '请检查客户端配置中的端点和地域、443 端口的 HTTPS、代理和安全组；KMS 实例只能从关联的 VPC 访问。',
    ),
    retryable: false,
  }),
  clientEntry({
    code: 'client.NotAnErrorBody',
    aliases: ['SDK.InvalidServerResponse'],
    messages: printed(
      [
        'proto.Unmarshal(<body>), err:<error>',
        'Protocol message contained an invalid tag (zero).',
        'While parsing a protocol message, the input ended unexpectedly in the middle of a field.',
      ],
      'KMS instance SDKs (Go openapi-util, Java protobuf)',
    ),
    meaning: text(
      'The answer was not a KMS error body: something between the client and KMS (a proxy, a load balancer, a captive portal) answered with its own page, so the SDK could not decode it.',
      '応答が KMS のエラーボディではありませんでした。クライアントと KMS の間にあるもの (プロキシ、ロードバランサーなど) が独自のページを返したため、SDK が解読できませんでした。',
      '应答不是 KMS 错误体：客户端与 KMS 之间的某个组件（代理、负载均衡等）返回了自己的页面，SDK 无法解码。',
    ),
    fix: text(
      'Look at the raw answer (status and body) in the SDK debug log, and make sure the endpoint points at KMS directly, without a proxy that rewrites HTTPS answers.',
      'SDK のデバッグログで生の応答 (ステータスとボディ) を確認し、エンドポイントが HTTPS 応答を書き換えるプロキシを経由せず KMS を直接指しているか確かめてください。',
      '请在 SDK 调试日志中查看原始应答（状态码和内容），并确认端点直接指向 KMS，中间没有改写 HTTPS 应答的代理。',
    ),
    retryable: false,
  }),
  clientEntry({
    code: 'client.ClientKeyPasswordIncorrect',
    messages: printed(
      [
        'keystore password was incorrect',
        'Could not decrypt the privateKey of clientKey, the password is incorrect, or it is not a valid pkcs12',
        'pkcs12: decryption password incorrect',
        'mac verify failure',
      ],
      'KMS instance SDKs for Java, PHP, Go, Python',
    ),
    meaning: text(
      'The KMS instance SDK could not open the ClientKey file of the application access point: its password is wrong or the file is not a PKCS#12 file.',
      'KMS インスタンス SDK がアプリケーションアクセスポイントの ClientKey ファイルを開けませんでした。パスワードが誤っているか、ファイルが PKCS#12 ではありません。',
      'KMS 实例 SDK 无法打开应用接入点的 ClientKey 文件：密码错误，或文件不是 PKCS#12 格式。',
    ),
    fix: text(
      'Use the password shown when the ClientKey was created; a password file must hold that one line only, without a line feed. If it is lost, create a new ClientKey.',
      'ClientKey 作成時に表示されたパスワードを使ってください。パスワードファイルには改行なしでその 1 行だけを書きます。分からなくなった場合は ClientKey を作り直してください。',
      '请使用创建 ClientKey 时显示的密码；密码文件只能包含这一行，且不能有换行符。密码丢失时请新建 ClientKey。',
    ),
    retryable: false,
  }),
];
