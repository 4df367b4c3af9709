/**
 * MD5 (RFC 1321), for the `Content-MD5` header of `@httpChecksumRequired`
 * operations only: WebCrypto has no MD5, and this is not used for anything
 * security-related. Synchronous, dependency-free, works in browsers and Node.
 * @packageDocumentation
 */

/** Per-step additive constants T[i] = floor(|sin(i + 1)| · 2^32) (RFC 1321 §3.4). */
const T = new Uint32Array([
  0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
  0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
  0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
  0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
  0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
  0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
  0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
  0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
]);

/** Left-rotation amounts, four per round (RFC 1321 §3.4). */
const SHIFTS = [
  [7, 12, 17, 22],
  [5, 9, 14, 20],
  [4, 11, 16, 23],
  [6, 10, 15, 21],
] as const;

/**
 * The message padded to a multiple of 64 bytes: a `0x80` byte, zeros, then the
 * bit length as a 64-bit little-endian integer (RFC 1321 §3.1–3.2).
 */
function pad(message: Uint8Array): DataView {
  const blocks = Math.ceil((message.length + 9) / 64);
  const bytes = new Uint8Array(blocks * 64);
  bytes.set(message);
  bytes[message.length] = 0x80;
  const view = new DataView(bytes.buffer);
  const bits = message.length * 8;
  view.setUint32(bytes.length - 8, bits >>> 0, true);
  view.setUint32(bytes.length - 4, Math.floor(bits / 0x100000000), true);
  return view;
}

/**
 * The MD5 digest of `message`.
 * @param message any bytes (length below 2^53 / 8)
 * @returns the 16-byte digest
 */
export function md5(message: Uint8Array): Uint8Array {
  const view = pad(message);
  const state = new Uint32Array([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]);
  const x = new Uint32Array(16);
  for (let offset = 0; offset < view.byteLength; offset += 64) {
    for (let j = 0; j < 16; j++) x[j] = view.getUint32(offset + j * 4, true);
    let a = state[0]!;
    let b = state[1]!;
    let c = state[2]!;
    let d = state[3]!;
    for (let i = 0; i < 64; i++) {
      const round = i >> 4;
      let f: number;
      let k: number;
      if (round === 0) {
        f = (b & c) | (~b & d);
        k = i;
      } else if (round === 1) {
        f = (b & d) | (c & ~d);
        k = (5 * i + 1) & 15;
      } else if (round === 2) {
        f = b ^ c ^ d;
        k = (3 * i + 5) & 15;
      } else {
        f = c ^ (b | ~d);
        k = (7 * i) & 15;
      }
      const sum = (a + f + T[i]! + x[k]!) >>> 0;
      const s = SHIFTS[round]![i & 3]!;
      a = d;
      d = c;
      c = b;
      b = (b + ((sum << s) | (sum >>> (32 - s)))) >>> 0;
    }
    state[0] = (state[0]! + a) >>> 0;
    state[1] = (state[1]! + b) >>> 0;
    state[2] = (state[2]! + c) >>> 0;
    state[3] = (state[3]! + d) >>> 0;
  }
  const out = new Uint8Array(16);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) outView.setUint32(i * 4, state[i]!, true);
  return out;
}
