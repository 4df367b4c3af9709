import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cbor } from '@smithy/core/cbor';
import { runs } from '../../__fixtures__/fast-check.js';
import { CborSyntaxError, DecimalFraction, decodeCborItem, MAX_DEPTH } from './decode.js';

const hex = (text: string): Uint8Array => Uint8Array.from((text.replace(/\s+/g, '').match(/../g) ?? []).map((b) => parseInt(b, 16)));

describe('decodeCborItem', () => {
  it('reads indefinite-length text keys (RpcV2CborSimpleScalarPropertiesUsingIndefiniteLength)', () => {
    // {(_ "dou", "ble"): 1, "a": (_ h'01', h'0203')}
    expect(decodeCborItem(hex('a2 7f 63646f75 63626c65 ff 01 6161 5f 4101 420203 ff'))).toEqual({ double: 1, a: new Uint8Array([1, 2, 3]) });
  });

  it('reads every integer width, with bigint beyond ±2^53', () => {
    expect(decodeCborItem(hex('17'))).toBe(23);
    expect(decodeCborItem(hex('1818'))).toBe(24);
    expect(decodeCborItem(hex('1903e8'))).toBe(1000);
    expect(decodeCborItem(hex('1a000f4240'))).toBe(1000000);
    expect(decodeCborItem(hex('1b001fffffffffffff'))).toBe(Number.MAX_SAFE_INTEGER);
    expect(decodeCborItem(hex('1b0020000000000000'))).toBe(2n ** 53n);
    expect(decodeCborItem(hex('1bffffffffffffffff'))).toBe(2n ** 64n - 1n);
    expect(decodeCborItem(hex('3bffffffffffffffff'))).toBe(-(2n ** 64n));
    expect(decodeCborItem(hex('3b001ffffffffffffe'))).toBe(-Number.MAX_SAFE_INTEGER);
    expect(decodeCborItem(hex('3b001fffffffffffff'))).toBe(-(2n ** 53n));
    expect(decodeCborItem(hex('38ff'))).toBe(-256);
  });

  it('reads half floats including zeros, subnormals, infinities and NaN', () => {
    expect(Object.is(decodeCborItem(hex('f98000')), -0)).toBe(true);
    expect(decodeCborItem(hex('f90001'))).toBe(2 ** -24);
    expect(decodeCborItem(hex('f97bff'))).toBe(65504);
    expect(decodeCborItem(hex('f9fc00'))).toBe(-Infinity);
    expect(decodeCborItem(hex('f97e00'))).toBeNaN();
    expect(decodeCborItem(hex('fa47c35000'))).toBe(100000);
  });

  it('reads decimal fractions exactly', () => {
    const text = (h: string) => (decodeCborItem(hex(h)) as DecimalFraction).text;
    expect(text('c48221196ab3')).toBe('273.15');
    expect(text('c482200a')).toBe('1.0');
    expect(text('c4820229')).toBe('-1000');
    expect(text('c48221c24a01000000000000000000')).toBe('47223664828696452136.96');
    expect(text('c4821a000f424001')).toBe('1e1000000');
  });

  it('keeps __proto__ an own entry and tags other than 2, 3, 4 with their content', () => {
    const map = decodeCborItem(hex('a1695f5f70726f746f5f5fa1617801')) as Record<string, unknown>;
    expect(Object.keys(map)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
    expect(decodeCborItem(hex('c11a5df817c2'))).toMatchObject({ tag: 1, value: 1576540098 });
    expect(decodeCborItem(hex('d8206161'))).toMatchObject({ tag: 32, value: 'a' });
  });

  it('rejects malformed input with the byte offset', () => {
    const cases: [string, string][] = [
      ['', 'unexpected end of data (need 1 more byte) at byte 0'],
      ['a26161', 'unexpected end of data (need 1 more byte) at byte 3'],
      ['ff', 'break outside an indefinite-length item at byte 0'],
      ['a0a0', '1 unexpected byte(s) after the data item at byte 1'],
      ['1c', 'reserved additional information 28 at byte 0'],
      ['1f', 'indefinite length is not allowed for major type 0 at byte 0'],
      ['5b00000000ffffffff00', 'length 4294967295 exceeds the 1 bytes left at byte 0'],
      ['9bffffffffffffffff', 'length 18446744073709551615 exceeds the 0 bytes left at byte 0'],
      ['a10102', 'map keys must be text strings at byte 1'],
      ['62c328', 'text string is not valid UTF-8 at byte 0'],
      ['7f4161ff', 'an indefinite-length text string may only hold definite-length chunks of its type at byte 1'],
      ['f0', 'unsupported simple value (additional information 16) at byte 0'],
      ['c26161', 'tag 2 (bignum) must hold a byte string at byte 0'],
      ['c48101', 'tag 4 (decimal fraction) must hold [exponent, mantissa] integers at byte 0'],
    ];
    for (const [bytes, message] of cases) {
      expect(() => decodeCborItem(hex(bytes)), bytes).toThrow(new CborSyntaxError(message.replace(/ at byte \d+$/, ''), Number(/(\d+)$/.exec(message)![1])));
    }
    expect(() => decodeCborItem(new Uint8Array(MAX_DEPTH + 2).fill(0x81))).toThrow(`nesting deeper than ${MAX_DEPTH}`);
  });
});

/** Arbitrary CBOR data items the encoder writes (no tags): text-keyed maps, arrays, text, bytes, numbers. */
const items = fc.letrec((tie) => ({
  item: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.boolean(),
    fc.constant(null),
    fc.integer(),
    fc.maxSafeInteger(),
    // The encoder writes -0 as the integer 0 (as the SDK's does), so -0 is not a value it round-trips.
    fc.double().map((d) => (Object.is(d, -0) ? 0 : d)),
    fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n - 1n }).filter((n) => n < -(2n ** 53n) || n > 2n ** 53n),
    fc.uint8Array({ maxLength: 40 }),
    fc.array(tie('item'), { maxLength: 5 }),
    fc.dictionary(fc.string(), tie('item'), { maxKeys: 5 }),
  ),
})).item;

describe('decodeCborItem against the @smithy/core encoder', () => {
  it('reads back what the encoder writes', () => {
    fc.assert(
      fc.property(items, (value) => {
        expect(decodeCborItem(cbor.serialize(value))).toEqual(value);
      }),
      runs(300),
    );
  });

  it('throws only CborSyntaxError on truncated or corrupted encodings', () => {
    fc.assert(
      fc.property(items, fc.nat(), fc.integer({ min: 0, max: 255 }), (value, at, byte) => {
        const bytes = cbor.serialize(value);
        const cut = bytes.slice(0, at % Math.max(bytes.length, 1));
        const flipped = bytes.slice();
        if (flipped.length > 0) flipped[at % flipped.length] = byte;
        for (const input of [cut, flipped]) {
          try {
            decodeCborItem(input);
          } catch (e) {
            expect(e).toBeInstanceOf(CborSyntaxError);
          }
        }
      }),
      runs(300),
    );
  });
});
