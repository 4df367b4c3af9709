/**
 * The client side of `aws.protocols#httpChecksum` (AWS "httpChecksum trait"), as the modern AWS SDKs do it with
 * `requestChecksumCalculation` / `responseChecksumValidation` = `WHEN_SUPPORTED` (their default):
 * - request: unless the request already carries an `x-amz-checksum-*` header, the algorithm is the one the
 *   caller put in the `requestAlgorithmMember` (read from its `@httpHeader` binding, e.g.
 *   `x-amz-sdk-checksum-algorithm`); when there is none and the operation supports request checksums
 *   (`WHEN_SUPPORTED`) or requires them, CRC32, also written to that header. The checksum of the body as sent
 *   (no bytes when there is none) goes in `x-amz-checksum-<algorithm>`, base64.
 * - response: with `WHEN_SUPPORTED`, the `requestValidationModeMember` header (`x-amz-checksum-mode`) is set to
 *   `ENABLED` when the caller left it unset, so the service answers with checksums.
 * Streamed bodies (a `Blob` or `ReadableStream` for a `@streaming` member) get no request checksum (the SDKs send
 * one in an `aws-chunked` trailer; this client does not). A body encoder, so only clients of services with the trait (S3) bundle it and the CRC tables.
 * @packageDocumentation
 */
import { checksumBase64, checksumHeaderAlgorithm, checksumHeaderName, deref, DEFAULT_CHECKSUM_ALGORITHM, findHeader, getOwn, isChecksumAlgorithm } from '@anvil/runtime';
import type { HttpRequest, MemberSchema, OperationSchema } from '@anvil/runtime';
import { bodyEncoder, type BodyEncoder } from './request-body.js';
import { checkChoice } from './option-checks.js';

/** `requestChecksumCalculation` / `responseChecksumValidation` of `ClientConfig`. */
export type ChecksumMode = 'WHEN_SUPPORTED' | 'WHEN_REQUIRED';

/** The `@httpHeader` name of an input member, when it has one. */
function headerOf(operation: OperationSchema, member: string | undefined): string | undefined {
  return member === undefined ? undefined : (getOwn(deref(operation.input).members, member) as MemberSchema | undefined)?.httpHeader;
}

/** Does a header carry a checksum (`x-amz-checksum-<algorithm>`, not the mode or type headers)? */
function hasChecksumHeader(headers: Readonly<Record<string, string>>): boolean {
  return Object.keys(headers).some((h) => checksumHeaderAlgorithm(h) !== undefined);
}

/** The request with the response validation mode header set to `ENABLED` when the caller left it unset. */
function enableResponseChecksums(operation: OperationSchema, wire: HttpRequest, mode: ChecksumMode): HttpRequest {
  const header = headerOf(operation, operation.httpChecksum?.requestValidationModeMember);
  if (header === undefined || mode !== 'WHEN_SUPPORTED' || findHeader(wire.headers, header.toLowerCase()) !== undefined) return wire;
  return { ...wire, headers: { ...wire.headers, [header]: 'ENABLED' } };
}

const MODES: readonly ChecksumMode[] = ['WHEN_SUPPORTED', 'WHEN_REQUIRED'];

/**
 * `aws.protocols#httpChecksum` (see the module documentation). Settings: `checksumCalculation` and
 * `checksumValidation` (both default `WHEN_SUPPORTED`), from `requestChecksumCalculation` and
 * `responseChecksumValidation`; its `configure` throws a RangeError when either is set to anything else.
 * @throws Error when the caller names an algorithm this runtime does not compute (`CRC64NVME`, `XXHASH64`, …) and
 *   passes no checksum of their own (`ChecksumCRC64NVME`)
 */
export const flexibleChecksums: BodyEncoder = /* @__PURE__ */ bodyEncoder(async (operation, wire, settings) => {
  const trait = operation.httpChecksum;
  if (!trait) return wire;
  const out = enableResponseChecksums(operation, wire, settings.checksumValidation ?? 'WHEN_SUPPORTED');
  const supported = trait.requestAlgorithmMember !== undefined || trait.requestChecksumRequired === true;
  // a streamed body (Blob, ReadableStream) is not in `wire.body`: no checksum rather than a wrong one
  if (!supported || settings.streamedBody === true || hasChecksumHeader(out.headers)) return out;
  const algorithmHeader = headerOf(operation, trait.requestAlgorithmMember);
  const named = algorithmHeader === undefined ? undefined : findHeader(out.headers, algorithmHeader.toLowerCase())?.[1];
  const calculate = (settings.checksumCalculation ?? 'WHEN_SUPPORTED') === 'WHEN_SUPPORTED' || trait.requestChecksumRequired === true;
  if (named === undefined && !calculate) return out;
  const algorithm = named ?? DEFAULT_CHECKSUM_ALGORITHM;
  if (!isChecksumAlgorithm(algorithm)) {
    throw new Error(`${operation.id}: checksum algorithm ${algorithm} is not supported by this client; pass the ${checksumHeaderName(algorithm)} value yourself`);
  }
  const headers = { ...out.headers };
  if (named === undefined && algorithmHeader !== undefined) headers[algorithmHeader] = algorithm;
  headers[checksumHeaderName(algorithm)] = await checksumBase64(algorithm, out.body ?? new Uint8Array(0));
  return { ...out, headers };
}, (config, serviceId) => {
  const checksumCalculation = checkChoice(config.requestChecksumCalculation, MODES, 'requestChecksumCalculation', serviceId);
  const checksumValidation = checkChoice(config.responseChecksumValidation, MODES, 'responseChecksumValidation', serviceId);
  return { ...(checksumCalculation ? { checksumCalculation } : {}), ...(checksumValidation ? { checksumValidation } : {}) };
});
