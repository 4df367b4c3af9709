import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checksumBase64, checksumHeaderAlgorithm, checksumHeaderName, isChecksumAlgorithm } from './checksum.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('flexible checksums', () => {
  it('CRC32 is the big-endian zlib CRC32, base64 (AWS "httpChecksum trait")', async () => {
    const expected = Buffer.alloc(4);
    expected.writeUInt32BE(crc32('hello world'));
    expect(await checksumBase64('CRC32', bytes('hello world'))).toBe(expected.toString('base64'));
    expect(await checksumBase64('CRC32', bytes('hello'))).toBe('NhCmhg==');
    expect(await checksumBase64('CRC32', new Uint8Array(0))).toBe('AAAAAA==');
  });

  it('CRC32C (Castagnoli) matches the SDK\'s value and the RFC 3720 check value', async () => {
    expect(await checksumBase64('CRC32C', bytes('x'))).toBe('qTxfkw==');
    // CRC-32C of "123456789" is 0xE3069283
    expect(await checksumBase64('CRC32C', bytes('123456789'))).toBe(Buffer.from([0xe3, 0x06, 0x92, 0x83]).toString('base64'));
  });

  it('SHA-1, SHA-256 and SHA-512 are the digests, base64', async () => {
    for (const [alg, node] of [['SHA1', 'sha1'], ['SHA256', 'sha256'], ['SHA512', 'sha512']] as const) {
      expect(await checksumBase64(alg, bytes('payload'))).toBe(createHash(node).update('payload').digest('base64'));
    }
  });

  it('names headers and knows its algorithms', () => {
    expect(checksumHeaderName('CRC32C')).toBe('x-amz-checksum-crc32c');
    expect(checksumHeaderName('CRC64NVME')).toBe('x-amz-checksum-crc64nvme');
    expect(isChecksumAlgorithm('SHA256')).toBe(true);
    expect(isChecksumAlgorithm('CRC64NVME')).toBe(false);
    expect(isChecksumAlgorithm('crc32')).toBe(false);
  });

  it('checksumHeaderAlgorithm: the algorithm of an x-amz-checksum-<algorithm> header, none for the mode and type headers', () => {
    expect(checksumHeaderAlgorithm('x-amz-checksum-crc32')).toBe('CRC32');
    expect(checksumHeaderAlgorithm('X-Amz-Checksum-CRC64NVME')).toBe('CRC64NVME');
    for (const algorithm of ['CRC32', 'SHA256']) expect(checksumHeaderAlgorithm(checksumHeaderName(algorithm))).toBe(algorithm);
    expect(checksumHeaderAlgorithm('x-amz-checksum-mode')).toBeUndefined();
    expect(checksumHeaderAlgorithm('x-amz-checksum-type')).toBeUndefined();
    expect(checksumHeaderAlgorithm('x-amz-sdk-checksum-algorithm')).toBeUndefined();
    expect(checksumHeaderAlgorithm('content-md5')).toBeUndefined();
  });
});
