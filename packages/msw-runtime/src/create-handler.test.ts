import { validate } from './validate/index.js';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  DescribeSourceServer$,
  DrsMockService$ as ElasticDisasterRecoveryService$,
  ResourceNotFoundException$,
  RetryDataReplication$,
  SourceServer$,
} from './__fixtures__/generated/drs-mock/schemas.js';
import {
  GetSecretValue$,
  GetSecretValueResponse$,
  ResourceNotFoundException$ as SecretsResourceNotFoundException$,
  SecretsService$ as SecretsManagerService$,
} from './__fixtures__/generated/secrets/schemas.js';
import { createHandler } from './create-handler.js';
import { unhandledRequests } from './unhandled-requests.js';
import { modeledError } from './error-answer.js';
import type { HandlerContext, HandlerOptions, HandlerOverride } from './handler-types.js';

import type { RetryDataReplicationRequest, SourceServer } from './__fixtures__/generated/drs-mock/types.js';

const ENDPOINT = 'https://drs.us-east-1.amazonaws.com';
const SERVER_ID = 's-1234567890abcdefA';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const unhandled = vi.fn<(request: Request) => void>();
const server = setupServer();

// The unhandled-request event has the same shape in msw 2 and msw 3 (their strategy callbacks differ).
server.events.on('request:unhandled', ({ request }) => unhandled(request));
beforeAll(() => {
  server.listen(unhandledRequests('bypass'));
});
afterEach(() => {
  server.resetHandlers();
  unhandled.mockClear();
});
afterAll(() => {
  server.close();
});

