/**
 * Byte helpers: UTF-8, base64 and the flexible checksums of `aws.protocols#httpChecksum`.
 * @packageDocumentation
 */
export { utf8Decode, utf8Encode } from './utf8.js';
export { base64Feature, fromBase64, toBase64 } from './base64.js';
export { concatBytes } from './concat.js';
export {
  CHECKSUM_ALGORITHMS,
  DEFAULT_CHECKSUM_ALGORITHM,
  checksumBase64,
  checksumHeaderAlgorithm,
  checksumHeaderName,
  isChecksumAlgorithm,
  type ChecksumAlgorithm,
} from './checksum.js';
