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
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
  },
  'openapi:Forbidden.KMSInstanceInUpgrade': {
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
  },
  'openapi:Rejected.ShareQuotaExceedLimit': {
    meaning: text(
      'The KMS instance has no key quota left to share with this account.',
      'KMS インスタンスに、このアカウントと共有できるキーのクォータが残っていません。',
      'KMS 实例已没有可共享给该账号的密钥配额。',
    ),
    fix: text(
      'Free quota on the instance by deleting unused keys, or upgrade the instance\'s key quota.',
      '不要なキーを削除してインスタンスのクォータを空けるか、インスタンスのキー数上限を引き上げてください。',
      '请删除不用的密钥以释放实例配额，或升级实例的密钥配额。',
    ),
  },
  'openapi:Rejected.Uninitialized': {
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
  },
} satisfies Explanations;
