/**
 * Sequences, call recording, pagination-aware defaults, scenarios, gzip request bodies and
 * query protocols dispatched by their form body, protocols without a codec, on hand-written schemas.
 */
import { gzip, utf8Encode } from '@anvil/runtime';
import type { ServiceSchema } from '@anvil/runtime';
import { setupServer } from 'msw/node';
import { unhandledRequests } from './unhandled-requests.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  DrsMockService$ as ElasticDisasterRecoveryService$,
  ListServers$,
  ResourceNotFoundException$,
  RetryDataReplication$,
} from './__fixtures__/generated/drs-mock/schemas.js';
import { createHandler, recordCalls } from './create-handler.js';
import { modeledError } from './error-answer.js';
import { DEFAULT_PAGES, paginationPlan } from './pagination.js';
import { createScenarios, GenericThrottlingException$ } from './scenarios.js';

const ENDPOINT = 'https://drs.us-east-1.amazonaws.com';
const SERVER_ID = 's-1234567890abcdefA';
const server = setupServer();
beforeAll(() => server.listen(unhandledRequests('error')));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function post(path: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${ENDPOINT}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

const retry = (body: unknown = { sourceServerID: SERVER_ID }) => post('/RetryDataReplication', body);

describe('sequences', () => {
  it('uses each entry once in order, then repeats the last', async () => {
    server.use(
      createHandler(ElasticDisasterRecoveryService$, RetryDataReplication$, [
        modeledError(ResourceNotFoundException$, { message: 'first' }),
        { arn: 'arn:second-xxxxxxxxxxxxx' },
        ({ input }) => ({ arn: `arn:third-${input.sourceServerID}` }),
      ]),
    );
    expect((await retry()).body['message']).toBe('first');
    expect((await retry()).body['arn']).toBe('arn:second-xxxxxxxxxxxxx');
    expect((await retry()).body['arn']).toBe(`arn:third-${SERVER_ID}`);
    expect((await retry()).body['arn']).toBe(`arn:third-${SERVER_ID}`);
  });

  it('does not consume an entry for an invalid request', async () => {
    server.use(createHandler(ElasticDisasterRecoveryService$, RetryDataReplication$, [{ arn: 'arn:one-xxxxxxxxxxxxxxxx' }, { arn: 'arn:two-xxxxxxxxxxxxxxxx' }]));
    expect((await retry({})).status).toBe(400);
    expect((await retry()).body['arn']).toBe('arn:one-xxxxxxxxxxxxxxxx');
  });

  it("falls through to the next handler after the last entry with afterSequence: 'fall-through'", async () => {
    server.use(
      createHandler(ElasticDisasterRecoveryService$, RetryDataReplication$, [{ arn: 'arn:once-xxxxxxxxxxxxxxxx' }], { afterSequence: 'fall-through' }),
      createHandler(ElasticDisasterRecoveryService$, RetryDataReplication$, { arn: 'arn:later-xxxxxxxxxxxxxxx' }),
    );
    expect((await retry()).body['arn']).toBe('arn:once-xxxxxxxxxxxxxxxx');
    expect((await retry()).body['arn']).toBe('arn:later-xxxxxxxxxxxxxxx');
    expect((await retry()).body['arn']).toBe('arn:later-xxxxxxxxxxxxxxx');
  });
});

describe('call recording', () => {
  it('records parsed inputs (valid and invalid) with their validation issues', async () => {
    const handler = createHandler(ElasticDisasterRecoveryService$, RetryDataReplication$);
    server.use(handler);
    await retry();
    await retry({ sourceServerID: 'bogus' });
    expect(recordCalls(handler)).toBe(handler.calls);
    expect(handler.calls.map((c) => c.input)).toEqual([{ sourceServerID: SERVER_ID }, { sourceServerID: 'bogus' }]);
    expect(handler.calls.map((c) => c.issues.map((i) => i.kind))).toEqual([[], ['length', 'pattern']]);
    expect(handler.calls[0]!.request.method).toBe('POST');
  });

  it('recordCalls rejects a foreign handler', () => {
    expect(() => recordCalls({} as never)).toThrow(/not created by @anvil\/msw-runtime/);
  });
});

describe('pagination-aware defaults', () => {
  it('plans a collection of 3 default pages from the page-size range and the items list length', () => {
    const plan = paginationPlan(ListServers$)!;
    expect(plan.defaultPageSize).toBe(3);
    expect(plan.maxPageSize).toBe(4);
    expect(plan.total).toBe(DEFAULT_PAGES * 3 - 1);
    expect(paginationPlan(RetryDataReplication$)).toBeUndefined();
  });

  it('pages through nested items and tokens, honouring the page size, and ends', async () => {
    server.use(createHandler(ElasticDisasterRecoveryService$, ListServers$));
    const walk = async (limit?: number) => {
      const sizes: number[] = [];
      const ids: string[] = [];
      let token: string | undefined;
      do {
        const { body } = await post('/ListServers', { token, limit });
        const page = body['page'] as { servers: Array<{ sourceServerID: string }>; next?: string };
        sizes.push(page.servers.length);
        ids.push(...page.servers.map((s) => s.sourceServerID));
        token = page.next;
      } while (token !== undefined);
      return { sizes, ids };
    };
    const byDefault = await walk();
    expect(byDefault.sizes).toEqual([3, 3, 2]);
    const byFour = await walk(40); // capped at the list's @length max
    expect(byFour.sizes).toEqual([4, 4]);
    expect(byFour.ids).toEqual(byDefault.ids);
    expect(new Set(byDefault.ids).size).toBe(8);
  });

  it('answers a token it did not issue with the validation error', async () => {
    server.use(createHandler(ElasticDisasterRecoveryService$, ListServers$));
    const { status, body } = await post('/ListServers', { token: 'made-up' });
    expect(status).toBe(400);
    expect(body['message']).toContain('made-up');
  });

  it('accepts page tokens that an override issued', async () => {
    const one = { sourceServerID: 's-00000000000000001' };
    const two = { sourceServerID: 's-00000000000000002' };
    server.use(
      createHandler(ElasticDisasterRecoveryService$, ListServers$, ({ input }) =>
        input.token === 'mine-1' ? { page: { servers: [two] } } : { page: { servers: [one], next: 'mine-1' } },
      ),
    );
    const first = await post('/ListServers', {});
    expect(first.body['page']).toEqual({ servers: [one], next: 'mine-1' });
    const second = await post('/ListServers', { token: 'mine-1' });
    expect(second.status).toBe(200);
    expect(second.body['page']).toEqual({ servers: [two] });
  });
});

describe('scenarios', () => {
  const scenarios = createScenarios(ElasticDisasterRecoveryService$, { RetryDataReplication: RetryDataReplication$ });

  it('internalError answers the modeled server error, before validation', async () => {
    server.use(...scenarios.internalError('RetryDataReplication'));
    const { status, body } = await retry({});
    expect(status).toBe(500);
    expect(body['message']).toBe('InternalServerException (mocked)');
  });

  it('throttling falls back to a generic 429 ThrottlingException when none is modeled', async () => {
    server.use(...scenarios.throttling());
    const { status, body } = await retry();
    expect(status).toBe(429);
    expect(body['message']).toBe(`${GenericThrottlingException$.name} (mocked)`);
  });

  it('rejects an unknown operation name', () => {
    expect(() => scenarios.throttling('Nope' as 'RetryDataReplication')).toThrow(/no operation named "Nope"/);
  });
});

describe('protocols without a codec', () => {
  // every ProtocolName has a codec; a model may still name a protocol this runtime does not know
  const unknown: ServiceSchema = { ...ElasticDisasterRecoveryService$, id: 'test#FutureService', name: 'FutureService', protocol: 'smithyFuture' as ServiceSchema['protocol'] };

  it('creates handlers without throwing and answers 501 naming the protocol', async () => {
    server.use(createHandler(unknown, { ...RetryDataReplication$, http: { method: 'POST', uri: '/servers/{id}/retry', code: 200 } }));
    const response = await fetch(`${ENDPOINT}/servers/abc/retry`, { method: 'POST' });
    expect(response.status).toBe(501);
    expect(await response.text()).toMatch(/cannot answer com\.amazonaws\.drs#RetryDataReplication: the smithyFuture protocol of test#FutureService has no codec/);
  });
});

describe('query protocols: handlers dispatched by the Action in the form body', () => {
  const query: ServiceSchema = { ...ElasticDisasterRecoveryService$, id: 'test#QueryService', protocol: 'awsQuery', xmlNamespace: { uri: 'https://q.example.com/' } };
  const form = (action: string, extra = '') =>
    fetch(`${ENDPOINT}/`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `Action=${action}&Version=2020-02-26${extra}` });

  it('each request reaches the handler of its Action, whatever the handler order (the body is read from a clone)', async () => {
    const list = createHandler(query, ListServers$);
    const retryHandler = createHandler(query, RetryDataReplication$, { arn: 'arn:from-query-xxxxxxxxxx' });
    server.use(list, retryHandler);
    const response = await form('RetryDataReplication', `&sourceServerID=${SERVER_ID}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/xml');
    const text = await response.text();
    expect(text).toMatch(/^<RetryDataReplicationResponse xmlns="https:\/\/q\.example\.com\/"><RetryDataReplicationResult>/);
    expect(text).toContain('<arn>arn:from-query-xxxxxxxxxx</arn>');
    expect(text).toContain(`<ResponseMetadata><RequestId>${response.headers.get('x-amzn-requestid')}</RequestId></ResponseMetadata>`);
    expect(recordCalls(retryHandler).map((c) => c.input)).toEqual([{ sourceServerID: SERVER_ID }]);
    expect(recordCalls(list)).toEqual([]);
  });

  it('a fixed requestId goes to the header and the body; every default answer gets its own id otherwise', async () => {
    server.use(createHandler(query, RetryDataReplication$, undefined, { requestId: 'fixed-id' }));
    const fixed = await form('RetryDataReplication', `&sourceServerID=${SERVER_ID}`);
    expect(fixed.headers.get('x-amzn-requestid')).toBe('fixed-id');
    expect(await fixed.text()).toContain('<RequestId>fixed-id</RequestId>');
    server.resetHandlers(createHandler(query, RetryDataReplication$));
    const ids = [];
    for (let i = 0; i < 2; i++) {
      const r = await form('RetryDataReplication', `&sourceServerID=${SERVER_ID}`);
      const id = r.headers.get('x-amzn-requestid');
      expect(await r.text()).toContain(`<RequestId>${id}</RequestId>`);
      ids.push(id);
    }
    expect(new Set(ids).size).toBe(2);
  });

  it('a request of another Action is not matched', async () => {
    server.use(createHandler(query, RetryDataReplication$));
    await expect(form('NoSuchAction')).rejects.toThrow();
  });
});

describe('Content-Encoding: gzip requests (@requestCompression clients)', () => {
  const postEncoded = (body: Uint8Array, encoding: string) =>
    fetch(`${ENDPOINT}/RetryDataReplication`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': encoding },
      body: body as Uint8Array<ArrayBuffer>,
    });

  it('parses the decompressed body', async () => {
    const handler = createHandler(ElasticDisasterRecoveryService$, RetryDataReplication$);
    server.use(handler);
    const response = await postEncoded(await gzip(utf8Encode(JSON.stringify({ sourceServerID: SERVER_ID }))), 'gzip');
    expect(response.status).toBe(200);
    expect(handler.calls.map((c) => c.input)).toEqual([{ sourceServerID: SERVER_ID }]);
  });

  it('rejects a body that is not gzip as malformed', async () => {
    server.use(createHandler(ElasticDisasterRecoveryService$, RetryDataReplication$));
    const response = await postEncoded(utf8Encode('not gzip at all'), 'gzip');
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('SerializationException');
  });
});

describe('default answers', () => {
  it('serialise once per handler and stay identical, each with its own request id and status override', async () => {
    server.use(createHandler(ElasticDisasterRecoveryService$, RetryDataReplication$, undefined, { status: 202 }));
    const send = () =>
      fetch(`${ENDPOINT}/RetryDataReplication`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ sourceServerID: SERVER_ID }),
      });
    const first = await send();
    const second = await send();
    expect(first.status).toBe(202);
    expect(second.status).toBe(202);
    const [a, b] = [await first.text(), await second.text()];
    expect(a.length).toBeGreaterThan(2);
    expect(b).toBe(a);
    expect(first.headers.get('x-amzn-requestid')).not.toBe(second.headers.get('x-amzn-requestid'));
  });
});
