/**
 * Mock cases go through the service's whole handlers list (msw's `getResponse`): the case's own
 * handler must claim the request. Inline schemas, no corpus: a routing clash and an awsJson request
 * on another path than `/` both fail the case.
 */
import type { OperationSchema, ServiceSchema, StructureSchema } from '@anvil/runtime';
import { describe, expect, it } from 'vitest';
import type { RequestTest } from './cases.js';
import { dispatch, handlersFor } from './dispatch.js';
import { caseRequest, runMockRequest } from './mock-side.js';

const Empty: StructureSchema = { type: 'structure', id: 'ex#Empty', name: 'Empty', members: {} };
const Named: StructureSchema = { type: 'structure', id: 'ex#Named', name: 'Named', members: { name: { target: { type: 'string' } } } };
const op = (name: string, extra: Partial<OperationSchema> = {}): OperationSchema => ({ id: `ex#${name}`, name, input: Named, output: Empty, errors: [], ...extra });

describe('awsJson mock requests through the whole handlers list', () => {
  const service: ServiceSchema = { id: 'ex#Svc', name: 'Svc', sdkId: 'Svc', version: '1', protocol: 'awsJson1_0', errors: [] };
  const [A, B] = [op('A'), op('B')];
  const target = { service, operations: [A, B] };
  const test = (target: string, uri = '/'): RequestTest => ({
    id: 'Case',
    protocol: 'aws.protocols#awsJson1_0',
    method: 'POST',
    uri,
    headers: { 'Content-Type': 'application/x-amz-json-1.0', 'X-Amz-Target': target },
    body: '{"name":"n"}',
    params: { name: 'n' },
  });

  it('passes when the own operation claims and parses the request', async () => {
    expect(await runMockRequest(target, B, test('Svc.B'))).toEqual([]);
  });

  it('fails the case when the path is not / (X-Amz-Target alone does not route)', async () => {
    expect(await runMockRequest(target, B, test('Svc.B', '/foo'))).toEqual(['no handler of the service matched the request']);
  });

  it('fails the case when another operation handler claims the request', async () => {
    expect(await runMockRequest(target, B, test('Svc.A'))).toEqual(['routing clash: the handler of A claimed the request (answered 200), not the one of B']);
  });
});

describe('restJson1 routing clash', () => {
  const service: ServiceSchema = { id: 'ex#Rest', name: 'Rest', sdkId: 'Rest', version: '1', protocol: 'restJson1', errors: [] };
  const Labelled: StructureSchema = { type: 'structure', id: 'ex#Labelled', name: 'Labelled', members: { id: { target: { type: 'string' }, httpLabel: true } } };
  const First = op('First', { input: Labelled, http: { method: 'GET', uri: '/items/{id}', code: 200 } });
  const Second = op('Second', { input: Empty, http: { method: 'GET', uri: '/items/special', code: 200 } });
  const request: RequestTest = { id: 'Special', protocol: 'aws.protocols#restJson1', method: 'GET', uri: '/items/special', params: {} };

  it('the first handler in model order that matches wins, as in setupServer(...handlers)', async () => {
    expect(await runMockRequest({ service, operations: [First, Second] }, Second, request)).toEqual([
      'routing clash: the handler of First claimed the request (answered 200), not the one of Second',
    ]);
    expect(await runMockRequest({ service, operations: [Second, First] }, Second, request)).toEqual([]);
  });

  it('starts every case from unused default handlers (a clash does not leak into the next case)', async () => {
    const Third = op('Third', { input: Labelled, http: { method: 'GET', uri: '/things/{id}', code: 200 } });
    const Fourth = op('Fourth', { input: Empty, http: { method: 'GET', uri: '/things/special', code: 200 } });
    const target = { service, operations: [First, Third, Second, Fourth] };
    expect(await runMockRequest(target, Second, request)).toEqual(['routing clash: the handler of First claimed the request (answered 200), not the one of Second']);
    expect(await runMockRequest(target, Fourth, { ...request, uri: '/things/special' })).toEqual([
      'routing clash: the handler of Third claimed the request (answered 200), not the one of Fourth',
    ]);
  });

  it('gives the own operation the case override; the others get default handlers', async () => {
    const target = { service, operations: [Second, First] };
    const seen: unknown[] = [];
    const own = { override: ({ input }: { input: unknown }) => void seen.push(input), options: { validate: false } };
    const handlers = handlersFor(target, First, own);
    expect(handlers.map((h) => h.calls)).toEqual([[], []]);
    const dispatched = await dispatch(target, First, own, caseRequest({ ...request, uri: '/items/x' }));
    expect(dispatched.claimedBy?.name).toBe('First');
    expect(dispatched.response?.status).toBe(200);
    expect(seen).toEqual([{ id: 'x' }]);
    expect(() => handlersFor(target, op('Stranger'), { options: {} })).toThrow('conformance: ex#Stranger is not an operation of ex#Rest');
  });
});
