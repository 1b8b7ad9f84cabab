// The PHP SDKs send their requests through Guzzle, which reports a failed connection in curl's
// words: `cURL error 6: Could not resolve host: HOST`, `cURL error 28: Connection timed out after
// N milliseconds`; Linux and Go word a timed-out connect the same (`Connection timed out`, `connect:
// connection timed out`). Published Chinese issues print curl's wordings for other products
// (test/fixtures/recognize/published-audit21-cjk-lookalikes.log); the KMS records below are built
// by us from those wordings and the instance endpoint of the application-access FAQ.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../extension/core';

const HOST = 'kst-hzz62ee5c9f1fjw5b****.cryptoservice.kms.aliyuncs.com';

function codes(text: string): string[] {
  return scanText(text).map((o) => o.code);
}

test("an unresolved KMS endpoint in curl's words", () => {
  for (const line of [
    `AlibabaCloud\\Tea\\Exception\\TeaError: cURL error 6: Could not resolve host: ${HOST} (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://${HOST}/`,
    `curl: (6) Couldn't resolve host name ${HOST}`,
  ]) {
    assert.deepEqual(codes(line), ['client.EndpointNotResolved'], line);
  }
});

test("a timed-out connection to KMS in curl's, Linux's and Go's words", () => {
  for (const line of [
    `AlibabaCloud\\Tea\\Exception\\TeaError: cURL error 28: Connection timed out after 10001 milliseconds (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://${HOST}/`,
    `java.net.ConnectException: Connection timed out (Connection timed out) ${HOST}`,
    `Post "https://${HOST}/": dial tcp 10.0.0.10:443: connect: connection timed out`,
  ]) {
    assert.deepEqual(codes(line), ['client.Timeout'], line);
  }
});

test("curl's and the systems' wordings in other products' records are not KMS's", () => {
  for (const text of [
    // Published: TencentAd/marketing-api-php-sdk#6, qiniu/php-sdk#127, aliyun/aliyun-oss-cpp-sdk#29, aliyun/aliyun-openapi-java-sdk#201.
    '[0] cURL error 6: Could not resolve host: api.e.qq.com (see https://curl.haxx.se/libcurl/c/libcurl-errors.html)',
    'error: "Could not resolve host: up.qiniu.com"',
    "上传文件出现：ClientError:200006, message: Couldn't resolve host name",
    'SDK.ServerUnreachable : Server unreachable: java.net.ConnectException: Connection timed out (Connection timed out)',
  ]) {
    assert.deepEqual(codes(text), [], text);
  }
});
