/**
 * Flexible checksums of `aws.protocols#httpChecksum` (AWS "httpChecksum trait"): the digest of a payload in
 * one of the algorithms AWS services accept, as the base64 text an `x-amz-checksum-<algorithm>` header carries.
 * CRC32 and CRC32C come from `@aws-crypto/crc32` / `@aws-crypto/crc32c`, SHA-1 / SHA-256 / SHA-512 from
 * WebCrypto (`globalThis.crypto.subtle`: browsers, workers, Node ≥ 20). Used by the client (request checksums)
 * and the mock (checking them, answering them); nothing imports it unless a model has the trait.
 * @packageDocumentation
 */
import { crc32 } from '@aws-crypto/crc32';
import { crc32c } from '@aws-crypto/crc32c';
import { toBase64 } from './base64.js';

/** Algorithms {@link checksumBase64} computes, by the names the trait and `x-amz-sdk-checksum-algorithm` use. */
export const CHECKSUM_ALGORITHMS = ['CRC32', 'CRC32C', 'SHA1', 'SHA256', 'SHA512'] as const;
/** One of {@link CHECKSUM_ALGORITHMS}. */
export type ChecksumAlgorithm = (typeof CHECKSUM_ALGORITHMS)[number];

/** The algorithm clients use when the caller names none (what the AWS SDKs default to). */
export const DEFAULT_CHECKSUM_ALGORITHM: ChecksumAlgorithm = 'CRC32';

const WEB_CRYPTO: Readonly<Record<string, AlgorithmIdentifier>> = { SHA1: 'SHA-1', SHA256: 'SHA-256', SHA512: 'SHA-512' };

/**
 * Is `name` an algorithm {@link checksumBase64} computes? Case-sensitive, as the trait's enum values are.
 * @param name an algorithm name, e.g. from `x-amz-sdk-checksum-algorithm`
 */
export function isChecksumAlgorithm(name: string): name is ChecksumAlgorithm {
  return (CHECKSUM_ALGORITHMS as readonly string[]).includes(name);
}

/**
 * The header a checksum travels in: `x-amz-checksum-crc32` for `CRC32`.
 * @param algorithm an algorithm name (any, also one this module does not compute, such as `CRC64NVME`)
 */
export function checksumHeaderName(algorithm: string): string {
  return `x-amz-checksum-${algorithm.toLowerCase()}`;
}

/** `x-amz-checksum-<algorithm>`; `x-amz-checksum-mode` and `x-amz-checksum-type` name no checksum. */
const CHECKSUM_HEADER = /^x-amz-checksum-(?!mode$|type$)(.+)$/;

/**
 * The algorithm whose checksum a header carries: `CRC32` for `x-amz-checksum-crc32` (any case), `undefined` for
 * other headers, `x-amz-checksum-mode` (the response validation mode) and `x-amz-checksum-type` included.
 * @param header a header name
 * @returns the algorithm name in upper case (also one this module does not compute, such as `CRC64NVME`)
 */
export function checksumHeaderAlgorithm(header: string): string | undefined {
  return CHECKSUM_HEADER.exec(header.toLowerCase())?.[1]?.toUpperCase();
}

/** A CRC as its 4 big-endian bytes. */
function crcBytes(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value >>> 0, false);
  return out;
}

/**
 * The checksum of `payload`, base64-encoded as `x-amz-checksum-*` headers carry it (CRCs as 4 big-endian bytes).
 * @param algorithm one of {@link CHECKSUM_ALGORITHMS}
 * @param payload the bytes sent (no bytes when there is no body)
 * @throws Error when WebCrypto is not available for a SHA algorithm
 */
export async function checksumBase64(algorithm: ChecksumAlgorithm, payload: Uint8Array): Promise<string> {
  if (algorithm === 'CRC32') return toBase64(crcBytes(crc32(payload)));
  if (algorithm === 'CRC32C') return toBase64(crcBytes(crc32c(payload)));
  const subtle = (globalThis as { crypto?: Crypto }).crypto?.subtle;
  if (!subtle) throw new Error(`WebCrypto (globalThis.crypto.subtle) is not available: cannot compute the ${algorithm} checksum`);
  return toBase64(new Uint8Array(await subtle.digest(WEB_CRYPTO[algorithm]!, new Uint8Array(payload))));
}
