/**
 * Joining byte chunks.
 * @packageDocumentation
 */

/**
 * Copy chunks, in order, into one new array.
 * @param chunks the parts (any views)
 * @param total their byte length, when the caller already counted it
 * @returns a new array of `total` bytes
 */
export function concatBytes(chunks: readonly Uint8Array[], total = chunks.reduce((n, c) => n + c.byteLength, 0)): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
