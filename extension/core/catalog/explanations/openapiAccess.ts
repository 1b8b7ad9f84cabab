import type { Explanations } from '../explanationTypes';
import { text } from '../localized';

/** Shared-gateway errors about the caller: AccessKey, permissions, and the account's KMS service (activation, billing, risk control). */
export const OPENAPI_ACCESS = {
  'openapi:CreateLXOrderFailed': {
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
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
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
  },
  'openapi:Forbidden.InDebtOverdue': {
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
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
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
  },
  'openapi:Forbidden.Opened': {
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
  },
  'openapi:Forbidden.ProhibitedByRiskControl': {
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
  },
  'openapi:Forbidden.RamRoleNotFound': {
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
  },
  'openapi:Forbidden.UbsmsInvalidBid': {
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
  },
  'openapi:Forbidden.UbsmsInvalidUserid': {
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
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
