import { text } from './localized';
import { openapiEntry } from './openapiEntry';
import type { CatalogEntry } from './types';

/**
 * Shared-gateway (OpenAPI 2016-01-20) errors about keys, aliases, secrets and their states
 * (HTTP 404 and 409), plus service-side errors (429, 500, 503).
 */
export const OPENAPI_RESOURCE_ERRORS: readonly CatalogEntry[] = [
  openapiEntry({
    code: 'Forbidden.KeyNotFound',
    httpStatus: 404,
    messages: ['The specified Key is not found.'],
    meaning: text('No key with this ID exists in this region for this account.', 'このアカウントのこのリージョンに、この ID のキーは存在しません。', '该账号在该地域下不存在此 ID 的密钥。'),
    fix: text('Check the key ID and the region of the endpoint.', 'キー ID とエンドポイントのリージョンを確認してください。', '请检查密钥 ID 和端点所在地域。'),
  }),
  openapiEntry({
    code: 'Forbidden.KeyVersionNotFound',
    httpStatus: 404,
    messages: ['The specified Key version is not found.'],
    meaning: text('The key has no version with this ID.', 'キーにこの ID のバージョンはありません。', '该密钥不存在此 ID 的版本。'),
    fix: text('List the key\'s versions (ListKeyVersions) and use an existing version ID.', 'キーのバージョン一覧 (ListKeyVersions) を確認し、存在するバージョン ID を指定してください。', '请列出密钥版本（ListKeyVersions），并使用存在的版本 ID。'),
  }),
  openapiEntry({
    code: 'Forbidden.AliasNotFound',
    httpStatus: 404,
    messages: ['The specified Alias is not found.'],
    meaning: text('No alias with this name exists in this region.', 'このリージョンにこの名前のエイリアスは存在しません。', '该地域下不存在此名称的别名。'),
    fix: text('Check the alias (it starts with "alias/") and the region.', 'エイリアス ("alias/" で始まる) とリージョンを確認してください。', '请检查别名（以 "alias/" 开头）和地域。'),
  }),
  openapiEntry({
    code: 'Forbidden.ResourceNotFound',
    httpStatus: 404,
    messages: ['The resource is not found.'],
    meaning: text('The secret or other resource named does not exist.', '指定されたシークレットなどのリソースは存在しません。', '指定的凭据或其他资源不存在。'),
    fix: text('Check the secret name and the region.', 'シークレット名とリージョンを確認してください。', '请检查凭据名称和地域。'),
  }),
  openapiEntry({
    code: 'Rejected.ResourceExist',
    httpStatus: 409,
    messages: ['The resource already exists.'],
    meaning: text('A resource (for example a secret) with this name already exists.', '同じ名前のリソース (シークレットなど) が既に存在します。', '同名资源（例如凭据）已存在。'),
    fix: text('Choose another name, or update the existing resource instead of creating it.', '別の名前を使うか、作成ではなく既存リソースを更新してください。', '请换一个名称，或改为更新已有资源。'),
  }),
  openapiEntry({
    code: 'Rejected.ResourceInDeleteWindow',
    httpStatus: 409,
    messages: ['The secret is planned to be deleted.'],
    meaning: text('The secret is scheduled for deletion and cannot be used or recreated yet.', 'シークレットは削除予定で、まだ使用も再作成もできません。', '该凭据已计划删除，暂时无法使用或重新创建。'),
    fix: text('Restore the secret (RestoreSecret), or wait until the deletion window ends.', 'シークレットを復元 (RestoreSecret) するか、削除待機期間が終わるまで待ってください。', '请恢复凭据（RestoreSecret），或等待删除窗口期结束。'),
  }),
  openapiEntry({
    code: 'Rejected.StateModifiedFailed',
    httpStatus: 409,
    messages: ['Keystate modified failed.'],
    meaning: text('The key\'s state could not be changed.', 'キーの状態を変更できませんでした。', '无法更改密钥状态。'),
    fix: text('Check that the state change is allowed from the key\'s current state, then retry.', 'キーの現在の状態からその状態変更が可能か確認してから再試行してください。', '请确认密钥当前状态允许该状态变更，然后重试。'),
  }),
  openapiEntry({
    code: 'Rejected.Disabled',
    httpStatus: 409,
    messages: ['The request was rejected because the key state is Disabled.'],
    meaning: text('The key is disabled.', 'キーは無効化されています。', '密钥已被禁用。'),
    fix: text('Enable the key (EnableKey) if it should be in use.', '使用すべきキーであれば有効化 (EnableKey) してください。', '如果该密钥应当可用，请启用（EnableKey）。'),
  }),
  openapiEntry({
    code: 'Rejected.PendingDeletion',
    httpStatus: 409,
    messages: ['The request was rejected because the key state is PendingDeletion.'],
    meaning: text('The key is scheduled for deletion.', 'キーは削除予定です。', '密钥已计划删除。'),
    fix: text('Cancel the deletion (CancelKeyDeletion) if the key is still needed.', 'キーがまだ必要なら削除をキャンセル (CancelKeyDeletion) してください。', '如仍需要该密钥，请取消删除（CancelKeyDeletion）。'),
  }),
  openapiEntry({
    code: 'Rejected.PendingImport',
    httpStatus: 409,
    messages: ['The request was rejected because the key state is PendingImport.'],
    meaning: text('The key is waiting for its imported key material.', 'キーはキーマテリアルのインポート待ちです。', '密钥正在等待导入密钥材料。'),
    fix: text('Import the key material (GetParametersForImport, ImportKeyMaterial).', 'キーマテリアルをインポート (GetParametersForImport、ImportKeyMaterial) してください。', '请导入密钥材料（GetParametersForImport、ImportKeyMaterial）。'),
  }),
  openapiEntry({
    code: 'Rejected.Unavailable',
    httpStatus: 409,
    messages: ['The request was rejected because the key state is Unavailable.'],
    operations: ['Decrypt'],
    meaning: text('The key is unavailable, for example because its imported material expired or was deleted.', 'キーは使用できない状態です (インポートしたキーマテリアルの期限切れや削除など)。', '密钥处于不可用状态，例如导入的密钥材料已过期或被删除。'),
    fix: text('Re-import the key material, or use another key.', 'キーマテリアルを再インポートするか、別のキーを使用してください。', '请重新导入密钥材料，或使用其他密钥。'),
  }),
  openapiEntry({
    code: 'Rejected.Throttling',
    httpStatus: 429,
    messages: ['The QPS upper limit is exceeded.', ['QPS Limit Exceeded', 'sdk', 'transfer SDKs']],
    meaning: text('Requests exceed the queries-per-second limit.', 'リクエストが 1 秒あたりのクエリ数の上限を超えています。', '请求超出了每秒查询数（QPS）上限。'),
    fix: text('Retry with backoff and spread requests over time; cache data keys and secret values where you can.', 'バックオフ付きで再試行し、リクエストを分散してください。可能ならデータキーやシークレット値をキャッシュしてください。', '请使用退避策略重试并分散请求；尽可能缓存数据密钥和凭据值。'),
  }),
  openapiEntry({
    code: 'InternalFailure',
    httpStatus: 500,
    messages: ['Internal Failure.', 'An internal error occurred.', ['Internal Failure', 'sdk', 'transfer SDKs']],
    meaning: text('KMS hit an internal error.', 'KMS で内部エラーが発生しました。', 'KMS 发生内部错误。'),
    fix: text('Retry; if it persists, contact Alibaba Cloud support with the RequestId.', '再試行し、解消しない場合は RequestId を添えて Alibaba Cloud サポートに問い合わせてください。', '请重试；如问题依旧，请携带 RequestId 联系阿里云技术支持。'),
  }),
  openapiEntry({
    code: 'ServiceUnavailableTemporary',
    httpStatus: 503,
    messages: ['Service Unavailable Temporary.'],
    // The English docs and the OpenAPI metadata misspell the code; both spellings reach logs.
    aliases: ['SerivceUnavailableTemporary', 'SerivceUnvailableTemporary'],
    meaning: text('KMS is temporarily unavailable.', 'KMS は一時的に利用できません。', 'KMS 暂时不可用。'),
    fix: text('Retry after a short wait with backoff.', 'しばらく待ってからバックオフ付きで再試行してください。', '请稍候并使用退避策略重试。'),
  }),
];
