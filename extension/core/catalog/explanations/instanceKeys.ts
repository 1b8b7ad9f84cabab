import { DOC_URLS } from '../docUrls';
import type { Explanations } from '../explanationTypes';
import { text } from '../localized';

/** KMS instance API errors about keys, client keys and permissions (HTTP 403, 404, 409). */
export const INSTANCE_KEYS = {
  'instance:Forbidden.KeyNotFound': {
    meaning: text(
      'No key with this ID or alias exists on the KMS instance you called.',
      '呼び出した KMS インスタンスに、この ID またはエイリアスのキーは存在しません。',
      '所调用的 KMS 实例上不存在该 ID 或别名对应的密钥。',
    ),
    fix: text(
      'Check the key ID or alias (aliases start with "alias/"), and that the endpoint is the instance that holds the key: keys of one instance are not visible from another.',
      'キー ID またはエイリアス (エイリアスは "alias/" で始まる) を確認し、エンドポイントがそのキーを持つインスタンスであることを確認してください。別のインスタンスのキーは参照できません。',
      '请检查密钥 ID 或别名（别名以 "alias/" 开头），并确认端点是持有该密钥的实例：一个实例无法访问另一个实例的密钥。',
    ),
  },
  'instance:Forbidden.NoPermission': {
    meaning: text(
      'The application access point (AAP) behind your client key has no policy allowing this operation on this key or secret.',
      'クライアントキーに対応するアプリケーションアクセスポイント (AAP) に、このキーまたはシークレットに対するこの操作を許可するポリシーがありません。',
      '客户端密钥对应的应用接入点（AAP）没有允许对该密钥或凭据执行此操作的权限策略。',
    ),
    fix: text(
      'Add the key or secret (and the operation) to a permission policy of the AAP. For GetSecretValue the AAP also needs permission to decrypt with the key that protects the secret.',
      'AAP の権限ポリシーに、対象のキーまたはシークレットと操作を追加してください。GetSecretValue では、シークレットを保護するキーで復号する権限も必要です。',
      '请在 AAP 的权限策略中加入该密钥或凭据及相应操作。调用 GetSecretValue 时，AAP 还需要使用保护该凭据的密钥进行解密的权限。',
    ),
  },
  'instance:Forbidden.OnlySymmetricKeySupported': {
    meaning: text(
      'This operation works only with symmetric keys, and the key given is asymmetric.',
      'この操作は対称キーでのみ使用でき、指定されたキーは非対称キーです。',
      '该操作只支持对称密钥，而指定的密钥是非对称密钥。',
    ),
    fix: text(
      'Call it with a symmetric key (for example an AES key). To encrypt with an asymmetric key, use Encrypt instead.',
      '対称キー (AES キーなど) を指定してください。非対称キーで暗号化する場合は Encrypt を使用してください。',
      '请使用对称密钥（例如 AES 密钥）调用。如需使用非对称密钥加密，请改用 Encrypt。',
    ),
    docUrl: DOC_URLS.advanceEncrypt,
  },
  'instance:Rejected.Disabled': {
    meaning: text(
      'The key is disabled, and a disabled key cannot be used.',
      'キーは無効化されており、無効なキーは使用できません。',
      '密钥已被禁用，禁用的密钥无法使用。',
    ),
    fix: text(
      'Enable the key in the KMS console (or with EnableKey) if it should be in use, then retry.',
      '使用すべきキーであれば、KMS コンソール (または EnableKey) で有効化してから再試行してください。',
      '如果该密钥应当可用，请在 KMS 控制台（或通过 EnableKey）启用后重试。',
    ),
  },
  'instance:Rejected.PendingDeletion': {
    meaning: text(
      'The key is scheduled for deletion, and a key in that state cannot be used.',
      'キーは削除が予定されている状態で、この状態のキーは使用できません。',
      '密钥处于计划删除状态，该状态下的密钥无法使用。',
    ),
    fix: text(
      'If the key is still needed, cancel its deletion in the KMS console (or with CancelKeyDeletion), then retry.',
      'キーがまだ必要であれば、KMS コンソール (または CancelKeyDeletion) で削除をキャンセルしてから再試行してください。',
      '如果仍需要该密钥，请在 KMS 控制台（或通过 CancelKeyDeletion）取消删除后重试。',
    ),
  },
  'instance:Rejected.PendingImport': {
    meaning: text(
      'The key was created for bring-your-own-key material, and the material has not been imported yet.',
      'このキーは外部キーマテリアル用に作成されましたが、キーマテリアルがまだインポートされていません。',
      '该密钥用于自带密钥材料（BYOK），但尚未导入密钥材料。',
    ),
    fix: text(
      'Import the key material (GetParametersForImport, then ImportKeyMaterial), then retry.',
      'キーマテリアルをインポート (GetParametersForImport の後に ImportKeyMaterial) してから再試行してください。',
      '请先导入密钥材料（先调用 GetParametersForImport，再调用 ImportKeyMaterial），然后重试。',
    ),
  },
  'instance:Unauthorized': {
    meaning: text(
      'The instance does not know the AccessKey ID sent: the KeyId of your client key is not registered with this instance\'s application access points.',
      'インスタンスは送信された AccessKey ID を認識していません。クライアントキーの KeyId がこのインスタンスのアプリケーションアクセスポイントに登録されていません。',
      '实例无法识别所发送的 AccessKey ID：客户端密钥的 KeyId 未在该实例的应用接入点中注册。',
    ),
    fix: text(
      'Use a client key created for an AAP of this instance, and check that it has not been deleted. Wrapper SDKs report this error as InvalidAccessKeyId.NotFound.',
      'このインスタンスの AAP 用に作成したクライアントキーを使用し、削除されていないことを確認してください。ラッパー SDK はこのエラーを InvalidAccessKeyId.NotFound として報告します。',
      '请使用为该实例的 AAP 创建的客户端密钥，并确认其未被删除。封装 SDK 会将此错误报告为 InvalidAccessKeyId.NotFound。',
    ),
  },
} satisfies Explanations;
