import type { RecordFormat } from './types';

/**
 * The classic Java and C# SDKs (`aliyun-java-sdk-core`, `aliyun-net-sdk-core`):
 * `com.aliyuncs.exceptions.ClientException: CODE : MESSAGE`, newer Java cores adding
 * `\r\nRequestId : ID` and `\r\nDescription : ...` lines, C# appending `+ [ RequestId : ID ]`.
 * Stack frames follow, their leading tab often lost when pasted (`at ` continues anyway).
 * The SDK's own client errors name the operation: `connection action:Decrypt failed`,
 * `...read or accept.The action is Decrypt`.
 */
export const JAVA_CLASSIC: RecordFormat = {
  name: 'javaClassic',
  continuations: ['RequestId :', 'Description :'],
  operation: { guard: ['The action is '], pattern: /The action is ([A-Z][A-Za-z]{2,63})\b/ },
};
