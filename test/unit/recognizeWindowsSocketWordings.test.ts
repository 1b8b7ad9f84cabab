// Windows words the client-side failures itself (Winsock's 11001, 10061, 10060), in the system's
// language: a KMS client on Chinese or Japanese Windows (the C# instance SDK, Python, PHP) prints
// `不知道这样的主机。` or `そのようなホストは不明です。` where Linux prints `no such host`. The KMS
// records below are built by us from those wordings (as published Chinese and Japanese Windows
// logs print them: test/fixtures/recognize/published-audit21-cjk-lookalikes.log) and the
// instance endpoint of the application-access FAQ; no published KMS text with them was found.
// The same wordings in other programs' records, and beside another KMS, stay unclaimed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../extension/core';

const HOST = 'kst-hzz62ee5c9f1fjw5b****.cryptoservice.kms.aliyuncs.com';

function codes(text: string): string[] {
  return scanText(text).map((o) => o.code);
}

test("an unresolved KMS endpoint in Windows' words, in English, Chinese and Japanese", () => {
  for (const line of [
    `System.Net.Http.HttpRequestException: No such host is known. (${HOST}:443)`,
    `System.Net.Http.HttpRequestException: 不知道这样的主机。 (${HOST}:443)`,
    `System.Net.Http.HttpRequestException: そのようなホストは不明です。 (${HOST}:443)`,
    `urllib3.exceptions.NewConnectionError: <urllib3.connection.HTTPSConnection object at 0x0000020F1A2B3C4D>: Failed to establish a new connection: [Errno 11001] getaddrinfo failed (${HOST})`,
  ]) {
    assert.deepEqual(codes(line), ['client.EndpointNotResolved'], line);
  }
});

test("a refused connection to KMS in Windows' words, the comma as a rendered page may print it", () => {
  for (const line of [
    `dial tcp 10.0.0.10:443: connectex: No connection could be made because the target machine actively refused it. (${HOST})`,
    `System.Net.Sockets.SocketException (10061): 由于目标计算机积极拒绝，无法连接。 ${HOST}:443`,
    `System.Net.Sockets.SocketException (10061): 由于目标计算机积极拒绝,无法连接。 ${HOST}:443`,
    `ConnectionRefusedError: [WinError 10061] 無法連線，因為目標電腦拒絕連線。 ${HOST}`,
    `System.Net.Sockets.SocketException (10061): 対象のコンピューターによって拒否されたため、接続できませんでした。 ${HOST}:443`,
  ]) {
    assert.deepEqual(codes(line), ['client.ServerUnreachable'], line);
  }
});

test("a timed-out connection to KMS in Windows' words", () => {
  for (const line of [
    `dial tcp 10.0.0.10:443: connectex: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond. (${HOST})`,
    `System.Net.Sockets.SocketException (10060): 由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。 ${HOST}:443`,
    `TimeoutError: [WinError 10060] 連線嘗試失敗，因為連線對象有一段時間並未正確回應，或是連線建立失敗，因為連線的主機無法回應。 ${HOST}`,
    `System.Net.Sockets.SocketException (10060): 接続済みの呼び出し先が一定の時間を過ぎても正しく応答しなかったため、接続できませんでした。 ${HOST}:443`,
  ]) {
    assert.deepEqual(codes(line), ['client.Timeout'], line);
  }
});

test("Windows' socket wordings in other programs' records, or beside another KMS, are not KMS's", () => {
  for (const text of [
    // Published (shadowsocks-windows#3106, Decalogue/chat#21, kerryjiang/SuperSocket#444, kabucom/kabusapi#338).
    'System.Net.Sockets.SocketException (0x80004005): 不知道这样的主机。',
    'ConnectionRefusedError: [WinError 10061] 由于目标计算机积极拒绝，无法连接。',
    'System.Net.Sockets.SocketException (10060): 由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。',
    '「対象のコンピューターによって拒否されたため、接続できません」のメッセージが帰ってきてトークンを取得できませんでした。',
    // Windows volume activation against a KMS host (its tool and port name another KMS).
    'slmgr /ato: 0x8007274D 由于目标计算机积极拒绝，无法连接。 KMS host kms.contoso.com:1688',
    // AWS KMS (aws/aws-cli#3063): another cloud's.
    "aws kms list-keys: 'Connection aborted.', error(10061, 'No connection could be made because the target machine actively refused it') kms.us-west-2.amazonaws.com",
  ]) {
    assert.deepEqual(codes(text), [], text);
  }
});
