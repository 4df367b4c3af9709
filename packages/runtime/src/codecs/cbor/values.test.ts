import { describe, expect, it } from 'vitest';
import { SerializationError } from '../serialization-error.js';
import { KitchenSink$, MyUnion$, SimpleScalarStructure$ } from '../../protocols/__fixtures__/rpcv2-cbor.js';
import { asDecimal, asTagged, decodeCbor, encodeCbor } from './wire.js';
import { bignum, decimalFraction, structureToCbor } from './serialize.js';
import { documentFromCbor, structureFromCbor } from './deserialize.js';

const b64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const toHex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const strict = { strict: true, fillDefaults: true } as const;
const lenient = { strict: false, fillDefaults: true, errorCorrection: true } as const;

const SCALARS = {
  byteValue: 5,
  doubleValue: 1.889,
  falseBooleanValue: false,
  floatValue: 7.625,
  integerValue: 256,
  longValue: 9873,
  shortValue: 9898,
  stringValue: 'simple',
  trueBooleanValue: true,
  blobValue: utf8('foo'),
};

describe('CBOR value codec: scalars (RpcV2CborSimpleScalarProperties)', () => {
  it('reads the compliance bodies: definite and indefinite maps, upcast numbers, extra fields skipped', () => {
    const bodies = [
      // RpcV2CborSimpleScalarProperties (indefinite map)
      'v2lieXRlVmFsdWUFa2RvdWJsZVZhbHVl+z/+OVgQYk3TcWZhbHNlQm9vbGVhblZhbHVl9GpmbG9hdFZhbHVl+kD0AABsaW50ZWdlclZhbHVlGQEAaWxvbmdWYWx1ZRkmkWpzaG9ydFZhbHVlGSaqa3N0cmluZ1ZhbHVlZnNpbXBsZXB0cnVlQm9vbGVhblZhbHVl9WlibG9iVmFsdWVDZm9v/w==',
      // RpcV2CborSimpleScalarPropertiesUsingIndefiniteLength (indefinite keys)
      'qmlieXRlVmFsdWUFf2Zkb3VibGVlVmFsdWX/+z/+OVgQYk3Tf2VmYWxzZWdCb29sZWFuZVZhbHVl//RqZmxvYXRWYWx1ZfpA9AAAbGludGVnZXJWYWx1ZRkBAGlsb25nVmFsdWUZJpFqc2hvcnRWYWx1ZRkmqn9mc3RyaW5nZVZhbHVl/2ZzaW1wbGVwdHJ1ZUJvb2xlYW5WYWx1ZfVpYmxvYlZhbHVlQ2Zvbw==',
      // RpcV2CborExtraFieldsInTheBodyShouldBeSkippedByServers
      'v2lieXRlVmFsdWUFa2RvdWJsZVZhbHVl+z/+OVgQYk3TcWZhbHNlQm9vbGVhblZhbHVl9GpmbG9hdFZhbHVl+kD0AABrZXh0cmFPYmplY3S/c2luZGVmaW5pdGVMZW5ndGhNYXC/a3dpdGhBbkFycmF5nwECA///cWRlZmluaXRlTGVuZ3RoTWFwo3J3aXRoQURlZmluaXRlQXJyYXmDAQIDeB1hbmRTb21lSW5kZWZpbml0ZUxlbmd0aFN0cmluZ3gfdGhhdCBoYXMsIGJlZW4gY2h1bmtlZCBvbiBjb21tYWxub3JtYWxTdHJpbmdjZm9vanNob3J0VmFsdWUZJw9uc29tZU90aGVyRmllbGR2dGhpcyBzaG91bGQgYmUgc2tpcHBlZP9saW50ZWdlclZhbHVlGQEAaWxvbmdWYWx1ZRkmkWpzaG9ydFZhbHVlGSaqa3N0cmluZ1ZhbHVlZnNpbXBsZXB0cnVlQm9vbGVhblZhbHVl9WlibG9iVmFsdWVDZm9v/w==',
    ];
    for (const body of bodies) expect(structureFromCbor(SimpleScalarStructure$, decodeCbor(b64(body)), strict)).toEqual(SCALARS);
    // RpcV2CborSupportsUpcastingData: float16 for a double, float16 for a float, 1-byte integers
    expect(structureFromCbor(SimpleScalarStructure$, decodeCbor(b64('v2tkb3VibGVWYWx1Zfk+AGpmbG9hdFZhbHVl+UegbGludGVnZXJWYWx1ZRg4aWxvbmdWYWx1ZRkBAGpzaG9ydFZhbHVlCv8=')), strict)).toEqual({
      doubleValue: 1.5,
      floatValue: 7.625,
      integerValue: 56,
      longValue: 256,
      shortValue: 10,
    });
  });

  it('writes scalars that read back as the same values, and skips null members', () => {
    const bytes = encodeCbor(structureToCbor(SimpleScalarStructure$, { ...SCALARS, stringValue: null } as never, {}));
    expect(structureFromCbor(SimpleScalarStructure$, decodeCbor(bytes), strict)).toEqual({ ...SCALARS, stringValue: undefined });
    expect(Object.keys(decodeCbor(bytes) as object)).not.toContain('stringValue');
    // NaN and infinities travel as floats (RpcV2CborSupportsNaNFloatInputs et al.)
    const specials = structureToCbor(SimpleScalarStructure$, { doubleValue: NaN, floatValue: -Infinity }, {});
    expect(toHex(encodeCbor(specials))).toBe('a26b646f75626c6556616c7565fb7ff80000000000006a666c6f617456616c7565fbfff0000000000000');
  });

  it('rejects wrongly typed values naming the member path', () => {
    expect(() => structureToCbor(SimpleScalarStructure$, { integerValue: 1.5 }, {})).toThrow('expected an integer for integer, got number 1.5 (at /integerValue)');
    expect(() => structureFromCbor(SimpleScalarStructure$, { byteValue: 300 }, strict)).toThrow('expected a byte in [-128, 127] for byte, got number 300 (at /byteValue)');
    expect(structureFromCbor(SimpleScalarStructure$, { byteValue: 300 }, lenient)).toEqual({ byteValue: 300 });
    expect(() => structureFromCbor(SimpleScalarStructure$, { stringValue: 1 }, lenient)).toThrow(SerializationError);
    expect(() => structureFromCbor(SimpleScalarStructure$, [1], strict)).toThrow('expected a CBOR map for smithy.protocoltests.rpcv2Cbor#SimpleScalarStructure, got an array (at /)');
  });
});

