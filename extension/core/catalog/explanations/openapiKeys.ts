import type { Explanations } from '../explanationTypes';
import { text } from '../localized';

/** Shared-gateway errors about keys: not found, state, aliases, key policies, imported key material. */
export const OPENAPI_KEYS = {
  'openapi:AliasAlreadyExists': {
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
  },
  'openapi:ExpiredImportToken': {
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
  },
  'openapi:Forbidden.AliasNotFound': {
    meaning: text(
      'No alias with this name exists in this region.',
      'このリージョンにこの名前のエイリアスは存在しません。',
      '该地域下不存在此名称的别名。',
    ),
    fix: text(
      'Check the alias (it starts with "alias/") and the region.',
      'エイリアス ("alias/" で始まる) とリージョンを確認してください。',
      '请检查别名（以 "alias/" 开头）和地域。',
    ),
  },
  'openapi:Forbidden.KeyNotFound': {
    meaning: text(
      'No key with this ID exists in this region for this account.',
      'このアカウントのこのリージョンに、この ID のキーは存在しません。',
      '该账号在该地域下不存在此 ID 的密钥。',
    ),
    fix: text(
      'Check the key ID and the region of the endpoint.',
      'キー ID とエンドポイントのリージョンを確認してください。',
      '请检查密钥 ID 和端点所在地域。',
    ),
  },
  'openapi:Forbidden.KeyPolicyUnSupported': {
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
  },
  'openapi:Forbidden.KeyVersionNotFound': {
    meaning: text(
      'The key has no version with this ID.',
      'キーにこの ID のバージョンはありません。',
      '该密钥不存在此 ID 的版本。',
    ),
    fix: text(
      'List the key\'s versions (ListKeyVersions) and use an existing version ID.',
      'キーのバージョン一覧 (ListKeyVersions) を確認し、存在するバージョン ID を指定してください。',
      '请列出密钥版本（ListKeyVersions），并使用存在的版本 ID。',
    ),
  },
  'openapi:InvalidImportToken': {
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
  },
  'openapi:InvalidKeyMaterial': {
    meaning: text('TODO', 'TODO', 'TODO'),
    fix: text('TODO', 'TODO', 'TODO'),
  },
  'openapi:Rejected.Disabled': {
    meaning: text(
      'The key is disabled.',
      'キーは無効化されています。',
      '密钥已被禁用。',
    ),
    fix: text(
      'Enable the key (EnableKey) if it should be in use.',
      '使用すべきキーであれば有効化 (EnableKey) してください。',
      '如果该密钥应当可用，请启用（EnableKey）。',
    ),
  },
  'openapi:Rejected.PendingDeletion': {
    meaning: text(
      'The key is scheduled for deletion.',
      'キーは削除予定です。',
      '密钥已计划删除。',
    ),
    fix: text(
      'Cancel the deletion (CancelKeyDeletion) if the key is still needed.',
      'キーがまだ必要なら削除をキャンセル (CancelKeyDeletion) してください。',
      '如仍需要该密钥，请取消删除（CancelKeyDeletion）。',
    ),
  },
  'openapi:Rejected.PendingImport': {
    meaning: text(
      'The key is waiting for its imported key material.',
      'キーはキーマテリアルのインポート待ちです。',
      '密钥正在等待导入密钥材料。',
    ),
    fix: text(
      'Import the key material (GetParametersForImport, ImportKeyMaterial).',
      'キーマテリアルをインポート (GetParametersForImport、ImportKeyMaterial) してください。',
      '请导入密钥材料（GetParametersForImport、ImportKeyMaterial）。',
    ),
  },
  'openapi:Rejected.StateModifiedFailed': {
    meaning: text(
      'The key\'s state could not be changed.',
      'キーの状態を変更できませんでした。',
      '无法更改密钥状态。',
    ),
    fix: text(
      'Check that the state change is allowed from the key\'s current state, then retry.',
      'キーの現在の状態からその状態変更が可能か確認してから再試行してください。',
      '请确认密钥当前状态允许该状态变更，然后重试。',
    ),
  },
  'openapi:Rejected.Unavailable': {
    meaning: text(
      'The key is unavailable, for example because its imported material expired or was deleted.',
      'キーは使用できない状態です (インポートしたキーマテリアルの期限切れや削除など)。',
      '密钥处于不可用状态，例如导入的密钥材料已过期或被删除。',
    ),
    fix: text(
      'Re-import the key material, or use another key.',
      'キーマテリアルを再インポートするか、別のキーを使用してください。',
      '请重新导入密钥材料，或使用其他密钥。',
    ),
  },
} satisfies Explanations;
