/**
 * Property tests for the query protocols (awsQuery, ec2Query): for random schemas and values, client
 * serialise → mock parse (form bodies) and mock serialise → client parse (XML bodies) are identities
 * through the fetch adapters, and modeled errors come back with their members.
 *
 * Kept out by design (what the protocols cannot carry): `document` members and sparse collections (no
 * XML or query form for them), C0 control characters in response strings (not allowed in XML 1.0), and, in
 * requests, empty structures and maps (and ec2Query empty lists), which are not on the wire: requests send
 * the generated input without them ({@link onTheWire}).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deref } from '../schema/index.js';
import type { ErrorSchema, OperationSchema, Schema, ServiceSchema } from '../schema/index.js';
import { fromHttpRequest, fromHttpResponse, toHttpRequest, toHttpResponse } from '../http/fetch.js';
import type { ProtocolCodec } from './codec.js';
import { awsQuery, ec2Query } from './index.js';
import { runs } from '../__fixtures__/fast-check.js';
import { errorStructure, rpcOperation } from '../__fixtures__/arbitraries/schemas.js';
import { structureValue } from '../__fixtures__/arbitraries/values.js';

const service = (protocol: ServiceSchema['protocol']): ServiceSchema => ({ id: 'test.random#Service', name: 'Service', sdkId: 'Service', version: '1', protocol, errors: [] });
/** A generous bound that only catches a hang (see roundtrip.property.test.ts). */
const PROPERTY_TIMEOUT_MS = 60_000;

/** Does a schema reach a `document` or a sparse collection? */
function unrepresentable(schema: Schema, seen = new Set<Schema>()): boolean {
  if (seen.has(schema)) return false;
  seen.add(schema);
  switch (schema.type) {
    case 'document':
      return true;
    case 'list':
      return schema.sparse === true || unrepresentable(deref(schema.member.target), seen);
    case 'map':
      return schema.sparse === true || unrepresentable(deref(schema.value.target), seen);
    case 'structure':
    case 'union':
      return Object.values(schema.members).some((m) => unrepresentable(deref(m.target), seen));
    default:
      return false;
  }
}

const xmlOperation = rpcOperation.filter((op) => !unrepresentable(deref(op.input)) && !unrepresentable(deref(op.output)));

/** Does a value hold a string with a C0 control character, which XML 1.0 cannot carry? */
function hasControlCharacter(value: unknown): boolean {
  if (typeof value === 'string') return /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(value);
  if (Array.isArray(value)) return value.some(hasControlCharacter);
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && !(value instanceof Uint8Array)) {
    return Object.entries(value).some(([k, v]) => hasControlCharacter(k) || hasControlCharacter(v));
  }
  return false;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) && !(value instanceof Uint8Array);
}

/**
 * A request input as the query form can carry it: structures and maps without members drop out (they send
 * no parameter), recursively, and with `dropEmptyLists` (ec2Query) empty lists too. The top level stays.
 */
function onTheWire(value: Record<string, unknown>, dropEmptyLists: boolean): Record<string, unknown> {
  const compact = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      const items = v.map(compact).filter((item) => item !== undefined);
      return dropEmptyLists && items.length === 0 ? undefined : items;
    }
    if (!isRecord(v)) return v;
    const entries = Object.entries(v).flatMap(([k, item]) => {
      const c = compact(item);
      return c === undefined ? [] : [[k, c] as const];
    });
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const c = compact(v);
    if (c !== undefined) out[k] = c;
  }
  return out;
}

describe.each([
  ['awsQuery', awsQuery],
  ['ec2Query', ec2Query],
] as const)('%s: client ⇄ mock round trips of random schemas and values', (protocol, codec: ProtocolCodec) => {
  const svc = service(protocol);

  it('request: client serializeRequest (form body) → mock parseRequest gives the input back', async () => {
    const cases = xmlOperation.chain((operation) =>
      fc.record({
        operation: fc.constant(operation),
        input: structureValue(deref(operation.input), 'body').map((v) => onTheWire(v, protocol === 'ec2Query')),
      }),
    );
    await fc.assert(
      fc.asyncProperty(cases, async ({ operation, input }) => {
        const wire = codec.serializeRequest(svc, operation, input);
        const received = await toHttpRequest(fromHttpRequest(wire, 'https://service.example.com'));
        expect(codec.matchRequest(svc, operation, received)).toBe(true);
        expect(codec.parseRequest(svc, operation, received)).toEqual(input);
      }),
      runs(80),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('response: mock serializeResponse (XML) → client parseResponse gives the output back', async () => {
    const cases = xmlOperation.chain((operation: OperationSchema) =>
      fc.record({ operation: fc.constant(operation), output: structureValue(deref(operation.output), 'body').filter((v) => !hasControlCharacter(v)) }),
    );
    await fc.assert(
      fc.asyncProperty(cases, async ({ operation, output }) => {
        const response = await toHttpResponse(fromHttpResponse(codec.serializeResponse(svc, operation, output, { requestId: 'r' })));
        expect(codec.parseResponse(svc, operation, response)).toEqual(output);
      }),
      runs(80),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('error: mock serializeError → client parseError gives the code, schema, members and request id back', async () => {
    const errors = errorStructure({ jsonName: false, headers: false })
      .filter((error) => !unrepresentable(error))
      .chain((error) => fc.tuple(fc.constant(error), structureValue(error, 'body').filter((v) => !hasControlCharacter(v))));
    await fc.assert(
      fc.asyncProperty(xmlOperation, errors, async (operation, [error, members]: [ErrorSchema, Record<string, unknown>]) => {
        const response = await toHttpResponse(fromHttpResponse(codec.serializeError(svc, operation, error, members, { requestId: 'rid' })));
        const parsed = codec.parseError({ ...svc, errors: [error] }, operation, response);
        expect(parsed.code).toBe(error.name);
        expect(parsed.schema).toBe(error);
        expect(parsed.members).toEqual(members);
        expect(parsed.requestId).toBe('rid');
      }),
      runs(60),
    );
  }, PROPERTY_TIMEOUT_MS);
});
