import { describe, expect, it } from 'vitest';
import { SerializationError } from '../serialization-error.js';
import type { ListSchema, StructureSchema } from '../../schema/index.js';
import { utf8Encode } from '../../bytes/utf8.js';
import { JsonNumber, parseJsonText } from './text.js';
import { bigNumberFeature, hasBigNumbers } from './big-numbers.js';
import { timestampFeature } from '../timestamps.js';
import { isEmptyJsonBody as isEmptyBody, jsonBodyCodec, parseJsonBody } from './body.js';

describe('parseJsonBody', () => {
  const body = utf8Encode('{"n":1.10,"big":123456789012345678901234567890,"list":[-0,1e400]}');

  it('keeps number literals as text with the exact reader, and gives plain doubles on the JSON.parse fast path', () => {
    const exact = parseJsonBody(body, parseJsonText) as Record<string, unknown>;
    expect(exact.n).toEqual(new JsonNumber('1.10'));
    expect(exact.big).toEqual(new JsonNumber('123456789012345678901234567890'));
    const fast = parseJsonBody(body, parseJsonText, false) as Record<string, unknown>;
    expect(parseJsonBody(body)).toEqual(fast);
    expect(fast).toEqual({ n: 1.1, big: 1.2345678901234568e29, list: [-0, Infinity] });
    expect(Object.is((fast.list as number[])[0], -0)).toBe(true);
  });

  it('reports the offset of invalid JSON the same way on both paths when the exact reader is there', () => {
    const bad = utf8Encode('{"a":1,}');
    const messages = [true, false].map((exactNumbers) => {
      try {
        parseJsonBody(bad, parseJsonText, exactNumbers);
        return 'parsed';
      } catch (e) {
        expect(e).toBeInstanceOf(SerializationError);
        return (e as Error).message;
      }
    });
    expect(messages[0]).toMatch(/invalid JSON body: expected an object key at offset 7/);
    expect(messages[1]).toBe(messages[0]);
  });

  it('reports JSON.parse\'s message (naming the position) without the exact reader (a client without the bigNumbers feature)', () => {
    expect(() => parseJsonBody(utf8Encode('{"a":1,}'))).toThrow(/^invalid JSON body: .*position 7.* \(at \/\)$/);
  });

  it('keeps __proto__ as an own member on the fast path', () => {
    const out = parseJsonBody(utf8Encode('{"__proto__":{"x":1}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(out, '__proto__')).toBe(true);
  });
});

describe('isEmptyBody', () => {
  it('is true only for absent, empty or JSON-whitespace bodies', () => {
    expect(isEmptyBody(undefined)).toBe(true);
    expect(isEmptyBody(new Uint8Array())).toBe(true);
    expect(isEmptyBody(utf8Encode(' \t\r\n '))).toBe(true);
    expect(isEmptyBody(utf8Encode('  {}'))).toBe(false);
    expect(isEmptyBody(utf8Encode('\u00a0'))).toBe(false);
  });
});

describe('hasBigNumbers', () => {
  it('finds bigInteger / bigDecimal through members, list items and map values, including across cycles', () => {
    const Leaf: StructureSchema = { type: 'structure', name: 'Leaf', members: { d: { target: { type: 'bigDecimal' } } } };
    const Plain: StructureSchema = { type: 'structure', name: 'Plain', members: { n: { target: { type: 'long' } }, f: { target: { type: 'double' } } } };
    const ViaMap: StructureSchema = {
      type: 'structure',
      name: 'ViaMap',
      members: { m: { target: { type: 'map', key: { target: { type: 'string' } }, value: { target: Leaf } } } },
    };
    // A → B → A, and only A holds the big number: B must still report it, whichever is asked first
    const A: { type: 'structure'; name: string; members: Record<string, { target: unknown }> } = { type: 'structure', name: 'A', members: {} };
    const B: StructureSchema = { type: 'structure', name: 'B', members: { a: { target: () => A as StructureSchema } } };
    A.members.b = { target: B };
    A.members.i = { target: { type: 'bigInteger' } };
    const Self: ListSchema = { type: 'list', member: { target: () => Self } };

    expect(hasBigNumbers(Plain)).toBe(false);
    expect(hasBigNumbers(ViaMap)).toBe(true);
    expect(hasBigNumbers(A as StructureSchema)).toBe(true);
    expect(hasBigNumbers(B)).toBe(true);
    expect(hasBigNumbers(Self)).toBe(false);
  });
});

describe('jsonBodyCodec: lenient read (fast path vs exact path)', () => {
  it('gives the same output as the exact reader for a closure without big numbers', () => {
    const Out: StructureSchema = {
      type: 'structure',
      name: 'Out',
      members: {
        count: { target: { type: 'long' } },
        ratio: { target: { type: 'double' } },
        when: { target: { type: 'timestamp' } },
        items: { target: { type: 'list', member: { target: { type: 'integer' } } } },
        nan: { target: { type: 'float' } },
      },
    };
    const features = { timestamps: timestampFeature, bigNumbers: bigNumberFeature };
    const codec = jsonBodyCodec({ write: { useJsonName: true }, read: { useJsonName: true, strict: false, fillDefaults: true, errorCorrection: true, features } });
    const body = utf8Encode('{"count":9007199254740991,"ratio":0.1,"when":1576540098.5,"items":[1,2],"nan":"NaN","extra":{"deep":[1]}}');
    const out = codec.readMembers(Out, body, Object.keys(Out.members));
    expect(out).toEqual({ count: 9007199254740991, ratio: 0.1, when: new Date(1576540098500), items: [1, 2], nan: NaN });
    expect(hasBigNumbers(Out)).toBe(false);
  });

  it('reads a strict structure payload of `{}` as unset, and a lenient one as an empty structure', () => {
    const Payload: StructureSchema = { type: 'structure', name: 'P', members: { a: { target: { type: 'string' } } } };
    const member = { target: Payload };
    const strict = jsonBodyCodec({ write: { useJsonName: true }, read: { useJsonName: true, strict: true } });
    const lenient = jsonBodyCodec({ write: { useJsonName: true }, read: { useJsonName: true, strict: false } });
    expect(strict.readValue(member, utf8Encode('{}'), '/p')).toBeUndefined();
    expect(lenient.readValue(member, utf8Encode('{}'), '/p')).toEqual({});
    expect(strict.readValue(member, utf8Encode('{"a":"x"}'), '/p')).toEqual({ a: 'x' });
  });
});
