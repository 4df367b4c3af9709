/**
 * The modern official AWS SDK for two awsQuery services — @aws-sdk/client-sts and @aws-sdk/client-sns
 * 3.1178.0, `maxAttempts: 1` — against mocks generated from the corpus models at test time, our own
 * generated clients against the same mocks, and our STS request compared with the SDK's (method, path,
 * content type, form parameters).
 *
 * Needs the shared model corpus (`$ANVIL_SHARED`); skipped without it, failing under `CI=true`.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer, type SetupServer } from 'msw/node';
import type { HttpHandler } from 'msw';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { GetTopicAttributesCommand, NotFoundException as AwsNotFoundException, paginateListTopics, SNSClient } from '@aws-sdk/client-sns';
import { validate, type MockHandler } from '@anvil/msw-runtime';
import type { StructureSchema } from '@anvil/runtime';
import { captureRequests, CREDENTIALS, REGION, type Captured } from './capture.js';
import { corpusPresent, generatedWorkspace, type GeneratedPackages } from './corpus-services.js';

const present = corpusPresent('official-sdk-query');

/** What the tests use of a generated client class: operation methods by name. */
type OurClient = Record<string, (input?: Record<string, unknown>) => Promise<Record<string, unknown>>>;
type ClientClass = new (config: Record<string, unknown>) => OurClient;
type HandlerFactory = (override?: unknown, options?: Record<string, unknown>) => MockHandler<Record<string, unknown>>;

const CREDENTIALS_OUT = {
  AccessKeyId: 'ASIAEXAMPLE123456789',
  SecretAccessKey: 'secret/+=key',
  SessionToken: 'token&with<xml>chars',
  Expiration: new Date('2026-12-05T12:34:56Z'),
};

