import { describe, expect, it } from 'vitest';
import { WebCryptoSha256 } from './sha256.js';

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

describe('WebCryptoSha256', () => {
  it('hashes (FIPS 180-2 "abc" vector), across chunks and after reset', async () => {
    const h = new WebCryptoSha256();
    h.update(new TextEncoder().encode('a'));
    h.update('bc');
    expect(hex(await h.digest())).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    h.reset();
    expect(hex(await h.digest())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('computes HMAC-SHA256 with a secret (RFC 4231 test case 2)', async () => {
    const h = new WebCryptoSha256('Jefe');
    h.update(new TextEncoder().encode('what do ya want for nothing?'));
    expect(hex(await h.digest())).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  it('accepts a Uint8Array view into a larger buffer as key and data', async () => {
    const buf = new TextEncoder().encode('xxJefexx');
    const h = new WebCryptoSha256(buf.subarray(2, 6));
    const data = new TextEncoder().encode('--what do ya want for nothing?--');
    h.update(new DataView(data.buffer, 2, data.byteLength - 4));
    expect(hex(await h.digest())).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });
});

describe('node:crypto Sha256 (what #sha256 resolves to under Node)', () => {
  it('matches the WebCrypto implementation for hashes and HMACs, across reset and repeated digests', async () => {
    const { Sha256 } = await import('./sha256.node.js');
    const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    for (const secret of [undefined, 'key', new Uint8Array([1, 2, 3])]) {
      const a = new Sha256(secret);
      const b = new WebCryptoSha256(secret);
      for (const chunk of ['abc', new Uint8Array([0, 255]), '']) {
        a.update(chunk);
        b.update(chunk);
      }
      expect(hex(await a.digest())).toBe(hex(await b.digest()));
      a.reset();
      b.reset();
      a.update('x');
      b.update('x');
      expect(hex(await a.digest())).toBe(hex(await b.digest()));
    }
    expect(hex(await new Sha256().digest())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
