/**
 * Property tests of the rpcv2Cbor codec: for random values of a few schemas, the client's request
 * parsed by the mock, the mock's response parsed by the client, and the mock's error parsed by the
 * client give back exactly the value sent.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rpcv2Cbor } from './rpcv2-cbor.js';
import { deref } from '../schema/index.js';
import type { MemberSchema, OperationSchema, Schema, ServiceSchema, StructureSchema } from '../schema/index.js';
import { ComplexError$, GreetingWithErrors$, MyUnion$, Nested1$, RecursiveShapes$, RpcV2Protocol$, SimpleScalarProperties$, SparseStringList$, SparseStringMap$, StringList$ } from './__fixtures__/rpcv2-cbor.js';
import { INT_RANGES } from '../codecs/integers.js';
import { runs } from '../__fixtures__/fast-check.js';

const noNegativeZero = (n: number): number => (Object.is(n, -0) ? 0 : n);
const key = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'toString', '__type'));

/** Values of a schema, as the runtime type mapping defines them (`schema/shapes.ts`). */
function arbitrary(schema: Schema, depth: number): fc.Arbitrary<unknown> {
  switch (schema.type) {
    case 'string':
      return fc.string({ unit: 'grapheme', maxLength: 20 });
    case 'enum':
      return fc.constantFrom(...schema.values);
    case 'intEnum':
      return fc.constantFrom(...schema.values);
    case 'boolean':
      return fc.boolean();
    case 'byte':
    case 'short':
    case 'integer':
    case 'long': {
      const [min, max] = INT_RANGES[schema.type]!;
      return fc.integer({ min: Math.max(Number(min), Number.MIN_SAFE_INTEGER), max: Math.min(Number(max), Number.MAX_SAFE_INTEGER) });
    }
    case 'float':
      return fc.float().map(noNegativeZero);
    case 'double':
      return fc.double().map(noNegativeZero);
    case 'bigInteger':
      return fc.bigInt({ min: -(2n ** 130n), max: 2n ** 130n });
    case 'bigDecimal':
      return fc.tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 12 })).map(([m, scale]) => {
        const digits = (m < 0n ? -m : m).toString().padStart(scale + 1, '0');
        return `${m < 0n ? '-' : ''}${scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits}`;
      });
    case 'blob':
      return fc.uint8Array({ maxLength: 32 });
    case 'timestamp':
      return fc.date({ min: new Date(-2e12), max: new Date(4e12), noInvalidDate: true });
    case 'document':
      // A null document member is an unset member, so it does not come back.
      return fc.jsonValue({ maxDepth: 2 }).filter((v) => v !== null).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
    case 'list':
      return fc.array(memberArbitrary(schema.member, depth, schema.sparse), { maxLength: 4 });
    case 'map':
      return fc.dictionary(key, memberArbitrary(schema.value, depth, schema.sparse), { maxKeys: 4 }).map((record) => {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(record)) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
        return out;
      });
    case 'structure':
      return structureArbitrary(schema, depth);
    case 'union': {
      const members = Object.entries(schema.members);
      return fc.oneof(...members.map(([name, member]) => memberArbitrary(member, depth, false).map((v) => ({ [name]: v }))));
    }
  }
}

function memberArbitrary(member: MemberSchema, depth: number, sparse: boolean | undefined): fc.Arbitrary<unknown> {
  const value = arbitrary(deref(member.target), depth + 1);
  return sparse ? fc.option(value, { nil: null }) : value;
}

function structureArbitrary(schema: StructureSchema, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(schema.members).filter(([, m]) => depth < 4 || deref(m.target).type !== 'structure');
  const shape = Object.fromEntries(entries.map(([name, member]) => [name, memberArbitrary(member, depth, false)]));
  return fc.record(shape, { requiredKeys: [] });
}

const Everything$: StructureSchema = {
  type: 'structure',
  id: 'test#Everything',
  name: 'Everything',
  members: {
    ...deref(SimpleScalarProperties$.input).members,
    bigInteger: { target: { type: 'bigInteger' } },
    bigDecimal: { target: { type: 'bigDecimal' } },
    timestamp: { target: { type: 'timestamp' } },
    enumValue: { target: { type: 'enum', values: ['Foo', 'Bar'] } },
    intEnum: { target: { type: 'intEnum', values: [1, 2, 3] } },
    document: { target: { type: 'document' } },
    list: { target: StringList$ },
    sparseList: { target: SparseStringList$ },
    sparseMap: { target: SparseStringMap$ },
    union: { target: () => MyUnion$ },
    nested: { target: () => Nested1$ },
  },
};
const EverythingOperation$: OperationSchema = { id: 'test#Everything', name: 'Everything', input: () => Everything$, output: () => Everything$, errors: [] };

const SCHEMAS: readonly [string, ServiceSchema, OperationSchema][] = [
  ['SimpleScalarProperties', RpcV2Protocol$, SimpleScalarProperties$],
  ['RecursiveShapes', RpcV2Protocol$, RecursiveShapes$],
  ['Everything', RpcV2Protocol$, EverythingOperation$],
];

describe('rpcv2Cbor client ⇄ mock identities', () => {
  for (const [name, service, operation] of SCHEMAS) {
    const values = structureArbitrary(deref(operation.input), 0);

    it(`${name}: client serializeRequest → mock parseRequest gives the input back`, () => {
      fc.assert(
        fc.property(values, (input) => {
          const wire = rpcv2Cbor.serializeRequest(service, operation, input);
          expect(rpcv2Cbor.matchRequest(service, operation, wire)).toBe(true);
          expect(rpcv2Cbor.parseRequest(service, operation, wire)).toEqual(input);
        }),
        runs(150),
      );
    });

    it(`${name}: mock serializeResponse → client parseResponse gives the output back`, () => {
      fc.assert(
        fc.property(values, (output) => {
          expect(rpcv2Cbor.parseResponse(service, operation, rpcv2Cbor.serializeResponse(service, operation, output))).toEqual(output);
        }),
        runs(150),
      );
    });
  }

  it('ComplexError: mock serializeError → client parseError gives code, schema and members back', () => {
    fc.assert(
      fc.property(structureArbitrary(ComplexError$, 0), (members) => {
        const parsed = rpcv2Cbor.parseError(RpcV2Protocol$, GreetingWithErrors$, rpcv2Cbor.serializeError(RpcV2Protocol$, GreetingWithErrors$, ComplexError$, members));
        expect([parsed.code, parsed.schema, parsed.members]).toEqual(['ComplexError', ComplexError$, members]);
      }),
      runs(100),
    );
  });
});
