/**
 * gRPC's own deadline, as its runtimes print a call's status: `rpc error: code = DeadlineExceeded
 * desc = context deadline exceeded` (grpc-go's status for a context that expired). The key
 * services this tool explains answer over HTTPS, never over gRPC, so that status is the deadline
 * of some other call: the Kubernetes API server's call to a local KMS plugin (its envelope
 * encryption tests and logs print exactly this), a service's call to another service. A KMS
 * client's own timeout comes with its own words (`i/o timeout` after the KMS host,
 * `Read timed out`) or inside another status's description, which stay client failures.
 */
const GRPC_DEADLINE_STATUS = 'code = DeadlineExceeded desc = ';

/** Whether the message found at `at` is the description of gRPC's own DeadlineExceeded status. */
export function isGrpcDeadlineDescription(record: string, at: number): boolean {
  const from = at - GRPC_DEADLINE_STATUS.length;
  return from >= 0 && record.startsWith(GRPC_DEADLINE_STATUS, from);
}
