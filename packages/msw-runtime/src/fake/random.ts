/**
 * Deterministic randomness for fake data: a string key (seed, shape id and
 * member path) is hashed to a 64-bit state for a small PRNG, so the same key
 * gives the same sequence in every run, process and platform. No `Math.random`.
 * @packageDocumentation
 */

/** A seeded pseudo-random sequence. */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (inclusive; both integral, min <= max). */
  int(min: number, max: number): number;
}

/**
 * Hash a string to two 32-bit words (a cyrb53-style multiply-xorshift mix over
 * UTF-16 code units). Not cryptographic.
 */
export function hash64(text: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ unit, 2654435761);
    h2 = Math.imul(h2 ^ unit, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

/**
 * A PRNG (SFC32) seeded from `key`.
 * @param key - any text; equal keys give equal sequences.
 */
export function createRng(key: string): Rng {
  const [h1, h2] = hash64(key);
  let a = h1;
  let b = h2;
  let c = h1 ^ 0x9e3779b9;
  let d = h2 ^ 0x85ebca6b;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const out = (t + d) | 0;
    c = (c + out) | 0;
    return (out >>> 0) / 4294967296;
  };
  // Warm up so that similar keys diverge.
  for (let i = 0; i < 8; i++) next();
  return {
    next,
    int(min: number, max: number): number {
      return min + Math.floor(next() * (max - min + 1));
    },
  };
}

/** Four lower-case hex digits derived from `rng` (for readable unique-ish strings). */
export function hex4(rng: Rng): string {
  return rng.int(0, 0xffff).toString(16).padStart(4, '0');
}
