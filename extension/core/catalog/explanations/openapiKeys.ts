import type { Explanations } from '../explanationTypes';
import { text } from '../localized';

/** Shared-gateway errors about keys: not found, state, aliases, key policies, imported key material. */
export const OPENAPI_KEYS = {
  'openapi:AliasAlreadyExists': {
    meaning: text(
      'The alias name is already taken by another key in this region.',
      'このエイリアス名は、このリージョンの別のキーですでに使用されています。',
      '该别名已被本地域的另一个密钥使用。',
    ),
    fix: text(
      'Choose another alias name, or move the existing alias with UpdateAlias (or delete it with DeleteAlias) first.',
      '別のエイリアス名を選ぶか、先に UpdateAlias で既存のエイリアスを付け替えて (または DeleteAlias で削除して) ください。',
      '请换一个别名，或先通过 UpdateAlias 改绑（或通过 DeleteAlias 删除）已有别名。',
    ),
  },
  'openapi:ExpiredImportToken': {
    meaning: text(
      'The import token used for ImportKeyMaterial has expired: a token from GetParametersForImport is valid for 24 hours only.',
      'ImportKeyMaterial に使用したインポートトークンの有効期限が切れています。GetParametersForImport のトークンは 24 時間のみ有効です。',
      'ImportKeyMaterial 使用的导入令牌已过期：GetParametersForImport 返回的令牌只在 24 小时内有效。',
    ),
    fix: text(
      'Call GetParametersForImport again, wrap the key material with the new public key, and import it with the new token.',
      'GetParametersForImport を再度呼び出し、新しい公開鍵でキーマテリアルをラップして、新しいトークンでインポートしてください。',
      '请重新调用 GetParametersForImport，用新的公钥加密密钥材料，并使用新令牌导入。',
    ),
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
    meaning: text(
      'Key and secret policies exist only for keys and secrets of a KMS instance; this key or secret is not in one (a default key, for example).',
      'キーポリシーとシークレットポリシーは KMS インスタンスのキーとシークレットにのみ存在します。このキーまたはシークレットはインスタンスに属していません (デフォルトキーなど)。',
      '密钥策略和凭据策略只适用于 KMS 实例中的密钥和凭据；该密钥或凭据不属于任何实例（例如默认密钥）。',
    ),
    fix: text(
      'Call the policy operations only for keys and secrets of a KMS instance, and control access to the others with RAM policies.',
      'ポリシー操作は KMS インスタンスのキーとシークレットに対してのみ呼び出し、それ以外へのアクセスは RAM ポリシーで制御してください。',
      '请只对 KMS 实例中的密钥和凭据调用策略相关操作，其他资源的访问请通过 RAM 策略控制。',
    ),
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
    meaning: text(
      'The import token does not belong to this key or was not issued by GetParametersForImport for it.',
      'インポートトークンがこのキーのものではないか、このキーに対して GetParametersForImport が発行したものではありません。',
      '导入令牌不属于该密钥，或不是 GetParametersForImport 为该密钥签发的。',
    ),
    fix: text(
      'Call GetParametersForImport for the same KeyId and pass its ImportToken unchanged, together with material wrapped by the public key of the same answer.',
      '同じ KeyId で GetParametersForImport を呼び出し、その ImportToken をそのまま渡してください。キーマテリアルは同じ応答の公開鍵でラップしたものを使用してください。',
      '请对同一个 KeyId 调用 GetParametersForImport，原样传入其 ImportToken，并使用同一次响应中的公钥加密密钥材料。',
    ),
  },
  'openapi:InvalidKeyMaterial': {
    meaning: text(
      'The imported key material cannot be read: it was not wrapped with the import public key and wrapping algorithm, or its length does not fit the key spec.',
      'インポートしたキーマテリアルを読み取れません。インポート用公開鍵とラッピングアルゴリズムでラップされていないか、長さがキー仕様に合っていません。',
      '导入的密钥材料无法解析：未使用导入公钥和加密算法进行加密，或其长度与密钥规格不符。',
    ),
    fix: text(
      'Wrap the raw material (32 bytes for an AES-256 key) with the public key and algorithm you chose in GetParametersForImport, base64-encode it, and import it with that call\'s token. Importing into a key that already had material needs the same material.',
      '生のキーマテリアル (AES-256 キーなら 32 バイト) を GetParametersForImport で選んだ公開鍵とアルゴリズムでラップし、Base64 エンコードして、その呼び出しのトークンでインポートしてください。すでにマテリアルがあったキーには同じマテリアルしかインポートできません。',
      '请使用在 GetParametersForImport 中选择的公钥和算法加密原始密钥材料（AES-256 密钥为 32 字节），进行 Base64 编码，并使用该次调用返回的令牌导入。对曾导入过材料的密钥只能重新导入相同的材料。',
    ),
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
