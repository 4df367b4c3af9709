/**
 * S3 presigned URLs end to end: our `presign` against the official `@aws-sdk/s3-request-presigner` 3.1178.0
 * `getSignedUrl` (same credentials, region, bucket, key, expiry and signing date: the same URL, signature
 * included), and a browser-style `fetch(url)` — no client, no credentials — through the S3 mock generated
 * from the corpus model at test time: uploads reach the PutObject handler, downloads answer the body, expired
 * URLs answer 403 `AccessDenied`, malformed ones 400 `AuthorizationQueryParametersError`.
 *
 * Needs the shared model corpus (`$ANVIL_SHARED`); skipped without it, failing under `CI=true`.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer, type SetupServer } from 'msw/node';
import type { HttpHandler } from 'msw';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { presign, type Client } from '@anvil/client-runtime';
import type { MockHandler } from '@anvil/msw-runtime';
import type { OperationSchema } from '@anvil/runtime';
import { CREDENTIALS, REGION } from './capture.js';
import { corpusPresent, generatedWorkspace, type GeneratedPackages } from './corpus-services.js';

const present = corpusPresent('official-sdk-s3-presign');

type HandlerFactory = (override?: unknown, options?: Record<string, unknown>) => MockHandler<Record<string, unknown>>;

const BUCKET = 'anvil-demo-bucket';
const SIGNING_DATE = new Date('2026-03-04T05:06:07Z');
const text = (bytes: unknown): string => new TextDecoder().decode(bytes as Uint8Array);

/** Host, path and every query parameter (sorted) of a URL. */
function partsOf(url: string): { host: string; path: string; query: Array<[string, string]> } {
  const u = new URL(url);
  return { host: u.host, path: u.pathname, query: [...u.searchParams].sort(([a], [b]) => a.localeCompare(b)) };
}

/** The `<Code>` and `<Message>` of an S3 `<Error>` body. */
function xmlError(body: string): { code?: string; message?: string } {
  const code = /<Code>([^<]*)<\/Code>/.exec(body)?.[1];
  const message = /<Message>([^<]*)<\/Message>/.exec(body)?.[1];
  return { ...(code === undefined ? {} : { code }), ...(message === undefined ? {} : { message }) };
}

