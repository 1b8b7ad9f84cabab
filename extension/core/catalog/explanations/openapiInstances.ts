import type { Explanations } from '../explanationTypes';
import { text } from '../localized';

/** Shared-gateway errors about KMS instances as resources: not found, in a state that refuses the call, out of shared quota. */
export const OPENAPI_INSTANCES = {
  'openapi:Forbidden.DKMSInstanceNotFound': {
    meaning: text(
      'The KMS instance ID given does not exist in this region or account.',
      '指定された KMS インスタンス ID は、このリージョンまたはアカウントに存在しません。',
      '指定的 KMS 实例 ID 在该地域或账号下不存在。',
    ),
    fix: text(
      'Check the instance ID (kst-...) and the region of the endpoint.',
      'インスタンス ID (kst-...) とエンドポイントのリージョンを確認してください。',
      '请检查实例 ID（kst-...）和端点所在地域。',
    ),
  },
  'openapi:Forbidden.DKMSInstanceStateInvalid': {
    meaning: text(
      'The KMS instance that holds the key or secret is not in a usable state (not yet enabled, being created, expired or released).',
      'キーまたはシークレットを保持する KMS インスタンスが使用できる状態にありません (未有効化、作成中、期限切れ、解放済みなど)。',
      '持有该密钥或凭据的 KMS 实例不处于可用状态（尚未启用、创建中、已过期或已释放）。',
    ),
    fix: text(
      'Check the instance\'s status in the KMS console; enable or renew it, or wait until it is running, then retry.',
      'KMS コンソールでインスタンスの状態を確認し、有効化や更新を行うか、実行中になるまで待ってから再試行してください。',
      '请在 KMS 控制台检查实例状态；启用或续费实例，或等待其运行后重试。',
    ),
  },
  'openapi:Forbidden.KMSInstanceInUpgrade': {
    meaning: text(
      'The KMS instance is being upgraded and does not accept configuration changes meanwhile. Known from the Terraform provider, which retries it; no message or status is documented.',
      'KMS インスタンスはアップグレード中で、その間は設定変更を受け付けません。再試行する Terraform プロバイダーから知られたコードで、メッセージとステータスは未記載です。',
      'KMS 实例正在升级，期间不接受配置变更。该错误码来自会自动重试它的 Terraform Provider，文档未给出消息和状态码。',
    ),
    fix: text(
      'Wait for the upgrade to finish (the instance\'s status in the console), then retry the change.',
      'アップグレードの完了 (コンソールのインスタンス状態) を待ってから、変更を再試行してください。',
      '请等待升级完成（见控制台中的实例状态）后重试变更。',
    ),
  },
  'openapi:Rejected.ShareQuotaExceedLimit': {
    meaning: text(
      'The KMS instance has no key or secret quota left to share with this account (the quota counts keys and secrets, and their policies where shared).',
      'KMS インスタンスに、このアカウントと共有できるキーまたはシークレットのクォータが残っていません (共有時はキー、シークレットとそのポリシーが数えられます)。',
      'KMS 实例已没有可共享给该账号的密钥或凭据配额（共享时按密钥、凭据及其策略计数）。',
    ),
    fix: text(
      'Free quota on the instance by deleting unused keys or secrets, or upgrade the instance\'s key and secret quota.',
      '不要なキーやシークレットを削除してインスタンスのクォータを空けるか、インスタンスのキー数・シークレット数の上限を引き上げてください。',
      '请删除不用的密钥或凭据以释放实例配额，或升级实例的密钥和凭据配额。',
    ),
  },
  'openapi:Rejected.Uninitialized': {
    meaning: text(
      'The resource (a KMS instance being created) is not initialized yet, so its tags cannot be read. Known from the Terraform provider, which tolerates it on ListTagResources; no message or status is documented.',
      'リソース (作成中の KMS インスタンス) はまだ初期化されていないため、タグを読み取れません。ListTagResources でこれを許容する Terraform プロバイダーから知られたコードで、メッセージとステータスは未記載です。',
      '资源（正在创建的 KMS 实例）尚未完成初始化，无法读取其标签。该错误码来自在 ListTagResources 中容忍它的 Terraform Provider，文档未给出消息和状态码。',
    ),
    fix: text(
      'Wait until the instance is enabled and running, then list its tags again.',
      'インスタンスが有効化されて実行中になるまで待ってから、再度タグを一覧表示してください。',
      '请等待实例启用并运行后再查询其标签。',
    ),
  },
} satisfies Explanations;
