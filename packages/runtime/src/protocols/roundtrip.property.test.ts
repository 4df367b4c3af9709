/**
 * Property tests: for random schemas and values that fit them, client serialise → mock parse and mock
 * serialise → client parse are identities, for restJson1 (every HTTP binding), awsJson1_0, awsJson1_1 and rpcv2Json,
 * through the fetch adapters (`Request`/`Response`), and modeled errors come back with their members.
 * What cannot survive a trip by design is kept out of the generated values (see `__fixtures__/arbitraries/values.ts`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deref } from '../schema/index.js';
import type { ErrorSchema, OperationSchema, ServiceSchema } from '../schema/index.js';
import { fromHttpRequest, fromHttpResponse, toHttpRequest, toHttpResponse } from '../http/fetch.js';
import type { ProtocolCodec } from './codec.js';
import { awsJson1_0, awsJson1_1, restJson1, rpcv2Json } from './index.js';
import { runs } from '../__fixtures__/fast-check.js';
import { errorStructure, rpcOperation } from '../__fixtures__/arbitraries/schemas.js';
import { inputValue, outputValue, restJsonOperation } from '../__fixtures__/arbitraries/http-operations.js';
import { structureValue } from '../__fixtures__/arbitraries/values.js';

const service = (protocol: ServiceSchema['protocol']): ServiceSchema => ({ id: 'test.random#Service', name: 'Service', sdkId: 'Service', version: '1', protocol, errors: [] });
const BASE = 'https://service.example.com';
/**
 * Each property runs its case 60-150 times through fetch `Request`/`Response` objects (well under a second
 * on an idle machine): the timeout only has to catch a hang, not measure speed, so it is generous.
 */
const PROPERTY_TIMEOUT_MS = 60_000;

/** An operation with an input and an output value that fit it. */
function exchange(operations: fc.Arbitrary<OperationSchema>, values: 'rpc' | 'http') {
  return operations.chain((operation) => {
    const input = deref(operation.input);
    const output = deref(operation.output);
    return fc.record({
      operation: fc.constant(operation),
      input: values === 'http' ? inputValue(input) : structureValue(input, 'body'),
      output: values === 'http' ? outputValue(output) : structureValue(output, 'body'),
    });
  });
}

/**
 * What a client reads back from a response of `output`: `output`, with an empty map for each `@httpPrefixHeaders`
 * member it leaves unset (no such header on the wire reads as `{}`, as in the AWS SDKs).
 */
function clientView(operation: OperationSchema, output: Record<string, unknown>): Record<string, unknown> {
  const view = { ...output };
  for (const [name, member] of Object.entries(deref(operation.output).members)) {
    if (member.httpPrefixHeaders !== undefined && view[name] === undefined) view[name] = {};
  }
  return view;
}

async function requestTrip(codec: ProtocolCodec, svc: ServiceSchema, operation: OperationSchema, input: Record<string, unknown>) {
  const wire = codec.serializeRequest(svc, operation, input);
  const received = await toHttpRequest(fromHttpRequest(wire, BASE));
  expect(codec.matchRequest(svc, operation, received)).toBe(true);
  return codec.parseRequest(svc, operation, received);
}

async function responseTrip(codec: ProtocolCodec, svc: ServiceSchema, operation: OperationSchema, output: Record<string, unknown>) {
  const response = await toHttpResponse(fromHttpResponse(codec.serializeResponse(svc, operation, output)));
  return codec.parseResponse(svc, operation, response);
}

async function errorTrip(codec: ProtocolCodec, svc: ServiceSchema, operation: OperationSchema, error: ErrorSchema, members: Record<string, unknown>) {
  const response = await toHttpResponse(fromHttpResponse(codec.serializeError(svc, operation, error, members)));
  return codec.parseError({ ...svc, errors: [error] }, operation, response);
}

describe.each([
  ['awsJson1_0', awsJson1_0],
  ['awsJson1_1', awsJson1_1],
  ['rpcv2Json', rpcv2Json],
] as const)('%s: client ⇄ mock round trips of random schemas and values', (protocol, codec) => {
  const svc = service(protocol);

  it('request: client serializeRequest → mock parseRequest gives the input back', async () => {
    await fc.assert(
      fc.asyncProperty(exchange(rpcOperation, 'rpc'), async ({ operation, input }) => {
        expect(await requestTrip(codec, svc, operation, input)).toEqual(input);
      }),
      runs(100),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('response: mock serializeResponse → client parseResponse gives the output back', async () => {
    await fc.assert(
      fc.asyncProperty(exchange(rpcOperation, 'rpc'), async ({ operation, output }) => {
        expect(await responseTrip(codec, svc, operation, output)).toEqual(output);
      }),
      runs(100),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('error: mock serializeError → client parseError gives the code, schema and members back', async () => {
    const errors = errorStructure({ jsonName: false, headers: true }).chain((error) => fc.tuple(fc.constant(error), structureValue(error, 'body')));
    await fc.assert(
      fc.asyncProperty(rpcOperation, errors, async (operation, [error, members]) => {
        const parsed = await errorTrip(codec, svc, operation, error, members);
        expect(parsed.code).toBe(error.name);
        expect(parsed.schema).toBe(error);
        expect(parsed.members).toEqual(members);
      }),
      runs(60),
    );
  }, PROPERTY_TIMEOUT_MS);
});

describe('restJson1: client ⇄ mock round trips of random schemas, bindings and values', () => {
  const svc = service('restJson1');

  it('request: labels, query, query params, headers, prefix headers, payload or body come back as sent', async () => {
    await fc.assert(
      fc.asyncProperty(exchange(restJsonOperation, 'http'), async ({ operation, input }) => {
        expect(await requestTrip(restJson1, svc, operation, input)).toEqual(input);
      }),
      runs(150),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('response: headers, prefix headers, status, payload or body come back as sent', async () => {
    await fc.assert(
      fc.asyncProperty(exchange(restJsonOperation, 'http'), async ({ operation, output }) => {
        expect(await responseTrip(restJson1, svc, operation, output)).toEqual(clientView(operation, output));
      }),
      runs(150),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('error: header-bound and body members (with @jsonName) come back with the code and schema', async () => {
    const errors = errorStructure({ jsonName: true, headers: true }).chain((error) =>
      fc.tuple(fc.constant(error), structureValue(error, 'body', (_n, m) => (m.httpHeader ? 'header' : 'body'))),
    );
    await fc.assert(
      fc.asyncProperty(restJsonOperation, errors, async (operation, [error, members]) => {
        const parsed = await errorTrip(restJson1, svc, operation, error, members);
        expect(parsed.code).toBe(error.name);
        expect(parsed.schema).toBe(error);
        expect(parsed.members).toEqual(members);
      }),
      runs(60),
    );
  }, PROPERTY_TIMEOUT_MS);
});
