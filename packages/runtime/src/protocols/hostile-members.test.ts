/**
 * Member names that exist on `Object.prototype` (`constructor`, `toString`, `valueOf`, `hasOwnProperty`,
 * `__proto__`, …) are plain data in every codec, in both directions: the schemas of
 * `fixtures/models/hostile-members.json` carry them at every level (input, output, nested structure,
 * union, map keys, list of structures, error, labels, headers, query, query maps) and each value
 * survives client serialise → mock parse and mock serialise → client parse unchanged, with no
 * inherited member read and no prototype touched.
 */
import { describe, expect, it } from 'vitest';
import { fromHttpRequest, fromHttpResponse, toHttpRequest, toHttpResponse } from '../http/fetch.js';
import { utf8Decode } from '../bytes/utf8.js';
import type { OperationSchema, ServiceSchema } from '../schema/index.js';
import type { ProtocolCodec } from './codec.js';
import { awsJson1_1, restJson1 } from './index.js';
import * as rest from '../__fixtures__/generated/hostile-members/schemas.js';
import * as json from '../__fixtures__/generated/hostile-members-json/schemas.js';

/** A plain object with `entries` as own data properties (`__proto__` included). */
function own(entries: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entries)) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

const T = new Date(1700000000000);
const nested = (word: string) => own({ constructor: word, toString: 3, ['__proto__']: 'pp', valueOf: true, hasOwnProperty: T, toLocaleString: own({ constructor: 'abc' }) });

const INPUT = own({
  constructor: 'thing',
  toString: 'header value',
  valueOf: 42,
  toLocaleString: own({ constructor: 'q1', ['__proto__']: 'q2', toString: 'q3' }),
  hasOwnProperty: nested('abc'),
  ['__proto__']: own({ toString: own({ valueOf: 'leaf', ['__proto__']: 7 }) }),
  isPrototypeOf: own({ constructor: nested('mapa'), ['__proto__']: nested('mapb'), toString: nested('mapc') }),
  propertyIsEnumerable: [nested('lista'), own({ constructor: 'only' })],
  __defineGetter__: 'word',
});
const OUTPUT = own({
  constructor: 'from header',
  toString: 'word',
  ['__proto__']: nested('out'),
  valueOf: [nested('list')],
  hasOwnProperty: own({ constructor: nested('map'), valueOf: own({ constructor: 'min' }) }),
  isPrototypeOf: own({ ['__proto__']: 5 }),
});
const ERROR = own({ message: 'no', constructor: 'word', toString: 'ts', valueOf: 1, ['__proto__']: nested('err'), hasOwnProperty: 'header', prototype: 'p' });

/** Every object in `value` is a plain `Object.prototype` object (no prototype was replaced by a `__proto__` key). */
function plainThroughout(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(plainThroughout);
  if (value === null || typeof value !== 'object' || value instanceof Date || value instanceof Uint8Array) return true;
  return Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(plainThroughout);
}

/** Own enumerable entries, recursively, as `[key, value]` lists: compares `__proto__` keys like any other. */
function entries(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(entries);
  if (value === null || typeof value !== 'object' || value instanceof Date || value instanceof Uint8Array) return value;
  return Object.entries(value).map(([k, v]) => [k, entries(v)]).sort(([a], [b]) => String(a).localeCompare(String(b)));
}

async function roundTrip(
  codec: ProtocolCodec,
  service: ServiceSchema,
  operation: OperationSchema,
  input: Record<string, unknown>,
  output: Record<string, unknown>,
  parsed = input,
) {
  const wire = codec.serializeRequest(service, operation, input);
  const received = await toHttpRequest(fromHttpRequest(wire, 'https://hostile.example.com'));
  expect(codec.matchRequest(service, operation, received)).toBe(true);
  const parsedInput = codec.parseRequest(service, operation, received);
  expect(entries(parsedInput)).toEqual(entries(parsed));
  expect(plainThroughout(parsedInput)).toBe(true);
  const response = await toHttpResponse(fromHttpResponse(codec.serializeResponse(service, operation, output)));
  const parsedOutput = codec.parseResponse(service, operation, response);
  expect(entries(parsedOutput)).toEqual(entries(output));
  expect(plainThroughout(parsedOutput)).toBe(true);
  return { wire, response };
}

describe.each([
  ['restJson1', restJson1, rest.HostileMembersService$, rest],
  ['awsJson1_1', awsJson1_1, json.HostileMembersJsonService$, json],
] as const)('%s: members named like Object.prototype members are plain data', (_name, codec, service, schemas) => {
  it('round-trips input and output with such members at every level', async () => {
    // restJson1's mock sees every query parameter in the @httpQueryParams map, the @httpQuery-bound `valueOf` too (by design).
    const parsedInput = codec === restJson1 ? own({ ...INPUT, toLocaleString: own({ ...(INPUT['toLocaleString'] as object), valueOf: '42' }) }) : INPUT;
    await roundTrip(codec, service, schemas.PutThing$, INPUT, OUTPUT, parsedInput);
  });

  it('never reads an inherited member: values without those members stay without them', async () => {
    const { wire, response } = await roundTrip(codec, service, schemas.PutThing$, own({ constructor: 'x' }), own({ toString: 'word', ['__proto__']: own({ constructor: 'only' }) }));
    if (codec === restJson1) {
      expect(wire.path).toBe('/things/x');
      expect(wire.query).toEqual([]);
      expect(Object.keys(wire.headers).filter((h) => h.startsWith('x-'))).toEqual([]);
    }
    const body = utf8Decode(response.body!);
    expect(JSON.parse(body)).toEqual(JSON.parse('{"toString":"word","__proto__":{"constructor":"only"}}'));
  });

  it('round-trips a modeled error with such members (mock serializeError → client parseError)', async () => {
    const res = await toHttpResponse(fromHttpResponse(codec.serializeError(service, schemas.PutThing$, schemas.HostileError$, ERROR)));
    const parsed = codec.parseError(service, schemas.PutThing$, res);
    expect(parsed.code).toBe('HostileError');
    expect(parsed.schema).toBe(schemas.HostileError$);
    expect(entries(parsed.members)).toEqual(entries(ERROR));
    expect(plainThroughout(parsed.members)).toBe(true);
  });

  it('leaves Object.prototype untouched', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(
      ['__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', '__proto__', 'constructor', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'toString', 'valueOf'].sort(),
    );
    expect(typeof Object.prototype.toString).toBe('function');
  });
});
