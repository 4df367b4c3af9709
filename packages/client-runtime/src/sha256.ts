/**
 * SHA-256 / HMAC-SHA256 on WebCrypto (`globalThis.crypto.subtle`), shaped as
 * the `Checksum` interface `@smithy/signature-v4` expects. Works in browsers,
 * workers and Node ≥ 20 without Node imports.
 * @packageDocumentation
 */

import { concatBytes } from '@anvil/runtime';

/** Bytes or text accepted by {@link WebCryptoSha256} (text is UTF-8 encoded). */
export type SourceData = string | ArrayBuffer | ArrayBufferView;

const encoder = new TextEncoder();

function toBytes(data: SourceData): Uint8Array<ArrayBuffer> {
  if (typeof data === 'string') return encoder.encode(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data.slice(0));
  const view = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(view); // copy: detaches from SharedArrayBuffer / caller mutations
}

function subtle(): SubtleCrypto {
  const c = (globalThis as { crypto?: Crypto }).crypto;
  if (!c?.subtle) {
    throw new Error('WebCrypto (globalThis.crypto.subtle) is not available: SigV4 signing needs a secure context or Node >= 20');
  }
  return c.subtle;
}

/**
 * Incremental SHA-256 (or HMAC-SHA256 when constructed with a secret).
 * Implements `@smithy/types` `Checksum`: `update` buffers chunks, `digest`
 * resolves to the 32-byte hash of everything buffered since the last `reset`.
 */
export class WebCryptoSha256 {
  /** Digest length in bytes. */
  readonly digestLength = 32;
  private readonly secret: Uint8Array<ArrayBuffer> | undefined;
  private chunks: Uint8Array<ArrayBuffer>[] = [];

  /** @param secret HMAC key; omit for a plain SHA-256 hash. */
  constructor(secret?: SourceData) {
    this.secret = secret === undefined ? undefined : toBytes(secret);
  }

  /** Append data to hash. Strings are UTF-8 encoded. */
  update(chunk: SourceData): void {
    this.chunks.push(toBytes(chunk));
  }

  /** Forget everything passed to {@link update} (the HMAC key stays). */
  reset(): void {
    this.chunks = [];
  }

  /** @returns the 32-byte SHA-256 (or HMAC-SHA256) of the buffered data. */
  async digest(): Promise<Uint8Array> {
    const data = concat(this.chunks);
    const s = subtle();
    if (this.secret === undefined) return new Uint8Array(await s.digest('SHA-256', data));
    return new Uint8Array(await s.sign('HMAC', await hmacKey(s, this.secret), data));
  }
}

function concat(chunks: readonly Uint8Array<ArrayBuffer>[]): Uint8Array<ArrayBuffer> {
  return chunks.length === 1 ? chunks[0]! : concatBytes(chunks);
}

/** Imported HMAC keys by key bytes: SigV4 reuses its derived signing key for a day, so importing it once saves a WebCrypto round trip per request. */
const keys = new Map<string, Promise<CryptoKey>>();

function hmacKey(s: SubtleCrypto, secret: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  let id = '';
  for (const b of secret) id += String.fromCharCode(b);
  let key = keys.get(id);
  if (!key) {
    if (keys.size >= 32) keys.delete(keys.keys().next().value!);
    key = s.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    keys.set(id, key);
  }
  return key;
}

/** The SHA-256 implementation `#sha256` resolves to outside Node (browsers, workers). */
export { WebCryptoSha256 as Sha256 };
