/** The Glacier tree hash against an independent node:crypto computation of the same definition. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentHash, toHex, treeHash, TREE_HASH_CHUNK_BYTES } from './tree-hash.js';

const MiB = 1024 * 1024;

/** Reference: hash 1 MiB leaves, then hash pairs of digests level by level; an odd last digest moves up. */
function referenceTreeHash(data: Buffer): string {
  let level: Buffer[] = [];
  for (let i = 0; i === 0 || i < data.length; i += MiB) level.push(createHash('sha256').update(data.subarray(i, i + MiB)).digest());
  while (level.length > 1) {
    const up: Buffer[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const [a, b] = [level[i]!, level[i + 1]];
      up.push(b ? createHash('sha256').update(Buffer.concat([a, b])).digest() : a);
    }
    level = up;
  }
  return level[0]!.toString('hex');
}

/** Deterministic non-repeating bytes, so chunks differ from each other. */
function payload(bytes: number): Buffer {
  const out = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) out[i] = (i * 31 + (i >>> 11)) & 0xff;
  return out;
}

describe('treeHash', () => {
  it('uses 1 MiB leaves', () => {
    expect(TREE_HASH_CHUNK_BYTES).toBe(1048576);
  });

  it('of a single-chunk payload is its SHA-256 (the GlacierChecksums value for "hello world")', async () => {
    const hello = new TextEncoder().encode('hello world');
    expect(toHex(await treeHash(hello))).toBe('b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9');
    expect(toHex(await contentHash(hello))).toBe('b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9');
  });

  it('of no bytes is the SHA-256 of no bytes', async () => {
    expect(toHex(await treeHash(new Uint8Array(0)))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it.each([
    ['exactly 1 MiB (one leaf)', MiB],
    ['1 MiB + 1 byte (two leaves)', MiB + 1],
    ['3 MiB + 5 bytes (four leaves, two levels)', 3 * MiB + 5],
    ['5 MiB (five leaves: the odd leaf moves up twice)', 5 * MiB],
  ])('matches the node:crypto reference for %s', async (_name, bytes) => {
    const data = payload(bytes);
    const expected = referenceTreeHash(data);
    expect(toHex(await treeHash(new Uint8Array(data)))).toBe(expected);
    // A multi-leaf tree hash is not the plain SHA-256 of the payload.
    if (bytes > MiB) expect(expected).not.toBe(createHash('sha256').update(data).digest('hex'));
  });
});

describe('toHex', () => {
  it('writes two lower-case digits per byte', () => {
    expect(toHex(new Uint8Array([0, 1, 0xab, 0xff]))).toBe('0001abff');
  });
});
