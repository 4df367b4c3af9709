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
  // FNV-1a reads the input in order: the state after `<salt>#` is computed once, the counter's digits per id
  const prefix = SEEDS.map((seed) => fnv1aUpdate(seed >>> 0, `${salt}#`));
  let count = 0;
  return () => {
    count += 1;
    const digits = String(count);
    let hex = '';
    for (const state of prefix) hex += avalanche(fnv1aUpdate(state, digits));
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
}

/** The four FNV-1a start values whose hashes make the 32 hex digits of an id. */
const SEEDS = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b];

/** 32-bit FNV-1a over UTF-16 code units of `text`, continuing from `hash`. */
function fnv1aUpdate(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash;
}

/**
 * The avalanche step (MurmurHash3's finaliser) after FNV-1a, so that consecutive counters give unrelated
 * digits; 8 lower-case hex digits.
 */
function avalanche(hash: number): string {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0).toString(16).padStart(8, '0');
}
