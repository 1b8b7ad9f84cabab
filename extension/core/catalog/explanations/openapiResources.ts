import type { Explanations } from '../explanationTypes';
import { text } from '../localized';

/** Shared-gateway errors about secrets, certificates and other resources: not found, already there, being deleted, in use, over quota. */
export const OPENAPI_RESOURCES = {
  'openapi:Certificate.NotFound': {
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
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
  },
  'openapi:InvalidResourceId.NotFound': {
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
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
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
  },
} satisfies Explanations;
