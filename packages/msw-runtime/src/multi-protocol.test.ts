/**
 * A service declaring several protocols (`ServiceSchema.protocols`, like CloudWatch's rpcv2Cbor + awsJson1_0):
 * one handler answers each request in the protocol it arrived in, sharing its override and `calls`.
 */
import { decodeCbor, encodeCbor, type CborItem, type ErrorSchema, type OperationSchema, type ServiceSchema, type StructureSchema } from '@anvil/runtime';
import { setupServer } from 'msw/node';
import { unhandledRequests } from './unhandled-requests.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHandler } from './create-handler.js';
import { modeledError } from './error-answer.js';

const Metric$: StructureSchema = { type: 'structure', id: 'ex.metrics#Metric', name: 'Metric', members: { name: { target: { type: 'string' }, required: true }, value: { target: { type: 'double' } } } };
const Output$: StructureSchema = { type: 'structure', id: 'ex.metrics#Output', name: 'Output', members: { stored: { target: { type: 'integer' } } } };
const BadValue$: ErrorSchema<{ message?: string }> = { type: 'structure', id: 'ex.metrics#BadValue', name: 'BadValue', error: 'client', members: { message: { target: { type: 'string' } } } };
const PutMetric$: OperationSchema<Record<string, unknown>, Record<string, unknown>> = { id: 'ex.metrics#PutMetric', name: 'PutMetric', input: () => Metric$, output: () => Output$, errors: [() => BadValue$] };
const Metrics$: ServiceSchema = {
  id: 'ex.metrics#Metrics',
  name: 'Metrics',
  sdkId: 'Metrics',
  version: '1',
  protocol: 'rpcv2Cbor',
  protocols: ['rpcv2Cbor', 'awsJson1_0', 'awsQuery'],
  errors: [],
};

const ENDPOINT = 'https://metrics.example.com';
const server = setupServer();
beforeAll(() => server.listen(unhandledRequests('error')));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const cborRequest = (body: { [key: string]: CborItem }) =>
  fetch(`${ENDPOINT}/service/Metrics/operation/PutMetric`, { method: 'POST', headers: { 'smithy-protocol': 'rpc-v2-cbor', 'content-type': 'application/cbor' }, body: encodeCbor(body) as Uint8Array<ArrayBuffer> });
const jsonRequest = (body: Record<string, unknown>) =>
  fetch(`${ENDPOINT}/`, { method: 'POST', headers: { 'x-amz-target': 'Metrics.PutMetric', 'content-type': 'application/x-amz-json-1.0' }, body: JSON.stringify(body) });

describe('a handler of a multi-protocol service', () => {
  it('answers rpcv2Cbor in CBOR and awsJson1_0 in JSON, recording both calls', async () => {
    const handler = createHandler(Metrics$, PutMetric$, { stored: 3 });
    server.use(handler);
    const cbor = await cborRequest({ name: 'latency', value: 1.5 });
    expect([cbor.status, cbor.headers.get('content-type')]).toEqual([200, 'application/cbor']);
    expect(decodeCbor(new Uint8Array(await cbor.arrayBuffer()))).toEqual({ stored: 3 });
    const json = await jsonRequest({ name: 'errors', value: 2 });
    expect([json.status, json.headers.get('content-type')]).toEqual([200, 'application/x-amz-json-1.0']);
    expect(await json.json()).toEqual({ stored: 3 });
    expect(handler.calls.map((c) => c.input)).toEqual([{ name: 'latency', value: 1.5 }, { name: 'errors', value: 2 }]);
  });

  it('serialises default answers and errors per protocol', async () => {
    server.use(createHandler(Metrics$, PutMetric$));
    const cbor = decodeCbor(new Uint8Array(await (await cborRequest({ name: 'a' })).arrayBuffer())) as Record<string, unknown>;
    const json = (await (await jsonRequest({ name: 'a' })).json()) as Record<string, unknown>;
    expect(json).toEqual(cbor);
    server.use(createHandler(Metrics$, PutMetric$, modeledError(BadValue$, { message: 'no' })));
    const error = await jsonRequest({ name: 'a' });
    expect([error.status, await error.json()]).toEqual([400, { __type: 'ex.metrics#BadValue', message: 'no' }]);
    const cborError = await cborRequest({ name: 'a' });
    expect([cborError.status, decodeCbor(new Uint8Array(await cborError.arrayBuffer()))]).toEqual([400, { __type: 'ex.metrics#BadValue', message: 'no' }]);
  });

  it('leaves a request of another operation unhandled (unhandled: error)', async () => {
    const handler = createHandler(Metrics$, PutMetric$);
    server.use(handler);
    await expect(fetch(`${ENDPOINT}/service/Metrics/operation/Other`, { method: 'POST', headers: { 'smithy-protocol': 'rpc-v2-cbor' } })).rejects.toThrow();
    await expect(fetch(`${ENDPOINT}/`, { method: 'POST', headers: { 'x-amz-target': 'Metrics.Other' } })).rejects.toThrow();
    expect(handler.calls).toEqual([]);
  });
});
