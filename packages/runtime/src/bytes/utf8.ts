/**
 * UTF-8 text ⇄ bytes with the web-standard `TextEncoder`/`TextDecoder` (no Node `Buffer`).
 * @packageDocumentation
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Encode a string as UTF-8 bytes. */
export function utf8Encode(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Decode UTF-8 bytes to a string (invalid sequences become U+FFFD). */
export function utf8Decode(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}
