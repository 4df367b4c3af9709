/**
 * Generated DRS MSW handlers with our client (@anvil-gen/drs-client) and the
 * official SDK (@aws-sdk/client-drs 3.523.0): pagination to the end, every
 * RetryDataReplication error, validation errors, an ARN label with `/`, call
 * recording, sequences, scenarios and createHandlers.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import * as aws from '@aws-sdk/client-drs';
import { unhandledRequests, validate } from '@anvil/msw-runtime';
import { SourceServer$ } from '@anvil-gen/drs-types';
import * as ours from '@anvil-gen/drs-client';
import {
  createHandlers,
  describeSourceServersHandler,
  handlers,
  listTagsForResourceHandler,
  retryDataReplicationErrors,
  retryDataReplicationHandler,
  scenarios,
} from '@anvil-gen/drs-msw';
import { CREDENTIALS, REGION, SOURCE_SERVER_ID } from './capture.js';

const server = setupServer(...handlers);
beforeAll(() => server.listen(unhandledRequests('error')));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const sdk = new aws.DrsClient({ region: REGION, credentials: CREDENTIALS, maxAttempts: 1 });
const client = new ours.DrsClient({ region: REGION, credentials: CREDENTIALS, maxAttempts: 1, deprecationWarnings: false });
const ARN = `arn:aws:drs:${REGION}:123456789012:source-server/${SOURCE_SERVER_ID}`;

/** Run a call that must fail; return what it threw. */
async function failure(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('DescribeSourceServers is paginated to the end', () => {
  it('our client: loop on nextToken gets 3 pages of 2, 2 and 1 model-valid servers', async () => {
    const pages: number[] = [];
    const ids: string[] = [];
    let nextToken: string | undefined;
    do {
      const page = await client.describeSourceServers({ nextToken });
      pages.push(page.items!.length);
      for (const item of page.items!) {
        expect(validate(SourceServer$, item)).toEqual([]);
        ids.push(item.sourceServerID!);
      }
      nextToken = page.nextToken;
    } while (nextToken !== undefined);
    expect(pages).toEqual([2, 2, 1]);
    expect(new Set(ids).size).toBe(5);
  });

  it('the official paginator ends, honouring maxResults, and sees the same collection', async () => {
    const ids: string[] = [];
    const sizes: number[] = [];
    for await (const page of aws.paginateDescribeSourceServers({ client: sdk, pageSize: 1 }, {})) {
      sizes.push(page.items!.length);
      ids.push(...page.items!.map((s) => s.sourceServerID!));
    }
    expect(sizes).toEqual([1, 1, 1, 1, 1]);
    const mine = await client.describeSourceServers({ maxResults: 10 });
    expect(mine.nextToken).toBeUndefined();
    expect(mine.items!.map((s) => s.sourceServerID)).toEqual(ids);
  });

  it('an unknown token gets the ValidationException', async () => {
    const err = await failure(() => sdk.send(new aws.DescribeSourceServersCommand({ nextToken: 'not-ours' })));
    expect(err).toBeInstanceOf(aws.ValidationException);
    expect((err as aws.ValidationException).fieldList?.[0]?.name).toBe('nextToken');
  });
});

describe('every RetryDataReplication error through both clients', () => {
  const input = { sourceServerID: SOURCE_SERVER_ID };
  const cases = [
    {
      answer: retryDataReplicationErrors.InternalServerException({ message: 'boom', retryAfterSeconds: 7 }),
      ours: ours.InternalServerException,
      theirs: aws.InternalServerException,
      status: 500,
      members: { message: 'boom', retryAfterSeconds: 7 },
    },
    {
      answer: retryDataReplicationErrors.ResourceNotFoundException({ message: 'gone', code: 'NF', resourceId: 's-1', resourceType: 'SOURCE_SERVER' }),
      ours: ours.ResourceNotFoundException,
      theirs: aws.ResourceNotFoundException,
      status: 404,
      members: { message: 'gone', code: 'NF', resourceId: 's-1', resourceType: 'SOURCE_SERVER' },
    },
    {
      answer: retryDataReplicationErrors.ThrottlingException({ message: 'slow down', serviceCode: 'drs', quotaCode: 'Q1', retryAfterSeconds: '3' }),
      ours: ours.ThrottlingException,
      theirs: aws.ThrottlingException,
      status: 429,
      members: { message: 'slow down', serviceCode: 'drs', quotaCode: 'Q1', retryAfterSeconds: '3' },
    },
    {
      answer: retryDataReplicationErrors.UninitializedAccountException({ message: 'init first', code: 'UA' }),
      ours: ours.UninitializedAccountException,
      theirs: aws.UninitializedAccountException,
      status: 400,
      members: { message: 'init first', code: 'UA' },
    },
    {
      answer: retryDataReplicationErrors.ValidationException({ message: 'bad', reason: 'other', fieldList: [{ name: 'x', message: 'y' }] }),
      ours: ours.ValidationException,
      theirs: aws.ValidationException,
      status: 400,
      members: { message: 'bad', reason: 'other', fieldList: [{ name: 'x', message: 'y' }] },
    },
  ] as const;

  it('covers every modeled error of the operation', () => {
    expect(Object.keys(retryDataReplicationErrors).sort()).toEqual(cases.map((c) => c.answer.schema.name).sort());
  });

  for (const c of cases) {
    it(`${c.answer.schema.name}: instanceof, status and members`, async () => {
      server.use(retryDataReplicationHandler(c.answer));
      const mine = await failure(() => client.retryDataReplication(input));
      const theirs = await failure(() => sdk.send(new aws.RetryDataReplicationCommand(input)));
      expect(mine).toBeInstanceOf(c.ours);
      expect(theirs).toBeInstanceOf(c.theirs);
      for (const err of [mine, theirs] as Array<Record<string, unknown> & { $metadata: { httpStatusCode?: number } }>) {
        expect(err['name']).toBe(c.answer.schema.name);
        expect(err.$metadata.httpStatusCode).toBe(c.status);
        for (const [key, value] of Object.entries(c.members)) expect(err[key]).toEqual(value);
      }
    });
  }
});

describe('request validation', () => {
  it('a missing required member is the service ValidationException (both clients)', async () => {
    const mine = await failure(() => client.retryDataReplication({} as { sourceServerID: string }));
    const theirs = await failure(() => sdk.send(new aws.RetryDataReplicationCommand({} as { sourceServerID: string })));
    for (const err of [mine, theirs]) {
      expect((err as Error).name).toBe('ValidationException');
      const e = err as aws.ValidationException;
      expect(e.reason).toBe('fieldValidationFailed');
      expect(e.fieldList).toEqual([{ name: 'sourceServerID', message: "Value at '/sourceServerID' failed to satisfy constraint: Member must not be null" }]);
    }
    expect(theirs).toBeInstanceOf(aws.ValidationException);
    expect(mine).toBeInstanceOf(ours.ValidationException);
  });

  it('a pattern violation is the service ValidationException (both clients)', async () => {
    const bad = { sourceServerID: 'x-1234567890abcdefg' }; // right length, wrong prefix
    const mine = await failure(() => client.retryDataReplication(bad));
    const theirs = await failure(() => sdk.send(new aws.RetryDataReplicationCommand(bad)));
    expect(mine).toBeInstanceOf(ours.ValidationException);
    expect(theirs).toBeInstanceOf(aws.ValidationException);
    for (const err of [mine, theirs] as aws.ValidationException[]) {
      expect(err.fieldList?.map((f) => f.name)).toEqual(['sourceServerID']);
      expect(err.fieldList?.[0]?.message).toContain('^s-[0-9a-zA-Z]{17}$');
    }
  });

  it('validate: false lets an invalid input through to the override', async () => {
    server.use(retryDataReplicationHandler(({ input }) => ({ sourceServerID: SOURCE_SERVER_ID, arn: `arn:got:${input.sourceServerID}-padding` }), { validate: false }));
    const out = await client.retryDataReplication({ sourceServerID: 'bogus' });
    expect(out.arn).toBe('arn:got:bogus-padding');
  });
});

describe('ListTagsForResource with an ARN label containing "/"', () => {
  it('round-trips from both clients, percent-encoded on the wire and decoded in the recorded input', async () => {
    const handler = listTagsForResourceHandler(({ input }) => ({ tags: { arn: input.resourceArn } }));
    server.use(handler);
    const mine = await client.listTagsForResource({ resourceArn: ARN });
    const theirs = await sdk.send(new aws.ListTagsForResourceCommand({ resourceArn: ARN }));
    expect(mine.tags).toEqual({ arn: ARN });
    expect(theirs.tags).toEqual({ arn: ARN });
    expect(handler.calls.map((c) => c.input)).toEqual([{ resourceArn: ARN }, { resourceArn: ARN }]);
    for (const call of handler.calls) {
      const path = new URL(call.request.url).pathname;
      expect(path).toContain('source-server%2Fs-');
      expect(decodeURIComponent(path)).toBe(`/tags/${ARN}`);
    }
  });

  it('the default answer is a model-valid tag map', async () => {
    const out = await sdk.send(new aws.ListTagsForResourceCommand({ resourceArn: ARN }));
    expect(Object.keys(out.tags ?? {}).length).toBeGreaterThan(0);
  });
});

describe('sequences, scenarios and createHandlers', () => {
  it('a sequence answers in order, then repeats its last entry', async () => {
    server.use(
      retryDataReplicationHandler([
        retryDataReplicationErrors.ThrottlingException(),
        { arn: 'arn:second-answer-xxxxxxxx' },
        () => ({ arn: 'arn:third-answer-xxxxxxxxx' }),
      ]),
    );
    const input = { sourceServerID: SOURCE_SERVER_ID };
    expect(await failure(() => client.retryDataReplication(input))).toBeInstanceOf(ours.ThrottlingException);
    expect((await client.retryDataReplication(input)).arn).toBe('arn:second-answer-xxxxxxxx');
    expect((await sdk.send(new aws.RetryDataReplicationCommand(input))).arn).toBe('arn:third-answer-xxxxxxxxx');
    expect((await client.retryDataReplication(input)).arn).toBe('arn:third-answer-xxxxxxxxx');
  });

  it("afterSequence: 'fall-through' hands later requests to the default handler", async () => {
    server.use(retryDataReplicationHandler([{ arn: 'arn:only-once-xxxxxxxxxxxx' }], { afterSequence: 'fall-through' }));
    const input = { sourceServerID: SOURCE_SERVER_ID };
    expect((await client.retryDataReplication(input)).arn).toBe('arn:only-once-xxxxxxxxxxxx');
    expect((await client.retryDataReplication(input)).arn).not.toBe('arn:only-once-xxxxxxxxxxxx');
  });

  it('scenarios.throttling / internalError answer with the modeled errors', async () => {
    server.use(...scenarios.throttling('ListTagsForResource'));
    expect(await failure(() => sdk.send(new aws.ListTagsForResourceCommand({ resourceArn: ARN })))).toBeInstanceOf(aws.ThrottlingException);
    expect((await client.describeSourceServers({})).items!.length).toBe(2);
    server.resetHandlers();
    server.use(...scenarios.internalError());
    expect(await failure(() => client.describeSourceServers({}))).toBeInstanceOf(ours.InternalServerException);
    expect(await failure(() => sdk.send(new aws.RetryDataReplicationCommand({ sourceServerID: SOURCE_SERVER_ID })))).toBeInstanceOf(
      aws.InternalServerException,
    );
  });

  it('createHandlers({ includeDeprecated: false }) leaves RetryDataReplication out', async () => {
    // A catch-all after the generated handlers shows which requests they leave unanswered.
    const unmocked = http.all('*', () => HttpResponse.text('not mocked', { status: 599 }));
    const local = setupServer(...createHandlers({ includeDeprecated: false, baseUrl: 'https://drs.local' }), unmocked);
    // RetryDataReplication is the embedded model's only deprecated operation
    expect(createHandlers({ includeDeprecated: false }).length).toBe(createHandlers().length - 1);
    server.close();
    local.listen(unhandledRequests('error'));
    try {
      const scoped = new ours.DrsClient({ region: REGION, credentials: CREDENTIALS, endpoint: 'https://drs.local', maxAttempts: 1, deprecationWarnings: false });
      expect((await scoped.describeSourceServers({})).items!.length).toBe(2);
      const err = await failure(() => scoped.retryDataReplication({ sourceServerID: SOURCE_SERVER_ID }));
      expect((err as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode).toBe(599);
    } finally {
      local.close();
      server.listen(unhandledRequests('error'));
    }
  });
});