describe.skipIf(!present)('awsQuery: official SDK and our clients against generated mocks', () => {
  const workspace = generatedWorkspace();
  let sts: GeneratedPackages;
  let sns: GeneratedPackages;
  let server: SetupServer;
  let seen: Captured[];

  beforeAll(async () => {
    sts = await workspace.load('sts', 'sts');
    sns = await workspace.load('sns', 'sns');
    server = setupServer(...(sts.msw['handlers'] as HttpHandler[]), ...(sns.msw['handlers'] as HttpHandler[]));
    seen = captureRequests(server);
    server.listen({ onUnhandledRequest: 'error' });
  }, 120_000);
  afterEach(() => {
    server.resetHandlers();
    seen.length = 0;
  });
  afterAll(() => {
    server?.close();
    workspace.dispose();
  });

  const stsSdk = () => new STSClient({ region: REGION, credentials: CREDENTIALS, maxAttempts: 1 });
  const snsSdk = () => new SNSClient({ region: REGION, credentials: CREDENTIALS, maxAttempts: 1 });
  const ours = (pkg: GeneratedPackages, name: string) => new (pkg.client[name] as ClientClass)({ region: REGION, credentials: CREDENTIALS, maxAttempts: 1 });
  const handler = (pkg: GeneratedPackages, name: string) => pkg.msw[name] as HandlerFactory;
  const schema = (pkg: GeneratedPackages, name: string) => pkg.types[name] as StructureSchema;

  async function requests(count: number): Promise<Captured[]> {
    for (let i = 0; i < 100 && seen.length < count; i++) await new Promise((r) => setTimeout(r, 10));
    expect(seen).toHaveLength(count);
    return [...seen];
  }

  function formParams(body: string): Array<[string, string]> {
    return [...new URLSearchParams(body)].sort(([a, x], [b, y]) => (a === b ? x.localeCompare(y) : a.localeCompare(b)));
  }

  describe('STS', () => {
    it('GetCallerIdentity: the SDK and our client both get the mock\'s model-valid identity', async () => {
      const theirs = await stsSdk().send(new GetCallerIdentityCommand({}));
      expect(theirs.$metadata.httpStatusCode).toBe(200);
      expect(theirs.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
      const { $metadata: _m, ...sdkOutput } = theirs;
      expect(validate(schema(sts, 'GetCallerIdentityResponse$'), sdkOutput)).toEqual([]);
      expect(typeof theirs.Account).toBe('string');
      expect(typeof theirs.Arn).toBe('string');

      const mine = await ours(sts, 'StsClient')['getCallerIdentity']!({});
      const { $metadata: _n, ...ourOutput } = mine;
      // same handler, same seed: the default answer is the same fake identity
      expect(ourOutput).toEqual(sdkOutput);
    });

    it('AssumeRole: list and structure parameters reach the mock; credentials with XML-special characters and a date come back', async () => {
      const assume = handler(sts, 'assumeRoleHandler')({ Credentials: CREDENTIALS_OUT, AssumedRoleUser: { AssumedRoleId: 'AROA123:s', Arn: 'arn:aws:sts::123456789012:assumed-role/r/s' } });
      server.use(assume);
      const input = {
        RoleArn: 'arn:aws:iam::123456789012:role/demo',
        RoleSessionName: 'session-1',
        DurationSeconds: 900,
        PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }, { arn: 'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess' }],
        Tags: [{ Key: 'team', Value: 'a b=c/d+e' }],
        TransitiveTagKeys: [],
      };
      const theirs = await stsSdk().send(new AssumeRoleCommand(input));
      expect(theirs.Credentials).toEqual(CREDENTIALS_OUT);
      expect(theirs.AssumedRoleUser?.AssumedRoleId).toBe('AROA123:s');
      const mine = await ours(sts, 'StsClient')['assumeRole']!(input);
      expect(mine['Credentials']).toEqual(CREDENTIALS_OUT);
      expect(mine['AssumedRoleUser']).toEqual(theirs.AssumedRoleUser);
      // the mock parsed the same input from both clients' form bodies
      expect(assume.calls.map((c) => c.input)).toEqual([input, input]);
      expect(assume.calls.map((c) => c.issues)).toEqual([[], []]);
    });

    it('our AssumeRole request equals the SDK\'s: POST /, form content type, the same form parameters', async () => {
      const input = { RoleArn: 'arn:aws:iam::123456789012:role/demo', RoleSessionName: 'ses', PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/A' }], Tags: [{ Key: 'k', Value: 'v w' }] };
      await stsSdk().send(new AssumeRoleCommand(input));
      await ours(sts, 'StsClient')['assumeRole']!(input);
      const [theirs, mine] = await requests(2);
      expect(mine!.method).toBe('POST');
      expect(mine!.method).toBe(theirs!.method);
      expect(mine!.url.pathname).toBe('/');
      expect(mine!.url.pathname).toBe(theirs!.url.pathname);
      expect(mine!.url.host).toBe(theirs!.url.host);
      expect(mine!.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
      expect(theirs!.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
      expect(formParams(mine!.body)).toEqual(formParams(theirs!.body));
      expect(formParams(mine!.body)).toEqual([
        ['Action', 'AssumeRole'],
        ['PolicyArns.member.1.arn', 'arn:aws:iam::aws:policy/A'],
        ['RoleArn', 'arn:aws:iam::123456789012:role/demo'],
        ['RoleSessionName', 'ses'],
        ['Tags.member.1.Key', 'k'],
        ['Tags.member.1.Value', 'v w'],
        ['Version', '2011-06-15'],
      ]);
    });
  });

  describe('SNS', () => {
    it('ListTopics: the SDK paginator and ours walk the mock\'s finite collection to the end, page by page alike', async () => {
      const sdkPages: string[][] = [];
      for await (const page of paginateListTopics({ client: snsSdk() }, {})) sdkPages.push((page.Topics ?? []).map((t) => t.TopicArn!));
      expect(sdkPages.length).toBeGreaterThan(1);
      expect(sdkPages.flat().length).toBeGreaterThan(sdkPages.length);
      expect(new Set(sdkPages.flat()).size).toBe(sdkPages.flat().length);

      const paginate = sns.client['paginateListTopics'] as (client: OurClient, input: Record<string, unknown>) => AsyncIterable<Record<string, unknown>>;
      const ourPages: string[][] = [];
      for await (const page of paginate(ours(sns, 'SnsClient'), {})) ourPages.push(((page['Topics'] as Array<{ TopicArn: string }> | undefined) ?? []).map((t) => t.TopicArn));
      expect(ourPages).toEqual(sdkPages);
    });

    it('GetTopicAttributes: a modeled error arrives as instanceof the SDK\'s NotFoundException with its members', async () => {
      const errors = sns.msw['errors'] as Record<string, (members: Record<string, unknown>) => unknown>;
      server.use(handler(sns, 'getTopicAttributesHandler')(errors['NotFoundException']!({ message: 'Topic does not exist' })));
      const err = await snsSdk().send(new GetTopicAttributesCommand({ TopicArn: 'arn:aws:sns:us-east-1:123456789012:nope' })).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AwsNotFoundException);
      const e = err as AwsNotFoundException;
      expect(e.name).toBe('NotFoundException');
      expect(e.$fault).toBe('client');
      expect(e.message).toBe('Topic does not exist');
      expect(e.$metadata.httpStatusCode).toBe(404);
      expect(e.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);

      const ourErr = await ours(sns, 'SnsClient')['getTopicAttributes']!({ TopicArn: 'arn:aws:sns:us-east-1:123456789012:nope' }).catch((x: unknown) => x);
      expect(ourErr).toBeInstanceOf(sns.client['NotFoundException'] as new () => Error);
      expect(ourErr).toMatchObject({ name: 'NotFoundException', $fault: 'client', message: 'Topic does not exist', $metadata: { httpStatusCode: 404 } });
    });

    it('an invalid request gets the service\'s ValidationException shape, which the SDK parses', async () => {
      // TopicArn is required: the SDK sends the request without it, the mock's validation rejects it
      const err = await snsSdk().send(new GetTopicAttributesCommand({} as { TopicArn: string })).catch((e: unknown) => e);
      expect(err).toMatchObject({ name: 'ValidationException', $fault: 'client', $metadata: { httpStatusCode: 400 } });
      expect((err as Error).message).toMatch(/TopicArn/);
    });
  });
});
