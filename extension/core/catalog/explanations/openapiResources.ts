import type { Explanations } from '../explanationTypes';
import { text } from '../localized';

/** Shared-gateway errors about secrets, certificates and other resources: not found, already there, being deleted, in use, over quota. */
export const OPENAPI_RESOURCES = {
  'openapi:Certificate.NotFound': {
    meaning: text(
      'No certificate with this ID exists in this region, or it has been deleted.',
      'この ID の証明書はこのリージョンに存在しないか、削除されています。',
      '本地域不存在该 ID 的证书，或证书已被删除。',
    ),
    fix: text(
      'Check the CertificateId and the region of the endpoint; list the certificates the account has before calling.',
      'CertificateId とエンドポイントのリージョンを確認してください。呼び出す前にアカウントの証明書を一覧で確認できます。',
      '请检查 CertificateId 和端点所在地域；可先列出账号下的证书再调用。',
    ),
  },
  'openapi:Forbidden.ResourceNotFound': {
    meaning: text(
      'The secret or other resource named does not exist.',
      '指定されたシークレットなどのリソースは存在しません。',
      '指定的凭据或其他资源不存在。',
    ),
    fix: text(
      'Check the secret name and the region.',
      'シークレット名とリージョンを確認してください。',
      '请检查凭据名称和地域。',
    ),
    byMessage: {
      'Policy not found.': {
        meaning: text(
          'The key or secret has no policy of the name asked for: key and secret policies are all named default.',
          'キーまたはシークレットに、指定された名前のポリシーがありません。キーポリシーとシークレットポリシーの名前はすべて default です。',
          '该密钥或凭据没有所请求名称的策略：密钥策略和凭据策略的名称都是 default。',
        ),
        fix: text(
          'Pass PolicyName=default to GetKeyPolicy, SetKeyPolicy, GetSecretPolicy or SetSecretPolicy.',
          'GetKeyPolicy、SetKeyPolicy、GetSecretPolicy、SetSecretPolicy には PolicyName=default を指定してください。',
          '调用 GetKeyPolicy、SetKeyPolicy、GetSecretPolicy 或 SetSecretPolicy 时请传入 PolicyName=default。',
        ),
      },
    },
  },
  'openapi:InvalidResourceId.NotFound': {
    meaning: text(
      'A resource to tag or untag does not exist: a key ID, secret name or certificate ID in ResourceIds is unknown in this region.',
      'タグ付けまたはタグ解除の対象リソースが存在しません。ResourceIds のキー ID、シークレット名、証明書 ID のいずれかがこのリージョンにありません。',
      '要添加或删除标签的资源不存在：ResourceIds 中的某个密钥 ID、凭据名称或证书 ID 在本地域中找不到。',
    ),
    fix: text(
      'Check each ID in ResourceIds, that ResourceType matches them (key, secret or certificate), and that the endpoint is in their region.',
      'ResourceIds の各 ID、ResourceType がそれらに合っていること (key、secret、certificate)、エンドポイントがそのリージョンであることを確認してください。',
      '请检查 ResourceIds 中的每个 ID、ResourceType 是否与其匹配（key、secret 或 certificate），以及端点是否位于其所在地域。',
    ),
  },
  'openapi:Rejected.LimitExceeded': {
    meaning: text(
      'The account has reached its quota of keys or secrets.',
      'アカウントのキーまたはシークレットの上限に達しています。',
      '账号的密钥或凭据数量已达上限。',
    ),
    fix: text(
      'Delete keys or secrets you no longer need, or ask for a higher quota.',
      '不要になったキーやシークレットを削除するか、上限の引き上げを申請してください。',
      '请删除不再需要的密钥或凭据，或申请提高配额。',
    ),
  },
  'openapi:Rejected.ResourceExist': {
    meaning: text(
      'A resource (for example a secret) with this name already exists.',
      '同じ名前のリソース (シークレットなど) が既に存在します。',
      '同名资源（例如凭据）已存在。',
    ),
    fix: text(
      'Choose another name, or update the existing resource instead of creating it.',
      '別の名前を使うか、作成ではなく既存リソースを更新してください。',
      '请换一个名称，或改为更新已有资源。',
    ),
  },
  'openapi:Rejected.ResourceInDeleteWindow': {
    meaning: text(
      'The secret is scheduled for deletion and cannot be used or recreated yet.',
      'シークレットは削除予定で、まだ使用も再作成もできません。',
      '该凭据已计划删除，暂时无法使用或重新创建。',
    ),
    fix: text(
      'Restore the secret (RestoreSecret), or wait until the deletion window ends.',
      'シークレットを復元 (RestoreSecret) するか、削除待機期間が終わるまで待ってください。',
      '请恢复凭据（RestoreSecret），或等待删除窗口期结束。',
    ),
  },
  'openapi:Rejected.ResourceInUse': {
    meaning: text(
      'RestoreSecret was called on a secret that is not scheduled for deletion: there is nothing to restore.',
      '削除予定ではないシークレットに RestoreSecret が呼び出されました。復元するものはありません。',
      '对未处于计划删除状态的凭据调用了 RestoreSecret：没有可恢复的内容。',
    ),
    fix: text(
      'Call RestoreSecret only for a secret in its deletion window (DescribeSecret shows PlannedDeleteTime); otherwise treat the secret as already usable.',
      'RestoreSecret は削除待ち期間中のシークレット (DescribeSecret に PlannedDeleteTime がある) に対してのみ呼び出してください。それ以外のシークレットはすでに使用可能です。',
      '请只对处于删除等待期的凭据（DescribeSecret 返回 PlannedDeleteTime）调用 RestoreSecret；其他凭据本身已可正常使用。',
    ),
  },
} satisfies Explanations;
