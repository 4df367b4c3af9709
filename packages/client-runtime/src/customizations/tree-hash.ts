/**
 * The Amazon Glacier SHA-256 tree hash: SHA-256 of each 1 MiB chunk of the payload, then
 * pairwise SHA-256 of the concatenated child digests, level by level, until one digest remains
 * (an odd last node moves up unchanged). Spec: Amazon Glacier developer guide, "Computing Checksums".
 * @packageDocumentation
 */
import { Sha256 } from '#sha256';

/** Tree-hash leaf size in bytes (1 MiB). */
export const TREE_HASH_CHUNK_BYTES = 1024 * 1024;

async function sha256(...parts: Uint8Array[]): Promise<Uint8Array> {
  const hash = new Sha256();
  for (const part of parts) hash.update(part);
  return hash.digest();
}

/**
 * @param body the payload bytes
 * @returns the 32-byte tree hash (for an empty payload: the SHA-256 of no bytes)
 */
export async function treeHash(body: Uint8Array): Promise<Uint8Array> {
  let level: Uint8Array[] = [];
  for (let offset = 0; offset < body.byteLength || offset === 0; offset += TREE_HASH_CHUNK_BYTES) {
    level.push(await sha256(body.subarray(offset, offset + TREE_HASH_CHUNK_BYTES)));
  }
  while (level.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const right = level[i + 1];
      next.push(right === undefined ? level[i]! : await sha256(level[i]!, right));
    }
    level = next;
  }
  return level[0]!;
}

/** @returns the SHA-256 of `body`, 32 bytes. */
export function contentHash(body: Uint8Array): Promise<Uint8Array> {
  return sha256(body);
}

/** @returns lower-case hex of `bytes` (two digits per byte). */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}
