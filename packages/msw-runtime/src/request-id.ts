/**
 * Deterministic `x-amzn-requestid` values for mock responses.
 * @packageDocumentation
 */

/**
 * Make a request-id generator: the n-th call returns the same UUID-shaped
 * string on every run for the same `salt`, so responses are reproducible.
 *
 * @param salt what makes this handler's ids differ from others' (operation id and seed)
 * @returns a function returning ids like `1b4e28ba-2fa1-41d2-883f-0016d3cca427` (version-4 layout, not random)
 */
export function requestIdSequence(salt: string): () => string {
  let count = 0;
  return () => {
    count += 1;
    const input = `${salt}#${count}`;
    const hex = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map((seed) => fnv1a(input, seed)).join('');
    return [
      hex.slice(0, 8),
      hex.slice(8, 12),
      `4${hex.slice(13, 16)}`,
      `${((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}`,
      hex.slice(20, 32),
    ].join('-');
  };
}

/**
 * 32-bit FNV-1a over UTF-16 code units, starting from `seed`, then an avalanche
 * step (MurmurHash3's finaliser) so that consecutive counters give unrelated
 * digits; 8 lower-case hex digits.
 */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0).toString(16).padStart(8, '0');
}
