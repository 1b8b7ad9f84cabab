import type { Explanations } from '../explanationTypes';
import { text } from '../localized';

/** Shared-gateway errors about the caller: AccessKey, permissions, and the account's KMS service (activation, billing, risk control). */
export const OPENAPI_ACCESS = {
  'openapi:CreateLXOrderFailed': {
    meaning: text(
      'Activating KMS failed because the billing order for it could not be created.',
      'KMS の有効化に必要な課金注文を作成できなかったため、有効化に失敗しました。',
      '开通 KMS 时无法创建计费订单，开通失败。',
    ),
    fix: text(
      'Check the account\'s payment method and balance, then call OpenKmsService again; if it keeps failing, activate KMS in the console.',
      'アカウントの支払い方法と残高を確認してから OpenKmsService を再度呼び出してください。失敗が続く場合はコンソールで KMS を有効化してください。',
      '请检查账号的付款方式和余额后再次调用 OpenKmsService；如果持续失败，请在控制台开通 KMS。',
    ),
  },
  'openapi:Forbidden.AccessKey': {
    meaning: text(
      'The AccessKey is disabled.',
      'AccessKey が無効化されています。',
      'AccessKey 已被禁用。',
    ),
    fix: text(
      'Enable the AccessKey in the RAM console, or use another one.',
      'RAM コンソールで AccessKey を有効にするか、別の AccessKey を使用してください。',
      '请在 RAM 控制台启用该 AccessKey，或使用其他 AccessKey。',
    ),
  },
  'openapi:Forbidden.InDebt': {
    meaning: text(
      'The account has an overdue payment, so KMS refuses the call.',
      'アカウントに未払いの料金があるため、KMS は呼び出しを拒否しています。',
      '账号存在欠费，KMS 拒绝了该调用。',
    ),
    fix: text(
      'Settle the account\'s outstanding bills (Billing Management), then retry.',
      'アカウントの未払い料金を精算 (課金管理) してから再試行してください。',
      '请在费用中心结清账号欠费后重试。',
    ),
  },
  'openapi:Forbidden.InDebtOverdue': {
    meaning: text(
      'The account\'s payment has been overdue for too long, and its KMS service is suspended.',
      'アカウントの支払い遅延が長期間続いたため、KMS サービスが停止されています。',
      '账号欠费时间过长，KMS 服务已被停用。',
    ),
    fix: text(
      'Settle the overdue bills; the service resumes once the account is no longer in debt.',
      '延滞している料金を精算してください。未払いが解消されるとサービスは再開されます。',
      '请结清逾期费用；账号不再欠费后服务即会恢复。',
    ),
  },
  'openapi:Forbidden.KmsServiceNotEnabled': {
    meaning: text(
      'KMS is not activated for this account.',
      'このアカウントでは KMS が有効化されていません。',
      '该账号尚未开通 KMS。',
    ),
    fix: text(
      'Activate Key Management Service in the console for this account.',
      'コンソールでこのアカウントの Key Management Service を有効化してください。',
      '请在控制台为该账号开通密钥管理服务。',
    ),
  },
  'openapi:Forbidden.NoPermission': {
    meaning: text(
      'The RAM identity calling has no policy allowing this operation on this resource.',
      '呼び出し元の RAM ID に、このリソースに対するこの操作を許可するポリシーがありません。',
      '调用方的 RAM 身份没有允许对该资源执行此操作的权限策略。',
    ),
    fix: text(
      'Grant the RAM user or role a policy with the kms: action on the key or secret (for example AliyunKMSCryptoUserAccess).',
      'RAM ユーザーまたはロールに、対象のキーやシークレットに対する kms: アクションを許可するポリシー (例: AliyunKMSCryptoUserAccess) を付与してください。',
      '请为 RAM 用户或角色授予对该密钥或凭据执行 kms: 操作的权限策略（例如 AliyunKMSCryptoUserAccess）。',
    ),
  },
  'openapi:Forbidden.NoRealNameAuthentication': {
    meaning: text(
      'KMS cannot be activated because the account has not completed real-name verification.',
      'アカウントが実名認証を完了していないため、KMS を有効化できません。',
      '账号未完成实名认证，无法开通 KMS。',
    ),
    fix: text(
      'Complete real-name verification for the account in the console, then call OpenKmsService again.',
      'コンソールでアカウントの実名認証を完了してから、OpenKmsService を再度呼び出してください。',
      '请在控制台完成账号实名认证后再次调用 OpenKmsService。',
    ),
  },
  'openapi:Forbidden.Opened': {
    meaning: text(
      'KMS is already activated for this account, so OpenKmsService has nothing to do.',
      'このアカウントでは KMS がすでに有効化されているため、OpenKmsService で行うことはありません。',
      '该账号已开通 KMS，OpenKmsService 无需再执行。',
    ),
    fix: text(
      'Nothing to fix: treat it as success, or check DescribeAccountKmsStatus before calling OpenKmsService.',
      '対処は不要です。成功として扱うか、OpenKmsService の前に DescribeAccountKmsStatus で状態を確認してください。',
      '无需处理：可将其视为成功，或在调用 OpenKmsService 之前先调用 DescribeAccountKmsStatus 查询状态。',
    ),
  },
  'openapi:Forbidden.ProhibitedByRiskControl': {
    meaning: text(
      'Alibaba Cloud\'s risk control has blocked KMS calls from this account.',
      'Alibaba Cloud のリスク管理により、このアカウントからの KMS 呼び出しがブロックされています。',
      '阿里云风控已禁止该账号调用 KMS。',
    ),
    fix: text(
      'Check the account\'s security notifications and contact Alibaba Cloud support to lift the restriction; retrying does not help.',
      'アカウントのセキュリティ通知を確認し、制限の解除について Alibaba Cloud サポートに問い合わせてください。再試行では解決しません。',
      '请查看账号的安全通知，并联系阿里云技术支持解除限制；重试无法解决。',
    ),
  },
  'openapi:Forbidden.RamRoleNotFound': {
    meaning: text(
      'The service-linked RAM role that KMS needs to connect the instance to your VPC does not exist yet. Known from the Terraform provider, which retries ConnectKmsInstance on it; no message or status is documented.',
      'KMS がインスタンスを VPC に接続するために必要なサービスリンクロール (RAM ロール) がまだ存在しません。ConnectKmsInstance でこれを再試行する Terraform プロバイダーから知られたコードで、メッセージとステータスは未記載です。',
      'KMS 将实例接入 VPC 所需的服务关联角色（RAM 角色）尚不存在。该错误码来自会对 ConnectKmsInstance 自动重试的 Terraform Provider，文档未给出消息和状态码。',
    ),
    fix: text(
      'Create the KMS service-linked role (or let the console create it when you enable an instance), wait a moment for it to propagate, and retry.',
      'KMS のサービスリンクロールを作成 (またはコンソールでインスタンスを有効化する際に作成) し、反映を少し待ってから再試行してください。',
      '请创建 KMS 服务关联角色（或在控制台启用实例时由控制台创建），稍候生效后重试。',
    ),
  },
  'openapi:Forbidden.UbsmsInvalidBid': {
    meaning: text(
      'The account was opened through a reseller (partner) that does not offer KMS.',
      'アカウントは KMS を提供していない販売パートナー経由で開設されています。',
      '该账号通过未提供 KMS 的合作伙伴（分销商）开通。',
    ),
    fix: text(
      'Ask your Alibaba Cloud partner to enable KMS for the account, or use an account that can buy KMS directly.',
      'アカウントで KMS を利用できるよう Alibaba Cloud パートナーに依頼するか、KMS を直接購入できるアカウントを使用してください。',
      '请联系您的阿里云合作伙伴为该账号开通 KMS，或使用可以直接购买 KMS 的账号。',
    ),
  },
  'openapi:Forbidden.UbsmsInvalidUserid': {
    meaning: text(
      'The billing system does not recognize the calling account as a KMS customer.',
      '課金システムが、呼び出し元アカウントを KMS の利用者として認識していません。',
      '计费系统无法将调用方账号识别为 KMS 用户。',
    ),
    fix: text(
      'Check that KMS is activated for this account (DescribeAccountKmsStatus) and that the AccessKey belongs to it; otherwise contact support.',
      'このアカウントで KMS が有効化されていること (DescribeAccountKmsStatus) と、AccessKey がこのアカウントのものであることを確認してください。それでも解決しない場合はサポートに問い合わせてください。',
      '请确认该账号已开通 KMS（DescribeAccountKmsStatus），且 AccessKey 属于该账号；否则请联系技术支持。',
    ),
  },
  'openapi:InvalidAccessKeyId.NotFound': {
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
  },
} satisfies Explanations;
