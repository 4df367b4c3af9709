/**
 * The mock side of `aws.protocols#httpChecksum` (AWS "httpChecksum trait"), as Amazon S3 behaves:
 * - a request checksum (`x-amz-checksum-<algorithm>`) that does not match the body answers `BadDigest` (400);
 *   `x-amz-sdk-checksum-algorithm` without its checksum header (and without an `x-amz-trailer`) answers
 *   `InvalidRequest` (400). Bodies sent `aws-chunked` carry their checksum in a trailer and are not checked.
 * - response checksums: output members bound to `x-amz-checksum-*` headers are sent only when the override sets
 *   them, or — when the request's validation mode member is `ENABLED` and the payload is bytes — computed from the
 *   payload in the first algorithm of `responseAlgorithms` this runtime computes (CRC32 for S3 `GetObject`).
 * Only handlers of operations with the trait reach this module.
 * @packageDocumentation
 */
import { checksumBase64, checksumHeaderAlgorithm, deref, findHeader, getOwn, isChecksumAlgorithm, type HttpRequest, type MemberSchema, type OperationSchema } from '@anvil/runtime';

/** A request the service refuses before the operation runs (no model shape: code, status and message). */
export interface ChecksumRefusal {
  readonly code: 'BadDigest' | 'InvalidRequest';
  readonly status: 400;
  readonly message: string;
}

/**
 * Check the request checksums of an `aws.protocols#httpChecksum` operation against the body received.
 * @param operation the operation called (nothing is checked without the trait)
 * @param wire the request as received (its body is the payload)
 * @returns why the request is refused, or `undefined` when its checksums match (or it has none)
 */
export async function checkRequestChecksums(operation: OperationSchema, wire: HttpRequest): Promise<ChecksumRefusal | undefined> {
  if (!operation.httpChecksum) return undefined;
  if (/aws-chunked/i.test(findHeader(wire.headers, 'content-encoding')?.[1] ?? '') || findHeader(wire.headers, 'x-amz-trailer')) return undefined;
  const body = wire.body ?? new Uint8Array(0);
  let sent = 0;
  for (const [name, value] of Object.entries(wire.headers)) {
    const algorithm = checksumHeaderAlgorithm(name);
    if (algorithm === undefined) continue;
    sent++;
    if (isChecksumAlgorithm(algorithm) && (await checksumBase64(algorithm, body)) !== value.trim()) {
      return { code: 'BadDigest', status: 400, message: `The ${algorithm} you specified did not match the calculated checksum.` };
    }
  }
  const named = findHeader(wire.headers, 'x-amz-sdk-checksum-algorithm')?.[1];
  if (named !== undefined && sent === 0) {
    return {
      code: 'InvalidRequest',
      status: 400,
      message: 'x-amz-sdk-checksum-algorithm specified, but no corresponding x-amz-checksum-* or x-amz-trailer headers were found.',
    };
  }
  return undefined;
}

/** The output members bound to `x-amz-checksum-<algorithm>` headers, by algorithm (upper case). */
function checksumMembers(operation: OperationSchema): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, member] of Object.entries(deref(operation.output).members)) {
    const algorithm = checksumHeaderAlgorithm((member as MemberSchema).httpHeader ?? '');
    if (algorithm !== undefined) out.set(algorithm, name);
  }
  return out;
}

/** The output's payload bytes (the `@httpPayload` blob), when they are bytes. */
function payloadBytes(operation: OperationSchema, output: Record<string, unknown>): Uint8Array | undefined {
  for (const [name, member] of Object.entries(deref(operation.output).members)) {
    if (!member.httpPayload) continue;
    const value = getOwn(output, name);
    if (value instanceof Uint8Array) return value;
    return typeof value === 'string' && deref(member.target).type === 'blob' ? new TextEncoder().encode(value) : undefined;
  }
  return undefined;
}

/**
 * Response checksums of an operation with `requestValidationModeMember` (see the module documentation). The output
 * is changed in place.
 * @param operation the operation answered
 * @param input the parsed request input
 * @param output the output about to be serialised (default merged with the override)
 * @param chosen the override's own answer (its checksum members are kept as given)
 */
export async function answerResponseChecksums(
  operation: OperationSchema,
  input: Readonly<Record<string, unknown>>,
  output: Record<string, unknown>,
  chosen: unknown,
): Promise<void> {
  const trait = operation.httpChecksum;
  if (trait?.requestValidationModeMember === undefined) return;
  const members = checksumMembers(operation);
  const given = (name: string) => typeof chosen === 'object' && chosen !== null && getOwn(chosen, name) !== undefined;
  for (const name of members.values()) if (!given(name)) delete output[name];
  if (getOwn(input, trait.requestValidationModeMember) !== 'ENABLED' || [...members.values()].some(given)) return;
  const algorithm = (trait.responseAlgorithms ?? []).find((a) => isChecksumAlgorithm(a) && members.has(a));
  const payload = payloadBytes(operation, output);
  if (algorithm === undefined || !isChecksumAlgorithm(algorithm) || payload === undefined) return;
  output[members.get(algorithm)!] = await checksumBase64(algorithm, payload);
}
