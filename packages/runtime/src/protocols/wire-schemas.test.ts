/**
 * A generated client's wire schemas (`client/src/schemas.ts`: no constraints, enum values or non-error shape
 * ids; plain shared scalar schemas) behave on the client side exactly as the types package's full schemas,
 * through the same codec: for every operation of the restJson1 and awsJson1_0 fixtures, with a value for
 * every member (recursion cut at a fixed depth), the request sent, the output parsed and the modeled errors
 * parsed are equal. The mock writes the responses with the full schemas, as it does in use.
 */
import { describe, expect, it } from 'vitest';
import { deref, type ErrorSchema, type MemberSchema, type OperationSchema, type Schema, type ServiceSchema, type StructureSchema } from '../schema/index.js';
import type { ProtocolCodec } from './codec.js';
import { awsJson1_0, restJson1 } from './index.js';
import * as restFull from '../__fixtures__/generated/rest-json/schemas.js';
import * as restWire from '../__fixtures__/generated/rest-json/wire-schemas.js';
import * as rpcFull from '../__fixtures__/generated/json-rpc10/schemas.js';
import * as rpcWire from '../__fixtures__/generated/json-rpc10/wire-schemas.js';

const isOperation = (v: unknown): v is OperationSchema => typeof v === 'object' && v !== null && 'input' in v && 'output' in v && 'errors' in v;
const isService = (v: unknown): v is ServiceSchema => typeof v === 'object' && v !== null && 'protocol' in v;

/** Full and wire schemas of one fixture, paired by export name. */
function pairs(full: Record<string, unknown>, wire: Record<string, unknown>) {
  const service = Object.values(full).find(isService)!;
  const wireService = Object.values(wire).find(isService)!;
  const operations = Object.entries(full)
    .filter((e): e is [string, OperationSchema] => isOperation(e[1]))
    .map(([name, op]) => ({ name, full: op, wire: wire[name] as OperationSchema }));
  return { service, wireService, operations };
}

const DEPTH = 3;
const DATE = new Date(1576540098 * 1000);

/** One value of every member of a structure (a union: its first member), down to {@link DEPTH} levels. */
function structureSample(schema: StructureSchema | Extract<Schema, { type: 'union' }>, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(schema.members)) {
    const v = member.httpResponseCode ? 200 : memberSample(member, depth);
    if (v !== undefined) out[name] = v;
    if (schema.type === 'union' && v !== undefined) break;
  }
  return out;
}

function memberSample(member: MemberSchema, depth: number): unknown {
  const schema = deref(member.target);
  switch (schema.type) {
    case 'string':
      return 'text';
    case 'enum':
      return schema.values[0];
    case 'intEnum':
      return schema.values[0];
    case 'boolean':
      return true;
    case 'byte': case 'short': case 'integer': case 'long':
      return 7;
    case 'float': case 'double':
      return 1.5;
    case 'bigInteger':
      return 12345678901234567890n;
    case 'bigDecimal':
      return '1.25';
    case 'timestamp':
      return DATE;
    case 'blob':
      return schema.streaming ? undefined : new Uint8Array([1, 2, 3]);
    case 'document':
      return { a: [1, 'b'] };
    case 'list': {
      if (depth === 0) return undefined;
      const item = memberSample(schema.member, depth - 1);
      return item === undefined ? [] : [item];
    }
    case 'map': {
      if (depth === 0) return undefined;
      const item = memberSample(schema.value, depth - 1);
      return item === undefined ? {} : { k: item };
    }
    case 'structure':
      return depth === 0 ? undefined : structureSample(schema, depth - 1);
    case 'union':
      return depth === 0 || schema.streaming ? undefined : structureSample(schema, depth - 1);
  }
}

/** Run `fn`, returning its result or the thrown error's message (both views must fail alike). */
function outcome<T>(fn: () => T): T | { error: string } {
  try {
    return fn();
  } catch (e) {
    return { error: e instanceof Error ? `${e.name}: ${(e as Error & { path?: string }).path ?? ''}` : String(e) };
  }
}

const CASES: ReadonlyArray<readonly [string, ProtocolCodec, Record<string, unknown>, Record<string, unknown>]> = [
  ['restJson1', restJson1, restFull, restWire],
  ['awsJson1_0', awsJson1_0, rpcFull, rpcWire],
];

describe.each(CASES)('%s: wire schemas and full schemas', (_name, codec, full, wire) => {
  const { service, wireService, operations } = pairs(full, wire);

  it('pair up: every operation has a wire schema, with the same id, name, HTTP binding and error ids', () => {
    expect(operations.length).toBeGreaterThan(1);
    for (const op of operations) {
      expect(op.wire, op.name).toBeDefined();
      expect([op.wire.id, op.wire.name, op.wire.http]).toEqual([op.full.id, op.full.name, op.full.http]);
      expect(op.wire.errors.map((e) => deref(e).id)).toEqual(op.full.errors.map((e) => deref(e).id));
    }
  });

  it('send the same requests, parse the same outputs and the same modeled errors', () => {
    for (const op of operations) {
      const i = structureSample(deref(op.full.input), DEPTH);
      const o = structureSample(deref(op.full.output), DEPTH);
      const token = { idempotencyToken: () => '00000000-0000-4000-8000-000000000000' };
      const sent = outcome(() => codec.serializeRequest(service, op.full, i, token));
      expect(sent, op.name).not.toHaveProperty('error');
      expect(outcome(() => codec.serializeRequest(wireService, op.wire, i, token)), op.name).toEqual(sent);
      const response = codec.serializeResponse(service, op.full, o);
      const parsed = outcome(() => codec.parseResponse(service, op.full, response));
      expect(parsed, op.name).not.toHaveProperty('error');
      expect(outcome(() => codec.parseResponse(wireService, op.wire, response)), op.name).toEqual(parsed);
      for (const thunk of op.full.errors) {
        const error = deref(thunk) as ErrorSchema;
        const errorResponse = codec.serializeError(service, op.full, error, structureSample(error, DEPTH));
        const viaFull = codec.parseError(service, op.full, errorResponse);
        const viaWire = codec.parseError(wireService, op.wire, errorResponse);
        expect(viaFull.schema?.id, op.name).toBe(error.id);
        expect({ ...viaWire, schema: viaWire.schema?.id }, op.name).toEqual({ ...viaFull, schema: viaFull.schema?.id });
      }
    }
  });
});
