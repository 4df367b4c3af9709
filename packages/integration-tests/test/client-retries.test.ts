/**
 * Production behaviour of the generated client against the generated MSW
 * handlers: retries (throttling, 5xx, network errors, Retry-After), timeouts,
 * aborts, malformed responses and idempotent request reuse.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { unhandledRequests } from '@anvil/msw-runtime';
import { DrsClient, DrsServiceException, InternalServerException, ResourceNotFoundException, ThrottlingException } from '@anvil-gen/drs-client';
import { errors, handlers, retryDataReplicationHandler } from '@anvil-gen/drs-msw';
import { CREDENTIALS, REGION, SOURCE_SERVER_ID } from './capture.js';

const server = setupServer(...handlers);
beforeAll(() => server.listen(unhandledRequests('error')));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Tiny, deterministic backoff so the suite stays fast: jitter 0.5, delays capped at 20 ms. */
const retryOptions = { baseDelay: 8, throttlingBaseDelay: 8, maxDelay: 20, random: () => 0.5 };
const client = (extra: ConstructorParameters<typeof DrsClient>[0] = {}) =>
  new DrsClient({ region: REGION, credentials: CREDENTIALS, deprecationWarnings: false, retryOptions, ...extra });
const input = { sourceServerID: SOURCE_SERVER_ID };

