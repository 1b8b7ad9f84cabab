// Writes a large synthetic application log for the scan benchmarks: ordinary lines (some with
// words that look like anchors: OrderService, Invalidated, ...) and, about one line in 50, a KMS
// error in one of the SDK formats of the reference. Deterministic for a given seed.
//
//   npx tsx bench/generateLog.ts [OUT] [MEGABYTES]   (default: $TMPDIR/kms-bench/app-100mb.log, 100)
import { createWriteStream, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same file. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = rng(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const hex = (n: number): string => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(rand() * 16)]).join('');
const uuid = (): string => `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`;

let clock = Date.UTC(2024, 4, 1);
const ts = (): string => new Date((clock += Math.floor(rand() * 40))).toISOString();

const NOISE: readonly (() => string)[] = [
  () => `${ts()} INFO  [http-nio-8080-exec-${Math.floor(rand() * 20)}] c.e.orders.OrderService - order ${Math.floor(rand() * 1e6)} created in ${Math.floor(rand() * 90)} ms`,
  () => `${ts()} DEBUG [main] c.e.web.AccessLog - GET /api/v1/items?page=${Math.floor(rand() * 50)} 200 ${Math.floor(rand() * 40)}ms`,
  () => `${ts()} WARN  [pool-2-thread-1] c.e.db.ConnectionPool - retrying connection to db-${Math.floor(rand() * 4)} (attempt ${Math.floor(rand() * 3) + 1})`,
  () => `${ts()} INFO  [scheduler] c.e.cache.CacheManager - entry user:${Math.floor(rand() * 1e5)} invalidated after TTL`,
  () => `level=info ts=${ts()} caller=worker.go:${Math.floor(rand() * 300)} msg="job finished" job_id=${hex(12)} duration=${Math.floor(rand() * 900)}ms`,
  () => `{"time":"${ts()}","level":"info","logger":"payments","msg":"charge captured","amount":${Math.floor(rand() * 10000)},"trace":"${hex(16)}"}`,
  () => `${ts()} INFO  [http-nio-8080-exec-2] c.e.auth.SessionFilter - session ${hex(24)} refreshed for tenant t-${Math.floor(rand() * 900)}`,
  () => `${ts()} ERROR [worker-3] c.e.mail.Mailer - SMTP timeout after 30000 ms, will retry (InternalQueue depth ${Math.floor(rand() * 80)})`,
];

const ERRORS: readonly (() => string)[] = [
  () => `${ts()} ERROR [main] c.e.crypto.KeyService - decrypt failed\ncom.aliyun.tea.TeaException: The specified key does not exist.\n\tat com.aliyun.dkms.gcs.openapi.Client.doRequest(Client.java:148)\n\tat com.aliyun.dkms.gcs.sdk.Client.decryptWithOptions(Client.java:96)`,
  () => `${ts()} ERROR decrypt: SDKError:\n   StatusCode: 0\n   Code: Rejected.Throttling\n   Message: Concurrency Limit Exceeded.\n   Data: {"hostId":null,"httpCode":429,"requestId":"${uuid()}"}`,
  () => `${ts()} ERROR Tea.exceptions.TeaException: Error: Forbidden.NoPermission This operation for "key-${hex(8)}" is forbidden by permission system. Response: {'httpCode': 403, 'requestId': '${uuid()}', 'hostId': None}`,
  () => `${ts()} ERROR com.aliyun.tea.TeaException: code: 404, The specified Key is not found. request id: ${uuid().toUpperCase()}`,
  () => `{"time":"${ts()}","level":"error","msg":"kms encrypt failed","code":"Rejected.Disabled","status":409,"request_id":"${uuid()}"}`,
  () => `level=error ts=${ts()} msg="kms call failed" code=InvalidParam httpCode=400 message="The Param Date is invalid." requestId=${uuid()}`,
  () => `${ts()} PHP Fatal error:  Uncaught AlibabaCloud\\Tea\\Exception\\TeaError: Request time exceeds server time more than 15 minutes. in /app/vendor/alibabacloud/dkms-gcs-sdk/src/Client.php:88`,
  () => `${ts()} ERROR status code: 404, request id: ${uuid()}, error code: Forbidden.KeyNotFound, message: The specified key does not exist.`,
  () => `${ts()} DEBUG http - kms response body=CJQDEhVGb3JiaWRkZW4uS2V5Tm90Rm91bmQaIVRoZSBzcGVjaWZpZWQga2V5IGRvZXMgbm90IGV4aXN0LiIkNDc1ZjE2MjAtYjlkMy00ZDM1LWI1YzYtM2ZiZGQ5NDE0MjNk`,
];

/** Writes about `megabytes` MB of log to `out`; returns the number of lines with an error. */
export async function generateLog(out: string, megabytes: number): Promise<{ bytes: number; errorLines: number; lines: number }> {
  mkdirSync(dirname(out), { recursive: true });
  const stream = createWriteStream(out);
  const target = megabytes * 1024 * 1024;
  let bytes = 0;
  let errorLines = 0;
  let lines = 0;
  while (bytes < target) {
    const chunk: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const isError = rand() < 1 / 50;
      const text = isError ? pick(ERRORS)() : pick(NOISE)();
      if (isError) errorLines++;
      lines++;
      chunk.push(text);
    }
    const s = chunk.join('\n') + '\n';
    bytes += Buffer.byteLength(s);
    if (!stream.write(s)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return { bytes, errorLines, lines };
}

/** The default location, outside the repository. */
export const DEFAULT_LOG = join(tmpdir(), 'kms-bench', 'app-100mb.log');

if (require.main === module) {
  const out = process.argv[2] ?? DEFAULT_LOG;
  const mb = Number(process.argv[3] ?? 100);
  generateLog(out, mb).then((r) => console.log(`wrote ${out}: ${(r.bytes / 1048576).toFixed(1)} MB, ${r.lines} records, ${r.errorLines} with a KMS error`));
}
