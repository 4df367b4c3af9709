/**
 * CORS preflights (`OPTIONS`), as happy-dom sends them before a cross-origin call when msw 3 lets
 * its fetch run: the operation's handler allows the call, without recording it or using up an
 * override; other paths, methods and hosts stay unhandled.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import type { OperationSchema, ServiceSchema } from '@anvil/runtime';
import { DrsMockService$, ResourceNotFoundException$, RetryDataReplication$ } from './__fixtures__/generated/drs-mock/schemas.js';
import { GetSecretValue$, SecretsService$ } from './__fixtures__/generated/secrets/schemas.js';
import { createHandler } from './create-handler.js';
import { isPreflightFor } from './cors-preflight.js';
import { modeledError } from './error-answer.js';
import { unhandledRequests } from './unhandled-requests.js';

const ENDPOINT = 'https://drs.us-east-1.amazonaws.com';
const ORIGIN = 'http://localhost:3000';
const server = setupServer();
/** `METHOD url` of every request msw reported unhandled (the same event in msw 2 and 3). */
const unhandled: string[] = [];
server.events.on('request:unhandled', ({ request }) => void unhandled.push(`${request.method} ${request.url}`));
beforeAll(() => server.listen(unhandledRequests('error')));
afterEach(() => {
  server.resetHandlers();
  unhandled.length = 0;
});
afterAll(() => server.close());

const preflight = (url: string, headers: Record<string, string> = {}) => fetch(url, { method: 'OPTIONS', headers });
const retry = () =>
  fetch(`${ENDPOINT}/RetryDataReplication`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sourceServerID: 's-1234567890abcdefA' }) });

describe('a handler answers the CORS preflight of its operation', () => {
  it('allows the origin, method and headers the preflight asks for, with 204 and no body', async () => {
    server.use(createHandler(DrsMockService$, RetryDataReplication$));
    const res = await preflight(`${ENDPOINT}/RetryDataReplication`, {
      origin: ORIGIN,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization,content-type,x-amz-date',
    });
    expect(res.status).toBe(204);
    expect(Object.fromEntries([...res.headers].filter(([k]) => k.startsWith('access-control-')))).toEqual({
      'access-control-allow-origin': ORIGIN,
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'authorization,content-type,x-amz-date',
      'access-control-max-age': '600',
    });
    expect(await res.text()).toBe('');
  });

  it('answers a bare OPTIONS (happy-dom sends no Origin) with * and the operation method', async () => {
    server.use(createHandler(DrsMockService$, RetryDataReplication$));
    const res = await preflight(`${ENDPOINT}/RetryDataReplication`);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toBe('POST');
    expect(res.headers.get('access-control-allow-headers')).toBe('*');
  });

  it('does not record the preflight nor use up a sequence entry', async () => {
    const handler = createHandler(DrsMockService$, RetryDataReplication$, [modeledError(ResourceNotFoundException$, { message: 'first' }), { sourceServerID: 's-0000000000000000b' }]);
    server.use(handler);
    expect((await preflight(`${ENDPOINT}/RetryDataReplication`)).status).toBe(204);
    const first = await retry();
    expect(first.status).toBe(404);
    expect(await first.json()).toMatchObject({ message: 'first' });
    expect(handler.calls).toHaveLength(1);
  });

  it('a once handler leaves the preflight alone and keeps its one answer for the call', async () => {
    server.use(createHandler(DrsMockService$, RetryDataReplication$, { sourceServerID: 's-0000000000000000c' }, { once: true }));
    await expect(preflight(`${ENDPOINT}/RetryDataReplication`)).rejects.toThrow();
    expect(unhandled).toEqual([`OPTIONS ${ENDPOINT}/RetryDataReplication`]);
    const res = await retry();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ sourceServerID: 's-0000000000000000c' });
  });

  it('leaves preflights of other paths, other requested methods and other hosts unhandled', async () => {
    server.use(createHandler(DrsMockService$, RetryDataReplication$, undefined, { baseUrl: ENDPOINT }));
    await expect(preflight(`${ENDPOINT}/ListServers`)).rejects.toThrow();
    await expect(preflight(`${ENDPOINT}/RetryDataReplication`, { 'access-control-request-method': 'GET' })).rejects.toThrow();
    await expect(preflight('https://drs.eu-west-1.amazonaws.com/RetryDataReplication')).rejects.toThrow();
    expect(unhandled).toEqual([
      `OPTIONS ${ENDPOINT}/ListServers`,
      `OPTIONS ${ENDPOINT}/RetryDataReplication`,
      'OPTIONS https://drs.eu-west-1.amazonaws.com/RetryDataReplication',
    ]);
  });

  it('answers the preflight of an awsJson1_1 operation at /', async () => {
    server.use(createHandler(SecretsService$, GetSecretValue$));
    const res = await preflight('https://secretsmanager.us-east-1.amazonaws.com/', { 'access-control-request-method': 'POST' });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-methods')).toBe('POST');
  });
});

describe('isPreflightFor', () => {
  const options = (headers: Record<string, string> = {}) => new Request('https://x.example.com/', { method: 'OPTIONS', headers });
  const Cbor$: ServiceSchema = { id: 'ex#Metrics', name: 'Metrics', sdkId: 'Metrics', version: '1', protocol: 'rpcv2Cbor', errors: [] };
  const Put$ = { id: 'ex#PutMetric', name: 'PutMetric', input: () => ({ type: 'structure', id: 'ex#In', name: 'In', members: {} }), output: () => ({ type: 'structure', id: 'ex#Out', name: 'Out', members: {} }), errors: [] } as OperationSchema;

  it('rpcv2Cbor: the operation path only', () => {
    expect(isPreflightFor(Cbor$, Put$, ['rpcv2Cbor'], options(), '/service/Metrics/operation/PutMetric')).toBe(true);
    expect(isPreflightFor(Cbor$, Put$, ['rpcv2Cbor'], options(), '/service/Metrics/operation/GetMetric')).toBe(false);
    expect(isPreflightFor(Cbor$, Put$, ['rpcv2Cbor'], options(), '/')).toBe(false);
  });

  it('a multi-protocol service: any of its protocols', () => {
    expect(isPreflightFor(Cbor$, Put$, ['rpcv2Cbor', 'awsJson1_0'], options(), '/')).toBe(true);
    expect(isPreflightFor(Cbor$, Put$, ['rpcv2Cbor', 'awsJson1_0'], options({ 'access-control-request-method': 'PUT' }), '/')).toBe(false);
  });

  it('only OPTIONS requests', () => {
    const post = new Request('https://x.example.com/', { method: 'POST' });
    expect(isPreflightFor(Cbor$, Put$, ['awsJson1_0'], post, '/')).toBe(false);
  });
});
