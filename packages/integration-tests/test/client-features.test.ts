/**
 * Generated client features against the generated MSW handlers: paginators,
 * waiters, credentials caching, auth schemes, middleware, redacted logging,
 * deprecation warnings.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupServer } from 'msw/node';
import { unhandledRequests } from '@anvil/msw-runtime';
import { fromEnv } from '@aws-sdk/credential-providers';
import { Client, SENSITIVE_STRING, WaiterError, apiKeyAuth, bearerAuth, resolveEndpoint, waitUntil } from '@anvil/client-runtime';
import { restJson1 } from '@anvil/runtime';
import { DescribeSourceServers$, DrsService$, ListTagsForResource$, type DataReplicationState } from '@anvil-gen/drs-types';
import {
  DrsClient,
  DrsLiteClient,
  DrsServiceException,
  describeSourceServers,
  errors as errorClasses,
  paginateDescribeSourceServers,
  retryDataReplication,
} from '@anvil-gen/drs-client';
import { describeSourceServersHandler, errors, handlers, listTagsForResourceHandler, retryDataReplicationHandler } from '@anvil-gen/drs-msw';
import { CREDENTIALS, REGION, SOURCE_SERVER_ID } from './capture.js';

const server = setupServer(...handlers);
beforeAll(() => server.listen(unhandledRequests('error')));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const base = { region: REGION, credentials: CREDENTIALS, deprecationWarnings: false } as const;
const ID = (n: number) => `s-${String(n).padStart(17, '0')}`;

describe('paginators', () => {
  it('walks every page of the mock collection and yields every item', async () => {
    const client = new DrsLiteClient(base);
    const pages = [];
    for await (const page of paginateDescribeSourceServers(client, {}, { pageSize: 2 })) pages.push(page);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.at(-1)!.nextToken).toBeUndefined();
    for (const p of pages.slice(0, -1)) expect(p.nextToken).toMatch(/\S/);
    expect(pages.every((p) => p.$metadata.httpStatusCode === 200)).toBe(true);
    const items = [];
    for await (const item of paginateDescribeSourceServers(client, {}, { pageSize: 2 }).items()) items.push(item);
    expect(items.length).toBe(pages.reduce((n, p) => n + (p.items?.length ?? 0), 0));
    expect(items.every((s) => /^s-[0-9a-zA-Z]{17}$/.test(s.sourceServerID!))).toBe(true);
  });

  it('sends pageSize and the previous token, and stops on a repeated token', async () => {
    // The mock only accepts tokens it issued, so the loop is made by answering page 3 with page 2's own input token.
    const inputs: Array<{ maxResults?: number; nextToken?: string }> = [];
    const mock = describeSourceServersHandler(({ input }) => {
      inputs.push(input);
      return inputs.length === 3 ? { nextToken: inputs[1]!.nextToken! } : undefined;
    });
    server.use(mock);
    const pages = [];
    for await (const p of paginateDescribeSourceServers(new DrsLiteClient(base), { filters: {} }, { pageSize: 1 })) pages.push(p);
    expect(pages).toHaveLength(3);
    expect(inputs.map((i) => i.maxResults)).toEqual([1, 1, 1]);
    expect(inputs[0]!.nextToken).toBeUndefined();
    expect(inputs[1]!.nextToken).toBe(pages[0]!.nextToken);
    expect(inputs[2]!.nextToken).toBe(pages[1]!.nextToken);
    expect(pages[2]!.nextToken).toBe(pages[0]!.nextToken);
  });

  it('starts from startingToken and propagates errors', async () => {
    const client = new DrsLiteClient({ ...base, maxAttempts: 1 });
    const first = await describeSourceServers(client, { maxResults: 1 });
    let n = 0;
    const mock = describeSourceServersHandler(() => (++n === 2 ? errors.InternalServerException({ message: 'down' }) : undefined));
    server.use(mock);
    const seen: unknown[] = [];
    const run = async () => {
      for await (const p of paginateDescribeSourceServers(client, {}, { startingToken: first.nextToken, pageSize: 1 })) seen.push(p.nextToken);
    };
    await expect(run()).rejects.toBeInstanceOf(errorClasses.InternalServerException);
    expect(seen).toHaveLength(1);
    expect(mock.calls[0]!.input.nextToken).toBe(first.nextToken);
  });
});

describe('waiters (runtime waitUntil with model-shaped acceptors)', () => {
  // The embedded DRS model has no smithy.waiters#waitable trait; the acceptors below are written as the model would.
  const serverReady = {
    minDelay: 0.01,
    maxDelay: 0.02,
    acceptors: [
      { state: 'success', matcher: { output: { path: 'items[].dataReplicationInfo.dataReplicationState', expected: 'CONTINUOUS', comparator: 'allStringEquals' } } },
      { state: 'failure', matcher: { output: { path: "items[?dataReplicationInfo.dataReplicationState == 'STALLED'] | length(@) > `0`", expected: 'true', comparator: 'booleanEquals' } } },
      { state: 'retry', matcher: { errorType: 'ThrottlingException' } },
    ],
  } as const;
  const state = (s: DataReplicationState) => ({ items: [{ sourceServerID: SOURCE_SERVER_ID, dataReplicationInfo: { dataReplicationState: s } }] });
  const send = (client: DrsLiteClient) => (i: object, o?: { abortSignal?: AbortSignal }) => describeSourceServers(client, i, o);

  it('polls until the success acceptor matches, retrying on a throttling error', async () => {
    const mock = describeSourceServersHandler([state('INITIAL_SYNC'), errors.ThrottlingException({ message: 'slow' }), state('CONTINUOUS')]);
    server.use(mock);
    const result = await waitUntil(serverReady, send(new DrsLiteClient({ ...base, maxAttempts: 1 })), {}, { maxWaitTime: 5 });
    expect(result.state).toBe('SUCCESS');
    expect(result.attempts).toBe(3);
    expect(mock.calls).toHaveLength(3);
  });

  it('fails when the failure acceptor matches, and times out', async () => {
    server.use(describeSourceServersHandler(state('STALLED')));
    const e = (await waitUntil(serverReady, send(new DrsLiteClient(base)), {}, { maxWaitTime: 5 }).catch((x: unknown) => x)) as WaiterError;
    expect(e).toBeInstanceOf(WaiterError);
    expect([e.state, e.attempts]).toEqual(['FAILURE', 1]);
    const pending = describeSourceServersHandler(state('INITIAL_SYNC'));
    server.use(pending);
    const t = (await waitUntil(serverReady, send(new DrsLiteClient(base)), {}, { maxWaitTime: 0.1 }).catch((x: unknown) => x)) as WaiterError;
    expect(t.state).toBe('TIMEOUT');
    // how many polls fit in 0.1 s depends on the machine; each one reached the mock (polling itself: the test above)
    expect(t.attempts).toBeGreaterThanOrEqual(1);
    expect(pending.calls).toHaveLength(t.attempts);
  });
});

describe('credentials', () => {
  it('caches a provider result and refreshes it 5 minutes before expiration', async () => {
    let n = 0;
    const provider = vi.fn(async () => ({ ...CREDENTIALS, accessKeyId: `AKID${++n}`, expiration: new Date(Date.now() + (n === 1 ? 4 * 60_000 : 3600_000)) }));
    const mock = retryDataReplicationHandler();
    server.use(mock);
    const client = new DrsClient({ ...base, credentials: provider });
    for (let i = 0; i < 3; i++) await client.retryDataReplication({ sourceServerID: SOURCE_SERVER_ID });
    // first result expires within the 5-minute window → refreshed once; the second is kept
    expect(provider).toHaveBeenCalledTimes(2);
    const keys = mock.calls.map((c) => /Credential=(\w+)\//.exec(c.request.headers.get('authorization')!)![1]);
    expect(keys).toEqual(['AKID1', 'AKID2', 'AKID2']);
  });

  it('accepts a provider from @aws-sdk/credential-providers', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDFROMENV');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret');
    try {
      const mock = retryDataReplicationHandler();
      server.use(mock);
      await new DrsClient({ ...base, credentials: fromEnv() }).retryDataReplication({ sourceServerID: SOURCE_SERVER_ID });
      expect(mock.calls[0]!.request.headers.get('authorization')).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDFROMENV\/\d{8}\/us-east-1\/drs\/aws4_request/);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('auth schemes from the schema', () => {
  const binding = (service: typeof DrsService$) => ({ service, errors: errorClasses, baseException: DrsServiceException, codec: restJson1, defaultEndpoint: resolveEndpoint, authSchemes: [bearerAuth, apiKeyAuth] });
  const op = { ...ListTagsForResource$ };
  const input = { resourceArn: 'arn:aws:drs:us-east-1:123456789012:source-server/s-1234567890abcdef0' };

  it('bearer (token provider), API key (header with scheme, and query) and no auth', async () => {
    const mock = listTagsForResourceHandler();
    server.use(mock);
    const bearer = new Client(binding({ ...DrsService$, auth: [{ type: 'bearer' }] }), { region: REGION, token: async () => ({ token: 'tok-1' }) });
    await bearer.send(op, input);
    const key = new Client(binding({ ...DrsService$, auth: [{ type: 'apiKey', name: 'X-Api-Key', in: 'header', scheme: 'ApiKey' }] }), { region: REGION, apiKey: 'k-1' });
    await key.send(op, input);
    const queryKey = new Client(binding({ ...DrsService$, auth: [{ type: 'apiKey', name: 'api_key', in: 'query' }] }), { region: REGION, apiKey: 'k-2' });
    await queryKey.send(op, input);
    const none = new Client(binding({ ...DrsService$, auth: [] }), { region: REGION });
    await none.send(op, input);
    const optional = new Client(binding(DrsService$), { region: REGION, credentials: async () => undefined as never });
    vi.stubEnv('AWS_ACCESS_KEY_ID', '');
    try {
      await new Client(binding(DrsService$), { region: REGION }).send({ ...op, optionalAuth: true }, input);
    } finally {
      vi.unstubAllEnvs();
    }
    const h = mock.calls.map((c) => c.request.headers);
    expect(h[0]!.get('authorization')).toBe('Bearer tok-1');
    expect(h[1]!.get('x-api-key')).toBe('ApiKey k-1');
    expect(new URL(mock.calls[2]!.request.url).searchParams.get('api_key')).toBe('k-2');
    expect([h[3]!.get('authorization'), h[3]!.get('x-amz-date')]).toEqual([null, null]);
    expect(h[4]!.get('authorization')).toBeNull();
    expect(optional).toBeInstanceOf(Client);
    await expect(new Client(binding({ ...DrsService$, auth: [{ type: 'bearer' }] }), { region: REGION }).send(op, input)).rejects.toThrow(
      'No identity for com.amazonaws.drs#ListTagsForResource: pass `token` in the client config',
    );
    // a binding without bearerAuth (a SigV4-only generated client) has no way to send a token
    const sigv4Only = { ...binding({ ...DrsService$, auth: [{ type: 'bearer' }, { type: 'apiKey', name: 'k', in: 'header' }] }), authSchemes: [] };
    await expect(new Client(sigv4Only, { region: REGION, token: { token: 't' }, apiKey: 'k' }).send(op, input)).rejects.toThrow(
      'No identity for com.amazonaws.drs#ListTagsForResource: pass `token` or `apiKey` in the client config',
    );
  });
});

describe('middleware, logging, deprecation', () => {
  it('hooks add headers before signing and see every attempt; debug logs redact @sensitive values', async () => {
    const mock = listTagsForResourceHandler([errors.InternalServerException({ message: 'x' }), { tags: { owner: 'alice' } }]);
    server.use(mock);
    const events: string[] = [];
    const debug = vi.fn();
    const client = new DrsClient({
      ...base,
      retryOptions: { baseDelay: 1, random: () => 0 },
      logger: { warn: () => {}, debug },
      middleware: [{
        name: 'trace',
        beforeSend: ({ attempt, request }) => {
          request.headers['x-trace-id'] = `trace-${attempt}`;
          events.push(`before ${attempt}`);
        },
        afterReceive: ({ attempt, response }) => void events.push(`after ${attempt} ${response.status}`),
      }],
    });
    const out = await client.listTagsForResource({ resourceArn: 'arn:aws:drs:us-east-1:123456789012:source-server/s-1' }, {
      middleware: [{ beforeSend: ({ attempt }) => void events.push(`call ${attempt}`) }],
    });
    expect(out.tags).toEqual({ owner: 'alice' });
    expect(events).toEqual(['before 1', 'call 1', 'after 1 500', 'before 2', 'call 2', 'after 2 200']);
    const headers = mock.calls.map((c) => c.request.headers);
    expect(headers.map((x) => x.get('x-trace-id'))).toEqual(['trace-1', 'trace-2']);
    expect(headers[1]!.get('authorization')).toMatch(/SignedHeaders=[^,]*x-trace-id/);
    const logged = JSON.stringify(debug.mock.calls);
    expect(logged).not.toContain('alice');
    expect(debug).toHaveBeenCalledWith('com.amazonaws.drs#ListTagsForResource response', expect.objectContaining({ output: { tags: SENSITIVE_STRING } }));
  });

  it('warns once per deprecated operation per process, and can be turned off', async () => {
    const warn = vi.fn();
    const quiet = vi.fn();
    await retryDataReplication(new DrsLiteClient({ ...base, deprecationWarnings: false, logger: { warn: quiet } }), { sourceServerID: SOURCE_SERVER_ID });
    const client = new DrsLiteClient({ region: REGION, credentials: CREDENTIALS, logger: { warn } });
    await retryDataReplication(client, { sourceServerID: SOURCE_SERVER_ID });
    await retryDataReplication(client, { sourceServerID: SOURCE_SERVER_ID });
    await retryDataReplication(new DrsLiteClient({ region: REGION, credentials: CREDENTIALS, logger: { warn } }), { sourceServerID: SOURCE_SERVER_ID });
    expect(quiet).not.toHaveBeenCalled();
    expect(warn.mock.calls).toEqual([['Operation com.amazonaws.drs#RetryDataReplication is deprecated: WARNING: RetryDataReplication is deprecated']]);
    await describeSourceServers(client, {});
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('DescribeSourceServers$ schema', () => {
  it('carries the merged @paginated info the paginator uses', () => {
    expect(DescribeSourceServers$.paginated).toEqual({ inputToken: 'nextToken', outputToken: 'nextToken', items: 'items', pageSize: 'maxResults' });
  });
});
