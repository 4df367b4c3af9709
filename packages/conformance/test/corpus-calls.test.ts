/**
 * Every corpus service's generated client can be called against its generated mock (issue #15): the
 * full corpus runs with `pnpm corpus-calls`; this is the CI sample — one or two services per protocol
 * (ec2Query from the protocol tests: no corpus service speaks it), plus the services whose call once
 * failed for a reason of its own (codecatalyst: bearer auth; cloudfront-keyvaluestore: an ARN the
 * endpoint rules parse; geo-maps: an endpoint with a base path, `/v2`). Needs `$ANVIL_SHARED`: skipped without it, failing under `CI=true`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { HttpHandler } from 'msw';
import { corpusModel, locateShared } from '../src/model-mocks/corpus.js';
import { callOneOperation } from '../src/model-mocks/corpus-calls.js';
import { generateMocks, type GeneratedMocks } from '../src/model-mocks/generated-mocks.js';
import { useMockSession } from './mock-session.js';

/** Corpus folder → [protocol, operation the pick must land on]. */
const SAMPLE: Readonly<Record<string, readonly [string, string]>> = {
  s3: ['restXml', 'ListBuckets'],
  sts: ['awsQuery', 'GetCallerIdentity'],
  sns: ['awsQuery', 'GetSMSAttributes'],
  cloudwatch: ['rpcv2Cbor', 'DescribeAlarmHistory'],
  dynamodb: ['awsJson1_0', 'DescribeEndpoints'],
  acm: ['awsJson1_1', 'GetAccountConfiguration'],
  lambda: ['restJson1', 'GetAccountSettings'],
  codecatalyst: ['restJson1', 'GetUserDetails'],
  'cloudfront-keyvaluestore': ['restJson1', 'DeleteKey'],
  'geo-maps': ['restJson1', 'GetGlyphs'],
};

const corpus = locateShared('models/api-models-aws-2026-04');
const protocolTests = locateShared('protocol-tests/pira/smithy-aws-protocol-tests.json');
const generated = new Map<string, Promise<GeneratedMocks>>();
/** A corpus service generated once (types, client, msw) for every test that needs it. */
function corpusService(dir: string): Promise<GeneratedMocks> {
  let mocks = generated.get(dir);
  if (!mocks) generated.set(dir, (mocks = generateMocks(corpusModel(corpus ?? '', dir), dir, session.workspace, { client: true })));
  return mocks;
}
const session = useMockSession();

describe.skipIf(!corpus)('one call per corpus service: generated client → generated mock', () => {
  for (const [dir, [protocol, operation]] of Object.entries(SAMPLE)) {
    it(`${dir} (${protocol}): ${operation} answers 2xx with an output that validates`, async () => {
      const mocks = await corpusService(dir);
      session.server.resetHandlers(...mocks.handlers);
      expect(mocks.service.protocol).toBe(protocol);
      const result = await callOneOperation(mocks);
      expect(result).toMatchObject({ operation, outcome: { status: 'passed' } });
      expect(result?.outcome.status === 'passed' ? result.outcome.httpStatus : 0).toBeGreaterThanOrEqual(200);
    });
  }
});

describe.skipIf(!protocolTests)('ec2Query (the protocol tests\' AwsEc2: no corpus service speaks it)', () => {
  it('AwsEc2: the first operation without required members answers 200', async () => {
    const mocks = await generateMocks(protocolTests ?? '', 'awsec2', session.workspace, { client: true, service: 'aws.protocoltests.ec2#AwsEc2' });
    session.server.resetHandlers(...mocks.handlers);
    expect(mocks.service.protocol).toBe('ec2Query');
    expect(await callOneOperation(mocks)).toEqual({ operation: 'DatetimeOffsets', input: 'none', outcome: { status: 'passed', httpStatus: 200 } });
  });
});

describe.skipIf(!corpus)('S3 HeadObject/HeadBucket NotFound: 404 without a body, the generated NotFound on the client', () => {
  let s3: GeneratedMocks;
  beforeAll(async () => {
    s3 = await corpusService('s3');
  });
  for (const [operation, factory, input] of [
    ['HeadObject', 'headObjectHandler', { Bucket: 'anvil-demo-bucket', Key: 'missing.txt' }],
    ['HeadBucket', 'headBucketHandler', { Bucket: 'anvil-demo-bucket' }],
  ] as const) {
    it(`${operation}`, async () => {
      const errors = s3.msw['errors'] as Record<string, () => unknown>;
      const handlerFor = s3.msw[factory] as (override: () => unknown) => HttpHandler;
      session.server.resetHandlers(handlerFor(() => errors['NotFound']!()), ...s3.handlers);
      const client = new s3.client!.LiteClient({ region: 'us-east-1', credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' }, maxAttempts: 1 });
      const call = await s3.client!.operation(operation);
      const error = await call(client, input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(s3.client!.errors['NotFound'] as new () => Error);
      expect(error).toMatchObject({ name: 'NotFound', $fault: 'client', $metadata: { httpStatusCode: 404 } });
    });
  }
});