describe.skipIf(!present)('S3 presigned URLs: ours equal the official presigner\'s and work through the generated mock', () => {
  const workspace = generatedWorkspace();
  let s3: GeneratedPackages;
  let server: SetupServer;

  beforeAll(async () => {
    s3 = await workspace.load('s3', 's3');
    server = setupServer(...(s3.msw['handlers'] as HttpHandler[]));
    server.listen({ onUnhandledRequest: 'error' });
  }, 300_000);
  afterEach(() => server.resetHandlers());
  afterAll(() => {
    server?.close();
    workspace.dispose();
  });

  const sdk = () => new S3Client({ region: REGION, credentials: CREDENTIALS, maxAttempts: 1 });
  const ours = () => new (s3.client['S3Client'] as new (config: Record<string, unknown>) => Client)({ region: REGION, credentials: CREDENTIALS, maxAttempts: 1 });
  const schema = (name: string) => s3.types[`${name}$`] as OperationSchema<Record<string, unknown>, unknown>;
  const handler = (name: string) => s3.msw[name] as HandlerFactory;

  it.each([
    ['PutObject', 'uploads/photo 1.png', 3600],
    ['GetObject', 'docs/a+b.txt', 900],
  ])('%s (key %j, expiresIn %i s): host, path and every query parameter, X-Amz-Signature included, equal getSignedUrl\'s', async (operation, key, expiresIn) => {
    const command = operation === 'PutObject' ? new PutObjectCommand({ Bucket: BUCKET, Key: key }) : new GetObjectCommand({ Bucket: BUCKET, Key: key });
    const theirs = await getSignedUrl(sdk(), command, { expiresIn, signingDate: SIGNING_DATE });
    const mine = await presign(ours(), schema(operation), { Bucket: BUCKET, Key: key }, { expiresIn, signingDate: SIGNING_DATE });
    expect(partsOf(mine)).toEqual(partsOf(theirs));
    const params = new URL(mine).searchParams;
    expect(params.get('X-Amz-Expires')).toBe(String(expiresIn));
    expect(params.get('X-Amz-Date')).toBe('20260304T050607Z');
    expect(params.get('X-Amz-Credential')).toBe(`${CREDENTIALS.accessKeyId}/20260304/${REGION}/s3/aws4_request`);
    expect(new URL(mine).host).toBe(`${BUCKET}.s3.${REGION}.amazonaws.com`);
  });

  it('temporary credentials: X-Amz-Security-Token is carried and signed as by getSignedUrl', async () => {
    const credentials = { ...CREDENTIALS, sessionToken: 'session-token/with+chars=' };
    const theirs = await getSignedUrl(new S3Client({ region: REGION, credentials }), new GetObjectCommand({ Bucket: BUCKET, Key: 'k' }), { signingDate: SIGNING_DATE });
    const client = new (s3.client['S3Client'] as new (config: Record<string, unknown>) => Client)({ region: REGION, credentials });
    const mine = await presign(client, schema('GetObject'), { Bucket: BUCKET, Key: 'k' }, { signingDate: SIGNING_DATE });
    expect(partsOf(mine)).toEqual(partsOf(theirs));
    expect(new URL(mine).searchParams.get('X-Amz-Security-Token')).toBe(credentials.sessionToken);
    expect(new URL(mine).searchParams.get('X-Amz-Expires')).toBe('900');
  });

  it('forcePathStyle: the bucket in the path, as getSignedUrl puts it', async () => {
    const config = { region: 'eu-west-1', credentials: CREDENTIALS, forcePathStyle: true };
    const theirs = await getSignedUrl(new S3Client(config), new GetObjectCommand({ Bucket: BUCKET, Key: 'a/b c.txt' }), { signingDate: SIGNING_DATE, expiresIn: 60 });
    const client = new (s3.client['S3Client'] as new (config: Record<string, unknown>) => Client)(config);
    const mine = await presign(client, schema('GetObject'), { Bucket: BUCKET, Key: 'a/b c.txt' }, { signingDate: SIGNING_DATE, expiresIn: 60 });
    expect(partsOf(mine)).toEqual(partsOf(theirs));
    expect(new URL(mine).host).toBe('s3.eu-west-1.amazonaws.com');
    expect(new URL(mine).pathname).toBe(`/${BUCKET}/a/b%20c.txt`);
  });

  it('requestChecksumCalculation WHEN_REQUIRED: a PutObject URL without the empty body\'s CRC32, equal to getSignedUrl\'s under the same setting', async () => {
    const config = { region: REGION, credentials: CREDENTIALS, requestChecksumCalculation: 'WHEN_REQUIRED' } as const;
    const theirs = await getSignedUrl(new S3Client(config), new PutObjectCommand({ Bucket: BUCKET, Key: 'k' }), { signingDate: SIGNING_DATE });
    const client = new (s3.client['S3Client'] as new (config: Record<string, unknown>) => Client)(config);
    const mine = await presign(client, schema('PutObject'), { Bucket: BUCKET, Key: 'k' }, { signingDate: SIGNING_DATE });
    expect(partsOf(mine)).toEqual(partsOf(theirs));
    expect([...new URL(mine).searchParams.keys()].filter((k) => k.startsWith('x-amz-checksum') || k === 'x-amz-sdk-checksum-algorithm')).toEqual([]);
  });

  it('a browser-style upload: fetch(url, { method: PUT, body }) reaches the PutObject handler with the body and key', async () => {
    const put = handler('putObjectHandler')({ ETag: '"etag-1"' });
    server.use(put);
    const url = await presign(ours(), schema('PutObject'), { Bucket: BUCKET, Key: 'uploads/photo 1.png' }, { expiresIn: 600 });
    const response = await fetch(url, { method: 'PUT', body: 'picture bytes', headers: { 'content-type': 'image/png' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"etag-1"');
    expect(put.calls).toHaveLength(1);
    const input = put.calls[0]!.input;
    expect(input).toMatchObject({ Bucket: BUCKET, Key: 'uploads/photo 1.png', ContentType: 'image/png' });
    expect(text(input['Body'])).toBe('picture bytes');
    // the X-Amz-* authentication parameters are not input members
    expect(Object.keys(input).filter((k) => /amz/i.test(k))).toEqual([]);
    expect(put.calls[0]!.issues).toEqual([]);
  });

  it('a presigned GetObject URL answers the object\'s body', async () => {
    server.use(handler('getObjectHandler')({ Body: new TextEncoder().encode('downloaded'), ContentType: 'text/plain', ContentEncoding: undefined, ContentRange: undefined }));
    const url = await presign(ours(), schema('GetObject'), { Bucket: BUCKET, Key: 'docs/a.txt' });
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('downloaded');
  });

  it('an expired URL (signed 2 hours ago for 1 hour) answers 403 AccessDenied "Request has expired"', async () => {
    const put = handler('putObjectHandler')({ ETag: '"e"' });
    server.use(put);
    const signingDate = new Date(Date.now() - 2 * 3600_000);
    const url = await presign(ours(), schema('PutObject'), { Bucket: BUCKET, Key: 'k' }, { expiresIn: 3600, signingDate });
    const response = await fetch(url, { method: 'PUT', body: 'late' });
    expect(response.status).toBe(403);
    expect(xmlError(await response.text())).toEqual({ code: 'AccessDenied', message: 'Request has expired' });
    expect(put.calls).toHaveLength(0);
    // the official presigner's URL, equally old, is refused alike
    const theirs = await getSignedUrl(sdk(), new GetObjectCommand({ Bucket: BUCKET, Key: 'k' }), { expiresIn: 60, signingDate });
    const refused = await fetch(theirs);
    expect(refused.status).toBe(403);
    expect(xmlError(await refused.text()).code).toBe('AccessDenied');
  });

  it.each([
    ['X-Amz-Expires', '0'],
    ['X-Amz-Expires', '604801'],
    ['X-Amz-Date', '2026-03-04'],
    ['X-Amz-Algorithm', 'AWS4-HMAC-SHA1'],
    ['X-Amz-Credential', 'AKIDEXAMPLE/20260304/us-east-1/s3'],
    ['X-Amz-SignedHeaders', 'content-type'],
  ])('a malformed URL (%s=%s) answers 400 AuthorizationQueryParametersError', async (param, value) => {
    server.use(handler('getObjectHandler')({ Body: new TextEncoder().encode('x') }));
    const url = new URL(await presign(ours(), schema('GetObject'), { Bucket: BUCKET, Key: 'k' }));
    url.searchParams.set(param, value);
    const response = await fetch(url);
    expect(response.status).toBe(400);
    expect(xmlError(await response.text()).code).toBe('AuthorizationQueryParametersError');
  });

  it('a URL missing X-Amz-Credential answers 400 AuthorizationQueryParametersError', async () => {
    const url = new URL(await presign(ours(), schema('GetObject'), { Bucket: BUCKET, Key: 'k' }));
    url.searchParams.delete('X-Amz-Credential');
    const response = await fetch(url);
    expect(response.status).toBe(400);
    expect(xmlError(await response.text()).code).toBe('AuthorizationQueryParametersError');
  });
});