/** A 127.0.0.1 port that was free a moment ago: bound by a throwaway server, then released. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('closedPort: no TCP address');
  return address.port;
}

function retryHandler(
  override?: HandlerOverride<RetryDataReplicationRequest, SourceServer>,
  options?: HandlerOptions,
) {
  return createHandler(ElasticDisasterRecoveryService$, RetryDataReplication$, override, options);
}

function retry(body: unknown = { sourceServerID: SERVER_ID }, base = ENDPOINT): Promise<Response> {
  return fetch(`${base}/RetryDataReplication`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('createHandler (restJson1)', () => {
  it('answers with a 200 JSON default output that satisfies the output schema', async () => {
    server.use(retryHandler());
    const res = await retry();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('x-amzn-requestid')).toMatch(UUID);
    const body = (await res.json()) as SourceServer;
    expect(validate(SourceServer$, body)).toStrictEqual([]);
    expect(Object.keys(body).sort()).toStrictEqual(['arn', 'dataReplicationInfo', 'lastLaunchResult', 'sourceServerID']);
  });

  it('gives the same default output for the same seed', async () => {
    server.use(retryHandler());
    const first = await (await retry()).json();
    server.resetHandlers(retryHandler());
    const second = await (await retry()).json();
    expect(second).toStrictEqual(first);
  });

  it('deep-merges a partial output override over the default (arrays replace)', async () => {
    server.use(retryHandler());
    const defaults = (await (await retry()).json()) as SourceServer;
    server.resetHandlers(
      retryHandler({
        lastLaunchResult: 'FAILED',
        dataReplicationInfo: { replicatedDisks: [{ deviceName: '/dev/sda1' }] },
      }),
    );
    const body = (await (await retry()).json()) as SourceServer;
    expect(body).toStrictEqual({
      ...defaults,
      lastLaunchResult: 'FAILED',
      dataReplicationInfo: { ...defaults.dataReplicationInfo, replicatedDisks: [{ deviceName: '/dev/sda1' }] },
    });
  });

  it('calls an override function with the parsed input, the request and the operation', async () => {
    const seen: Array<HandlerContext<RetryDataReplicationRequest>> = [];
    let rawBody: unknown;
    server.use(
      retryHandler(async (ctx) => {
        seen.push(ctx);
        rawBody = await ctx.request.json();
        return { sourceServerID: ctx.input.sourceServerID, arn: `arn:aws:drs:us-east-1:123456789012:source-server/${ctx.input.sourceServerID}` };
      }),
    );
    const body = (await (await retry()).json()) as SourceServer;
    expect(seen).toHaveLength(1);
    expect(seen[0]?.input).toStrictEqual({ sourceServerID: SERVER_ID });
    expect(seen[0]?.operation).toBe(RetryDataReplication$);
    expect(seen[0]?.request.url).toBe(`${ENDPOINT}/RetryDataReplication`);
    expect(rawBody).toStrictEqual({ sourceServerID: SERVER_ID });
    expect(body.sourceServerID).toBe(SERVER_ID);
    expect(body.arn).toBe(`arn:aws:drs:us-east-1:123456789012:source-server/${SERVER_ID}`);
  });

  it('sends the default output when an override function returns undefined', async () => {
    server.use(retryHandler());
    const defaults = await (await retry()).json();
    server.resetHandlers(retryHandler(() => undefined));
    expect(await (await retry()).json()).toStrictEqual(defaults);
  });

  it('sends the default output when an override function returns nothing (sync or async)', async () => {
    server.use(retryHandler());
    const defaults = await (await retry()).json();
    const seen: string[] = [];
    server.resetHandlers(
      retryHandler([
        ({ input }) => {
          seen.push(input.sourceServerID);
        },
        async () => {},
      ]),
    );
    expect(await (await retry()).json()).toStrictEqual(defaults);
    expect(await (await retry()).json()).toStrictEqual(defaults);
    expect(seen).toEqual([SERVER_ID]);
  });

  it('answers a modeled error with its status, x-amzn-errortype and members', async () => {
    server.use(
      retryHandler(modeledError(ResourceNotFoundException$, { resourceId: SERVER_ID, resourceType: 'SOURCE_SERVER' })),
    );
    const res = await retry();
    expect(res.status).toBe(404);
    expect(res.headers.get('x-amzn-errortype')).toBe('ResourceNotFoundException');
    expect(res.headers.get('x-amzn-requestid')).toMatch(UUID);
    expect(await res.json()).toStrictEqual({
      message: 'ResourceNotFoundException (mocked)',
      resourceId: SERVER_ID,
      resourceType: 'SOURCE_SERVER',
    });
  });

  it('answers a modeled error returned by an override function', async () => {
    server.use(
      retryHandler(({ input }) =>
        input.sourceServerID === SERVER_ID
          ? modeledError(ResourceNotFoundException$, { message: `No source server ${input.sourceServerID}` })
          : {},
      ),
    );
    const missing = await retry();
    expect(missing.status).toBe(404);
    expect(await missing.json()).toStrictEqual({ message: `No source server ${SERVER_ID}` });
    const found = await retry({ sourceServerID: 's-00000000000000000' });
    expect(found.status).toBe(200);
  });

  it('answers the modeled ValidationException when a required member is missing', async () => {
    const resolver = vi.fn(() => ({}));
    server.use(retryHandler(resolver));
    const res = await retry({});
    expect(res.status).toBe(400);
    expect(res.headers.get('x-amzn-errortype')).toBe('ValidationException');
    const message = "Value at '/sourceServerID' failed to satisfy constraint: Member must not be null";
    expect(await res.json()).toStrictEqual({
      message: `1 validation error detected. ${message}`,
      code: 'ValidationException',
      reason: 'fieldValidationFailed',
      fieldList: [{ name: 'sourceServerID', message }],
    });
    expect(resolver).not.toHaveBeenCalled();
  });

  it('answers the modeled ValidationException for a pattern violation', async () => {
    server.use(retryHandler());
    const res = await retry({ sourceServerID: 'i-1234567890abcdefA' });
    expect(res.status).toBe(400);
    const message = "Value at '/sourceServerID' failed to satisfy constraint: Member must satisfy regular expression pattern: ^s-[0-9a-zA-Z]{17}$";
    expect(await res.json()).toStrictEqual({
      message: `1 validation error detected. ${message}`,
      code: 'ValidationException',
      reason: 'fieldValidationFailed',
      fieldList: [{ name: 'sourceServerID', message }],
    });
  });

  it('skips validation with validate: false', async () => {
    server.use(retryHandler(({ input }) => ({ sourceServerID: input.sourceServerID }), { validate: false }));
    const res = await retry({ sourceServerID: 'not-an-id' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as SourceServer).sourceServerID).toBe('not-an-id');
  });

  it('falls back to smithy.framework#ValidationException when the operation models none', async () => {
    server.use(createHandler(ElasticDisasterRecoveryService$, DescribeSourceServer$));
    const res = await fetch(`${ENDPOINT}/DescribeSourceServer`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('x-amzn-errortype')).toBe('ValidationException');
    const message = "Value at '/sourceServerID' failed to satisfy constraint: Member must not be null";
    expect(await res.json()).toStrictEqual({
      message: `1 validation error detected. ${message}`,
      fieldList: [{ path: '/sourceServerID', message }],
    });
  });

  it('answers a malformed body with a 400 SerializationException', async () => {
    server.use(retryHandler());
    const res = await retry('{"sourceServerID":');
    expect(res.status).toBe(400);
    expect(res.headers.get('x-amzn-errortype')).toBe('SerializationException');
  });

  it('answers 500 naming the operation when an override gives a non-object', async () => {
    const onError = vi.fn();
    server.events.on('unhandledException', onError);
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    server.use(retryHandler((() => 'oops') as unknown as HandlerOverride<RetryDataReplicationRequest, SourceServer>));
    const res = await retry();
    server.events.removeAllListeners('unhandledException');
    consoleError.mockRestore();
    expect(res.status).toBe(500);
    expect(((await res.json()) as { message: string }).message).toBe(
      '@anvil/msw-runtime: the override of com.amazonaws.drs#RetryDataReplication gave a string; ' +
        'expected a partial output object, an ErrorAnswer from modeledError(...) or undefined',
    );
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('uses options.status for a success answer', async () => {
    server.use(retryHandler({}, { status: 202 }));
    expect((await retry()).status).toBe(202);
  });

  it('lets requests for other operations fall through to later handlers', async () => {
    server.use(retryHandler(), http.all('*', () => HttpResponse.text('fallback', { status: 418 })));
    const other = await fetch(`${ENDPOINT}/StartReplication`, { method: 'POST', body: '{}' });
    expect(other.status).toBe(418);
    const wrongMethod = await fetch(`${ENDPOINT}/RetryDataReplication`, { method: 'PUT', body: '{}' });
    expect(wrongMethod.status).toBe(418);
  });

  it('leaves requests it does not match unhandled (msw reports them)', async () => {
    server.use(retryHandler());
    // A port nothing listens on (bound, then closed): the bypassed request fails with ECONNREFUSED.
    // Not a "bad port" such as 9, which msw 3 leaves to fetch to refuse before interception.
    const url = `http://127.0.0.1:${await closedPort()}/StartReplication`;
    await expect(fetch(url, { method: 'POST', body: '{}' })).rejects.toThrow();
    expect(unhandled).toHaveBeenCalledTimes(1);
    expect(unhandled.mock.calls[0]?.[0].url).toBe(url);
  });

  it('restricts matching to options.baseUrl and strips its path prefix', async () => {
    server.use(retryHandler({}, { baseUrl: 'http://mock.test/drs/' }), http.all('*', () => HttpResponse.text('other', { status: 418 })));
    expect((await retry(undefined, 'http://mock.test/drs')).status).toBe(200);
    expect((await retry(undefined, 'http://mock.test')).status).toBe(418);
    expect((await retry(undefined, 'http://mock.test/drsx')).status).toBe(418);
    expect((await retry(undefined, 'https://mock.test/drs')).status).toBe(418);
  });

  it('restricts matching to options.region', async () => {
    server.use(retryHandler({}, { region: 'eu-west-1' }), http.all('*', () => HttpResponse.text('other', { status: 418 })));
    expect((await retry(undefined, 'https://drs.eu-west-1.amazonaws.com')).status).toBe(200);
    expect((await retry(undefined, ENDPOINT)).status).toBe(418);
  });

  it('waits options.delay milliseconds before answering', async () => {
    server.use(retryHandler({}, { delay: 150 }));
    const started = performance.now();
    const res = await retry();
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('fails the request with a network error when options.networkError is set', async () => {
    server.use(retryHandler({}, { networkError: true }));
    await expect(retry()).rejects.toThrow(TypeError);
  });

  it('answers only the first request with options.once', async () => {
    server.use(retryHandler({}, { once: true }), http.all('*', () => HttpResponse.text('other', { status: 418 })));
    expect((await retry()).status).toBe(200);
    expect((await retry()).status).toBe(418);
  });

  it('sends distinct, reproducible request ids', async () => {
    server.use(retryHandler());
    const a = (await retry()).headers.get('x-amzn-requestid');
    const b = (await retry()).headers.get('x-amzn-requestid');
    server.resetHandlers(retryHandler());
    const again = (await retry()).headers.get('x-amzn-requestid');
    expect(a).toMatch(UUID);
    expect(b).not.toBe(a);
    expect(again).toBe(a);
  });
});

describe('createHandler (awsJson1_1)', () => {
  function getSecretValue(target: string, body: unknown = { SecretId: 'prod/db' }): Promise<Response> {
    return fetch('https://secretsmanager.us-east-1.amazonaws.com/', {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': target },
      body: JSON.stringify(body),
    });
  }

  it('matches the operation by X-Amz-Target', async () => {
    server.use(
      createHandler(SecretsManagerService$, GetSecretValue$, ({ input }) => ({
        Name: input.SecretId,
        SecretString: 's3cr3t',
      })),
      http.all('*', () => HttpResponse.text('other', { status: 418 })),
    );
    const res = await getSecretValue('secretsmanager.GetSecretValue');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(validate(GetSecretValueResponse$, body)).toStrictEqual([]);
    expect(body.Name).toBe('prod/db');
    expect(body.SecretString).toBe('s3cr3t');
    expect((await getSecretValue('secretsmanager.PutSecretValue')).status).toBe(418);
  });

  it('answers a modeled error with __type', async () => {
    server.use(createHandler(SecretsManagerService$, GetSecretValue$, modeledError(SecretsResourceNotFoundException$)));
    const res = await getSecretValue('secretsmanager.GetSecretValue');
    expect(res.status).toBe(400);
    const body = (await res.json()) as Record<string, unknown>;
    expect(String(body.__type)).toMatch(/ResourceNotFoundException$/);
    expect(body.Message).toBe('ResourceNotFoundException (mocked)');
  });

  it('validates awsJson input with the framework ValidationException', async () => {
    server.use(createHandler(SecretsManagerService$, GetSecretValue$));
    const res = await getSecretValue('secretsmanager.GetSecretValue', { SecretId: '' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as Record<string, unknown>;
    expect(String(body.__type)).toMatch(/ValidationException$/);
    expect(body.fieldList).toStrictEqual([
      { path: '/SecretId', message: "Value with length 0 at '/SecretId' failed to satisfy constraint: Member must have length between 1 and 2048, inclusive" },
    ]);
  });
});