describe('CBOR value codec: tagged values', () => {
  it('timestamps are tag 1 epoch seconds (integer or float); untagged numbers only leniently', () => {
    const out = structureToCbor(KitchenSink$, { timestamp: new Date(946845296123) }, {});
    expect(toHex(encodeCbor(out))).toBe('a16974696d657374616d70c1fb41cc37db380fbe77');
    expect(structureFromCbor(KitchenSink$, decodeCbor(b64('v2l0aW1lc3RhbXDB+0HMN9s4D753/w==')), strict)).toMatchObject({ timestamp: new Date(946845296123) });
    expect(structureFromCbor(KitchenSink$, { timestamp: 946845296 }, lenient)).toMatchObject({ timestamp: new Date(946845296000) });
    expect(() => structureFromCbor(KitchenSink$, { timestamp: 946845296 }, strict)).toThrow('expected epoch seconds (tag 1)');
  });

  it('bigInteger is a tag 2/3 bignum; readers also take plain integers', () => {
    expect(toHex(encodeCbor(bignum(2n ** 64n)))).toBe('c249010000000000000000');
    expect(toHex(encodeCbor(bignum(-1n)))).toBe('c340');
    expect(toHex(encodeCbor(bignum(255n)))).toBe('c241ff');
    for (const n of [0n, 1n, -1n, 2n ** 64n, -(2n ** 70n) + 3n, 123456789012345678901234567890n]) {
      expect(structureFromCbor(KitchenSink$, decodeCbor(encodeCbor(structureToCbor(KitchenSink$, { bigInteger: n }, {}))), strict)).toMatchObject({ bigInteger: n });
    }
    expect(structureFromCbor(KitchenSink$, { bigInteger: 42 }, strict)).toMatchObject({ bigInteger: 42n });
  });

  it('bigDecimal is a tag 4 decimal fraction [exponent, mantissa] and reads back as the same text', () => {
    expect(toHex(encodeCbor(decimalFraction('273.15')!))).toBe('c48221196ab3');
    expect(toHex(encodeCbor(decimalFraction('-1.5e3')!))).toBe('c482022e');
    expect(toHex(encodeCbor(decimalFraction('0.5')!))).toBe('c4822005');
    expect(decimalFraction('1.2.3')).toBeUndefined();
    for (const text of ['273.15', '-0.001', '12345678901234567890123456789.123456789', '7']) {
      const item = decodeCbor(encodeCbor(structureToCbor(KitchenSink$, { bigDecimal: text }, {})));
      expect(asDecimal((item as { bigDecimal: never }).bigDecimal)).toBe(text);
    }
    expect(structureFromCbor(KitchenSink$, { bigDecimal: 1.5 }, strict)).toMatchObject({ bigDecimal: '1.5' });
  });
});

