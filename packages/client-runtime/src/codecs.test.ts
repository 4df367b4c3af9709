/**
 * End to end with the real `@anvil/runtime` codecs (restJson1, awsJson1_1), msw standing in for the service.
 */
import { getProtocol } from '@anvil/runtime';
import type { ServiceSchema } from '@anvil/runtime';
import { GetThing$, ThingsService$ as Things$ } from './__fixtures__/generated/things/schemas.js';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Client, ServiceException, UNKNOWN_ERROR, MALFORMED_RESPONSE, resolveEndpoint } from './index.js';
import type { ClientConfig, ServiceExceptionClass } from './index.js';

class ThingsServiceException extends ServiceException {}
class ThingNotFound extends ThingsServiceException {
  override readonly name = 'ThingNotFound';
  override readonly $fault = 'client';
  declare readonly thingId?: string;
  declare readonly reason?: string;
}
const errors: Record<string, ServiceExceptionClass> = { ThingNotFound };

class ThingsClient extends Client {
  constructor(config: ClientConfig = {}, service: ServiceSchema = Things$) {
    super({ service, errors, baseException: ThingsServiceException, codec: getProtocol(service.protocol), defaultEndpoint: resolveEndpoint }, config);
  }
}

const config: ClientConfig = {
  maxAttempts: 1,
  region: 'eu-west-1',
  credentials: { accessKeyId: 'AKID', secretAccessKey: 'SECRET' },
};
const BASE = 'https://things.eu-west-1.amazonaws.com';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('restJson1 codec', () => {
  it('binds label, query and header; parses body, timestamp and header output', async () => {
    const seen: Request[] = [];
    server.use(
      http.get(`${BASE}/things/:id`, ({ request }) => {
        seen.push(request);
        return HttpResponse.json({ thingId: 'a b', createdAt: 1700000000 }, { headers: { etag: '"v1"', 'x-amzn-requestid': 'r-1' } });
      }),
    );
    const out = await new ThingsClient(config).send(GetThing$, { thingId: 'a b', verbose: true, tenant: 't1' });
    expect(out).toEqual({
      thingId: 'a b',
      createdAt: new Date(1700000000 * 1000),
      etag: '"v1"',
      $metadata: { httpStatusCode: 200, requestId: 'r-1', attempts: 1, totalRetryDelay: 0 },
    });
    const req = seen[0]!;
    expect(req.url).toBe(`${BASE}/things/a%20b?verbose=true`);
    expect(req.headers.get('x-tenant')).toBe('t1');
    expect(req.headers.get('authorization')).toMatch(/^AWS4-HMAC-SHA256 Credential=AKID\/\d{8}\/eu-west-1\/things\/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-tenant, /);
  });

  it('throws the modeled error with header- and body-bound members', async () => {
    server.use(
      http.get(`${BASE}/things/:id`, () =>
        HttpResponse.json(
          { message: 'no thing', thingId: 'x' },
          { status: 404, headers: { 'x-amzn-errortype': 'ThingNotFound', 'x-reason': 'deleted', 'x-amzn-requestid': 'r-404' } },
        ),
      ),
    );
    const e = (await new ThingsClient(config).send(GetThing$, { thingId: 'x' }).catch((x: unknown) => x)) as ThingNotFound;
    expect(e).toBeInstanceOf(ThingNotFound);
    expect([e.name, e.$fault, e.message, e.thingId, e.reason]).toEqual(['ThingNotFound', 'client', 'no thing', 'x', 'deleted']);
    expect(e.$metadata).toEqual({ httpStatusCode: 404, requestId: 'r-404', attempts: 1, totalRetryDelay: 0 });
  });

  it('turns an HTML 502 into the base exception named Unknown with a server fault', async () => {
    server.use(
      http.get(`${BASE}/things/:id`, () =>
        new HttpResponse('<html>502 Bad Gateway</html>', { status: 502, headers: { 'content-type': 'text/html', 'x-amzn-requestid': 'r-502' } }),
      ),
    );
    const e = (await new ThingsClient(config).send(GetThing$, { thingId: 'x' }).catch((x: unknown) => x)) as ThingsServiceException;
    expect(e.constructor).toBe(ThingsServiceException);
    expect([e.name, e.$fault]).toEqual([UNKNOWN_ERROR, 'server']);
    expect(e.message).toBe('Unknown (HTTP 502) from com.example.things#GetThing (content-type text/html, 28 bytes)');
    expect(e.$metadata).toEqual({ httpStatusCode: 502, requestId: 'r-502', attempts: 1, totalRetryDelay: 0 });
  });

  it('turns an unparsable 200 body into a typed malformed-response error', async () => {
    server.use(http.get(`${BASE}/things/:id`, () => new HttpResponse('{"thingId": ', { status: 200, headers: { 'x-amzn-requestid': 'r-200' } })));
    const e = (await new ThingsClient(config).send(GetThing$, { thingId: 'x' }).catch((x: unknown) => x)) as ThingsServiceException;
    expect(e).toBeInstanceOf(ThingsServiceException);
    expect([e.name, e.$fault, e.$metadata.httpStatusCode, e.$metadata.requestId]).toEqual([MALFORMED_RESPONSE, 'server', 200, 'r-200']);
    expect(e.cause).toBeInstanceOf(Error);
  });

  it('applies an @endpoint host prefix', async () => {
    const seen: string[] = [];
    server.use(
      http.get('https://t-42.things.eu-west-1.amazonaws.com/things/:id', ({ request }) => {
        seen.push(request.url);
        return HttpResponse.json({});
      }),
    );
    await new ThingsClient(config).send({ ...GetThing$, hostPrefix: 't-{thingId}.' }, { thingId: '42' });
    expect(seen).toEqual(['https://t-42.things.eu-west-1.amazonaws.com/things/42']);
  });
});

describe('awsJson1_1 codec', () => {
  it('posts to / with X-Amz-Target and parses the body', async () => {
    const seen: Request[] = [];
    server.use(
      http.post(`${BASE}/`, async ({ request }) => {
        seen.push(request.clone());
        return HttpResponse.json({ thingId: 'z', createdAt: 1.5 }, { headers: { 'content-type': 'application/x-amz-json-1.1' } });
      }),
    );
    const service: ServiceSchema = { ...Things$, protocol: 'awsJson1_1' };
    const out = await new ThingsClient(config, service).send(GetThing$, { thingId: 'z' });
    expect(out).toEqual({ thingId: 'z', createdAt: new Date(1500), $metadata: { httpStatusCode: 200, attempts: 1, totalRetryDelay: 0 } });
    expect(seen[0]!.headers.get('x-amz-target')).toBe('Things.GetThing');
    expect(seen[0]!.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(await seen[0]!.json()).toEqual({ thingId: 'z' });
  });
});