describe('retries (standard mode)', () => {
  it('retries a throttling error, honouring Retry-After (capped), and reports attempts and delay', async () => {
    const mock = retryDataReplicationHandler([errors.ThrottlingException({ message: 'slow', retryAfterSeconds: '0.015' }), { arn: 'arn:aws:drs:us-east-1:123456789012:source-server/s-1234567890abcdef0' }]);
    server.use(mock);
    const out = await client().retryDataReplication(input);
    expect(out.arn).toBe('arn:aws:drs:us-east-1:123456789012:source-server/s-1234567890abcdef0');
    expect(out.$metadata.attempts).toBe(2);
    // backoff would be 0.5 * 8 = 4 ms; Retry-After asks 15 ms, which wins (cap 20 ms)
    expect(out.$metadata.totalRetryDelay).toBe(15);
    expect(mock.calls).toHaveLength(2);
  });

  it('retries 5xx modeled errors with exponential backoff and gives up after maxAttempts', async () => {
    server.use(retryDataReplicationHandler(errors.InternalServerException({ message: 'boom' })));
    const e = (await client().retryDataReplication(input).catch((x: unknown) => x)) as InternalServerException;
    expect(e).toBeInstanceOf(InternalServerException);
    expect(e.message).toBe('boom');
    // attempt 1 → 0.5·8 = 4 ms, attempt 2 → 0.5·16 = 8 ms
    expect(e.$metadata).toMatchObject({ httpStatusCode: 500, attempts: 3, totalRetryDelay: 12 });
  });

  it('honours maxAttempts', async () => {
    const mock = retryDataReplicationHandler(errors.InternalServerException({ message: 'boom' }));
    server.use(mock);
    const e = (await client({ maxAttempts: 5 }).retryDataReplication(input).catch((x: unknown) => x)) as InternalServerException;
    expect([e.$metadata.attempts, mock.calls.length]).toEqual([5, 5]);
    const once = retryDataReplicationHandler(errors.InternalServerException({ message: 'boom' }));
    server.use(once);
    const e1 = (await client({ maxAttempts: 1 }).retryDataReplication(input).catch((x: unknown) => x)) as InternalServerException;
    expect([e1.$metadata.attempts, e1.$metadata.totalRetryDelay, once.calls.length]).toEqual([1, 0, 1]);
    expect(() => client({ maxAttempts: 0 })).toThrow('maxAttempts for com.amazonaws.drs#ElasticDisasterRecoveryService must be an integer >= 1, got 0');
  });

  it('does not retry client errors', async () => {
    const mock = retryDataReplicationHandler(errors.ResourceNotFoundException({ message: 'gone' }));
    server.use(mock);
    const e = (await client().retryDataReplication(input).catch((x: unknown) => x)) as ResourceNotFoundException;
    expect(e).toBeInstanceOf(ResourceNotFoundException);
    expect([e.$metadata.attempts, mock.calls.length]).toEqual([1, 1]);
  });

  it('retries network errors and surfaces a typed NetworkError with $metadata', async () => {
    server.use(retryDataReplicationHandler(undefined, { networkError: true }));
    const e = (await client().retryDataReplication(input).catch((x: unknown) => x)) as DrsServiceException;
    expect(e).toBeInstanceOf(DrsServiceException);
    expect(e.name).toBe('NetworkError');
    expect(e.$metadata).toEqual({ attempts: 3, totalRetryDelay: 12 });
    expect(e.cause).toBeInstanceOf(TypeError);
    expect(e.message).toMatch(/^NetworkError calling com\.amazonaws\.drs#RetryDataReplication \(POST https:\/\/drs\.us-east-1\.amazonaws\.com\/RetryDataReplication\): /);
  });

  it('recovers when a network error is followed by a good answer', async () => {
    server.use(retryDataReplicationHandler(undefined, { networkError: true, once: true }));
    const out = await client().retryDataReplication(input);
    expect(out.$metadata.attempts).toBe(2);
    expect(out.$metadata.httpStatusCode).toBe(200);
  });
});

describe('timeouts and aborts', () => {
  it('times out each attempt after requestTimeout ms and retries', async () => {
    // The mock answers after 10 s: only the 30 ms per-attempt timeout can end the call with a TimeoutError.
    const slow = retryDataReplicationHandler(undefined, { delay: 10_000 });
    server.use(slow);
    const e = (await client({ requestTimeout: 30, maxAttempts: 2 }).retryDataReplication(input).catch((x: unknown) => x)) as DrsServiceException;
    expect(e.name).toBe('TimeoutError');
    expect(e.message).toBe('TimeoutError calling com.amazonaws.drs#RetryDataReplication (POST https://drs.us-east-1.amazonaws.com/RetryDataReplication): no response within 30 ms');
    expect(e.$metadata.attempts).toBe(2);
  });

  it('a per-call requestTimeout overrides the client one', async () => {
    server.use(retryDataReplicationHandler(undefined, { delay: 80 }));
    const out = await client({ requestTimeout: 10 }).retryDataReplication(input, { requestTimeout: 2000 });
    expect(out.$metadata.attempts).toBe(1);
  });

  it('an AbortSignal rejects with its reason and stops retrying', async () => {
    const mock = retryDataReplicationHandler(undefined, { delay: 500 });
    server.use(mock);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user cancelled')), 20);
    await expect(client().retryDataReplication(input, { abortSignal: controller.signal })).rejects.toThrow('user cancelled');
  });
});

describe('malformed responses', () => {
  it('a truncated 200 body becomes MalformedResponseError with $metadata, not a SyntaxError', async () => {
    // Not possible through the generated handler: it always serialises complete, valid JSON. The
    // truncation is done by a client hook on the received bytes, which is what a proxy cutting the
    // connection short looks like to the parser.
    const e = (await client({
      middleware: [{ afterReceive: ({ response }) => void (response.body = response.body?.slice(0, 25)) }],
    })
      .retryDataReplication(input)
      .catch((x: unknown) => x)) as DrsServiceException;
    expect(e).toBeInstanceOf(DrsServiceException);
    expect(e.name).toBe('MalformedResponseError');
    expect(e.$fault).toBe('server');
    expect(e.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 1 });
    expect(e.$metadata.requestId).toMatch(/\S+/);
    expect(e.message).toMatch(/^Cannot parse the HTTP 200 restJson1 response of com\.amazonaws\.drs#RetryDataReplication \(content-type application\/json, 25 bytes\): /);
  });

  it('a wrong member type becomes MalformedResponseError', async () => {
    // Not possible through the generated handler: its codec refuses to serialise a wrong type, so the
    // hook swaps the body for one with a number where the model says string.
    const wrongType = { afterReceive: ({ response }: { response: { body?: Uint8Array } }) => void (response.body = new TextEncoder().encode('{"replicationDirection":42}')) };
    const e = (await client({ middleware: [wrongType] }).retryDataReplication(input).catch((x: unknown) => x)) as DrsServiceException;
    expect(e.name).toBe('MalformedResponseError');
    expect(e.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 1 });
    // the client's wire schemas carry no shape id of an enum (docs/architecture.md): the path names the member
    expect(e.message).toMatch(/expected a JSON string for string, got number 42 \(at \/replicationDirection\)$/);
  });

  it('an HTML 503 from a proxy is retried and surfaces as a typed server error', async () => {
    // The handler answers 503; a hook swaps in the HTML body a proxy would send (the handler only speaks restJson1).
    server.use(retryDataReplicationHandler(undefined, { status: 503 }));
    const e = (await client({
      middleware: [{ afterReceive: ({ response }) => {
        response.headers['content-type'] = 'text/html';
        response.body = new TextEncoder().encode('<html><body>503 Service Unavailable</body></html>');
      } }],
    }).retryDataReplication(input).catch((x: unknown) => x)) as DrsServiceException;
    expect(e.constructor).toBe(DrsServiceException);
    expect([e.name, e.$fault]).toEqual(['Unknown', 'server']);
    expect(e.$metadata).toMatchObject({ httpStatusCode: 503, attempts: 3 });
    expect(e.message).toBe('Unknown (HTTP 503) from com.amazonaws.drs#RetryDataReplication (content-type text/html, 49 bytes)');
  });

  it('no unhandled rejection escapes a failing call', async () => {
    const seen: unknown[] = [];
    const onUnhandled = (r: unknown) => seen.push(r);
    process.on('unhandledRejection', onUnhandled);
    try {
      server.use(retryDataReplicationHandler(undefined, { networkError: true }));
      await client({ maxAttempts: 2 }).retryDataReplication(input).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 20));
      expect(seen).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

describe('throttling error class', () => {
  it('keeps its members after retries are exhausted', async () => {
    server.use(retryDataReplicationHandler(errors.ThrottlingException({ message: 'slow', retryAfterSeconds: '1' })));
    const e = (await client({ maxAttempts: 2 }).retryDataReplication(input).catch((x: unknown) => x)) as ThrottlingException;
    expect(e).toBeInstanceOf(ThrottlingException);
    expect(e.retryAfterSeconds).toBe('1');
    // Retry-After: 1 s is capped by maxDelay (20 ms)
    expect(e.$metadata).toMatchObject({ httpStatusCode: 429, attempts: 2, totalRetryDelay: 20 });
  });
});
