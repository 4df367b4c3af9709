/**
 * SHA-256 / HMAC-SHA256 on `node:crypto`, shaped as the `Checksum` interface
 * `@smithy/signature-v4` expects. Chosen over {@link WebCryptoSha256} under
 * Node (package `imports` condition `node` for `#sha256`): Node's WebCrypto runs
 * every digest as a thread-pool job, which dominated the per-call cost of signing.
 * Browsers get the WebCrypto implementation.
 * @packageDocumentation
 */
import { createHash, createHmac, hash } from 'node:crypto';
import type { SourceData } from './sha256.js';

function toBuffer(data: SourceData): string | Uint8Array {
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * Incremental SHA-256 (or HMAC-SHA256 when constructed with a secret) on `node:crypto`.
 * Same contract as {@link WebCryptoSha256}: `update` appends (strings as UTF-8),
 * `digest` resolves to the 32 bytes of everything since the last `reset`.
 * SigV4 feeds each instance one chunk, so chunks are kept and hashed in one call at `digest`
 * (`crypto.hash` for plain SHA-256, which skips creating a `Hash` object).
 */
export class Sha256 {
  /** Digest length in bytes. */
  readonly digestLength = 32;
  private readonly secret: string | Uint8Array | undefined;
  private chunks: Array<string | Uint8Array> = [];

  /** @param secret HMAC key; omit for a plain SHA-256 hash. */
  constructor(secret?: SourceData) {
    this.secret = secret === undefined ? undefined : toBuffer(secret);
  }

  /** Append data to hash. Strings are UTF-8 encoded. */
  update(chunk: SourceData): void {
    this.chunks.push(toBuffer(chunk));
  }

  /** Forget everything passed to {@link update} (the HMAC key stays). */
  reset(): void {
    this.chunks = [];
  }

  /** @returns the 32-byte SHA-256 (or HMAC-SHA256) of the data since the last reset; the hash starts over. */
  digest(): Promise<Uint8Array> {
    const chunks = this.chunks;
    this.chunks = [];
    let out: Uint8Array;
    if (this.secret === undefined && chunks.length === 1) {
      out = hash('sha256', chunks[0]!, 'buffer');
    } else {
      const h = this.secret === undefined ? createHash('sha256') : createHmac('sha256', this.secret);
      for (const c of chunks) h.update(c);
      out = h.digest();
    }
    return Promise.resolve(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
  }
}
