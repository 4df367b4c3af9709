import { describe, expect, it } from 'vitest';
import { SerializationError } from '../serialization-error.js';
import { asDecimal, asTagged, cborTag, decodeCbor, encodeCbor, isCborMap } from './wire.js';

const hex = (text: string): Uint8Array => Uint8Array.from((text.match(/../g) ?? []).map((b) => parseInt(b, 16)));
const b64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const toHex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

describe('decodeCbor', () => {
  it('reads half-precision floats (RpcV2CborFloat16* bodies)', () => {
    expect(decodeCbor(b64('oWV2YWx1Zfl8AA=='))).toEqual({ value: Infinity });
    expect(decodeCbor(b64('oWV2YWx1Zfn8AA=='))).toEqual({ value: -Infinity });
    expect(decodeCbor(b64('oWV2YWx1Zfl8AQ=='))).toEqual({ value: NaN });
    expect(decodeCbor(b64('oWV2YWx1Zfl+AA=='))).toEqual({ value: NaN });
    expect(decodeCbor(b64('oWV2YWx1ZfkAUA=='))).toEqual({ value: 0.00000476837158203125 });
    expect(decodeCbor(hex('f93e00'))).toBe(1.5);
  });

  it('joins indefinite-length text and byte strings and reads indefinite arrays and maps', () => {
    expect(decodeCbor(b64('oWtzdHJpbmdWYWx1ZX94HUFuIGV4YW1wbGUgaW5kZWZpbml0ZSBzdHJpbmcscSBjaHVua2VkIG9uIGNvbW1h/w=='))).toEqual({
      stringValue: 'An example indefinite string, chunked on comma',
    });
    const bytes = decodeCbor(b64('oWlibG9iVmFsdWVfWCJBbiBleGFtcGxlIGluZGVmaW5pdGUtYnl0ZSBzdHJpbmcsUSBjaHVua2VkIG9uIGNvbW1h/w==')) as { blobValue: Uint8Array };
    expect(new TextDecoder().decode(bytes.blobValue)).toBe('An example indefinite-byte string, chunked on comma');
    // [_ 1, 2] and {_ "a": [_ ]}
    expect(decodeCbor(hex('9f0102ff'))).toEqual([1, 2]);
    expect(decodeCbor(hex('bf61619fffff'))).toEqual({ a: [] });
  });

  it('reads tags: 1 kept as a tag, 2/3 as bigint, 4 as decimal text; undefined as null', () => {
    const t = asTagged((decodeCbor(b64('v2hkYXRldGltZcH7Qcw32zgPvnf/')) as { datetime: never }).datetime);
    expect(t).toMatchObject({ tag: 1, value: 946845296.123 });
    expect(decodeCbor(hex('c249010000000000000000'))).toBe(2n ** 64n);
    expect(decodeCbor(hex('c349010000000000000000'))).toBe(-(2n ** 64n) - 1n);
    expect(asDecimal(decodeCbor(hex('c48221196ab3')))).toBe('273.15');
    expect(asDecimal(decodeCbor(hex('c482381b1a3b9aca00')))).toBe('0.0000000000000000001000000000');
    expect(decodeCbor(hex('a16161f7'))).toEqual({ a: null });
  });

  it('keeps a map with tag and value keys a map', () => {
    const item = decodeCbor(encodeCbor({ tag: 1, value: 2 }));
    expect(isCborMap(item)).toBe(true);
    expect(asTagged(item)).toBeUndefined();
    expect(asTagged(cborTag(1, 2))).toMatchObject({ tag: 1, value: 2 });
  });

  it('never lets a __proto__ key reach Object.prototype', () => {
    const item = decodeCbor(hex('a1695f5f70726f746f5f5fa1617801'));
    expect(isCborMap(item)).toBe(true);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('throws SerializationError, never a raw decoder error, on malformed bytes', () => {
    for (const [bytes, message] of [
      [hex(''), 'unexpected end of data'],
      [hex('a26161'), 'invalid CBOR body'],
      [hex('ffff00'), 'invalid CBOR body'],
      [hex('5b00000000ffffffff00'), 'invalid CBOR body'],
      [hex('a10102'), 'invalid CBOR body'],
      [new Uint8Array(100_000).fill(0x81), 'invalid CBOR body'],
    ] as const) {
      const run = () => decodeCbor(bytes);
      expect(run).toThrow(SerializationError);
      expect(run).toThrow(message);
    }
  });
});

describe('encodeCbor', () => {
  it('writes the shortest integers, float64 for fractions and specials, byte strings, tags', () => {
    expect(toHex(encodeCbor(0))).toBe('00');
    expect(toHex(encodeCbor(-1))).toBe('20');
    expect(toHex(encodeCbor(256))).toBe('190100');
    expect(toHex(encodeCbor(1.5))).toBe('fb3ff8000000000000');
    expect(toHex(encodeCbor(NaN))).toBe('fb7ff8000000000000');
    expect(toHex(encodeCbor(-Infinity))).toBe('fbfff0000000000000');
    expect(toHex(encodeCbor(new Uint8Array([1, 2])))).toBe('420102');
    expect(toHex(encodeCbor(cborTag(1, 1576540098)))).toBe('c11a5df817c2');
    expect(toHex(encodeCbor({ a: [true, null] }))).toBe('a1616182f5f6');
  });

  it('names the problem when an item cannot be encoded', () => {
    expect(() => encodeCbor({ a: undefined } as never)).toThrow(SerializationError);
  });
});