describe('CBOR value codec: aggregates', () => {
  it('dense lists and maps reject null entries strictly and skip them leniently; sparse ones keep them', () => {
    expect(() => structureFromCbor(KitchenSink$, { list: ['a', null] }, strict)).toThrow('null entry in a non-sparse list (at /list/1)');
    expect(structureFromCbor(KitchenSink$, { list: ['a', null] }, lenient)).toMatchObject({ list: ['a'] });
    expect(structureFromCbor(KitchenSink$, { sparseList: ['a', null], sparseMap: { x: null, y: 'b' } }, strict)).toMatchObject({ sparseList: ['a', null], sparseMap: { x: null, y: 'b' } });
    expect(structureToCbor(KitchenSink$, { sparseList: ['a', null], list: ['a', null] }, {})).toEqual({ sparseList: ['a', null], list: ['a'] });
    expect(() => structureFromCbor(KitchenSink$, { structMap: { k: null } }, strict)).toThrow('null value in a non-sparse map (at /structMap/k)');
  });

  it('map keys such as __proto__ and constructor stay data', () => {
    const value = JSON.parse('{"__proto__": "p", "constructor": "c"}') as Record<string, string>;
    const wire = structureToCbor(KitchenSink$, { sparseMap: value }, {});
    expect(Object.keys((wire as { sparseMap: object }).sparseMap)).toEqual(['__proto__', 'constructor']);
    const read = structureFromCbor(KitchenSink$, wire, strict) as { sparseMap: Record<string, unknown> };
    expect(Object.keys(read.sparseMap)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(read.sparseMap)).toBe(Object.prototype);
  });

  it('unions carry exactly one member; unknown members are kept leniently and rejected strictly', () => {
    expect(structureToCbor(KitchenSink$, { union: { timestampValue: new Date(1000) } }, {})).toMatchObject({ union: { timestampValue: { tag: 1, value: 1 } } });
    expect(() => structureToCbor(KitchenSink$, { union: { stringValue: 'a', blobValue: utf8('b') } }, {})).toThrow('a union must have exactly one member set, got 2 (stringValue, blobValue) (at /union)');
    expect(structureFromCbor(KitchenSink$, { union: { newMember: 'x' } }, lenient)).toMatchObject({ union: { $unknown: ['newMember', 'x'] } });
    expect(() => structureFromCbor(KitchenSink$, { union: { newMember: 'x' } }, strict)).toThrow(`unknown member "newMember" of union ${MyUnion$.id}`);
    expect(structureToCbor(KitchenSink$, { union: { $unknown: ['newMember', 'x'] } }, {})).toEqual({ union: { newMember: 'x' } });
  });

  it('documents are plain CBOR both ways', () => {
    const doc = { a: [1, 'two', true, null], b: { c: 1.5 } };
    const wire = structureToCbor(KitchenSink$, { document: doc }, {});
    expect(structureFromCbor(KitchenSink$, decodeCbor(encodeCbor(wire)), strict)).toMatchObject({ document: doc });
    expect(documentFromCbor(decodeCbor(Uint8Array.from([0xc1, 0x01])))).toEqual(new Date(1000));
    expect(asTagged(structureToCbor(KitchenSink$, { document: new Date(0) }, {})['document']!)).toMatchObject({ tag: 1, value: 0 });
  });

  it('fills defaults on both sides and zero-fills required members on the client', () => {
    expect(structureToCbor(KitchenSink$, {}, { defaults: 'all' })).toEqual({ withDefault: 'dflt' });
    expect(structureToCbor(KitchenSink$, {}, { defaults: 'client' })).toEqual({});
    expect(structureFromCbor(KitchenSink$, {}, strict)).toEqual({ withDefault: 'dflt' });
    expect(structureFromCbor(KitchenSink$, {}, lenient)).toEqual({ withDefault: 'dflt', required: 0 });
  });
});
