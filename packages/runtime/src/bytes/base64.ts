/**
 * Standard base64 (RFC 4648 §4) ⇄ bytes, without Node `Buffer` (browsers, Node and service workers alike).
 * @packageDocumentation
 */

import type { Base64Feature } from '../schema/index.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/** Encode bytes as standard base64 (RFC 4648 §4) with `=` padding. */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + '==';
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + '=';
  }
  return out;
}

/**
 * Decode standard base64 (ASCII whitespace ignored).
 * @param strict require canonical padding (length a multiple of 4); otherwise padding is optional
 * @throws Error when the text holds a character outside the base64 alphabet or has an impossible length.
 */
export function fromBase64(text: string, strict = false): Uint8Array {
  const compact = text.replace(/[\t\n\f\r ]+/g, '');
  if (strict && compact.length % 4 !== 0) throw new Error(`invalid base64: length ${compact.length} is not a multiple of 4`);
  const clean = compact.replace(/={1,2}$/, '');
  if (clean.length % 4 === 1) throw new Error(`invalid base64: bad length ${text.length}`);
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const code = clean.charCodeAt(i);
    const v = code < 128 ? LOOKUP[code]! : -1;
    if (v < 0) throw new Error(`invalid base64: unexpected character ${JSON.stringify(clean[i])} at ${i}`);
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

/** Base64 as a codec feature (`OperationSchema.features.base64`): blobs and `@mediaType` header strings. */
export const base64Feature: Base64Feature = { encode: toBase64, decode: fromBase64 };
