/**
 * `aws.protocols#httpChecksum` in mocked restXml calls: request checksums are checked against the body
 * (`BadDigest` on a mismatch), and response checksums are sent only when asked for (`ChecksumMode: ENABLED`).
 */
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import type { OperationSchema, ServiceSchema, StructureSchema } from '@anvil/runtime';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHandler } from './create-handler.js';
import { unhandledRequests } from './unhandled-requests.js';

const STRING = { type: 'string' as const };
const header = (name: string) => ({ target: STRING, httpHeader: name });
const PutInput$: StructureSchema = {
  type: 'structure',
  name: 'PutInput',
  members: {
    Key: { target: STRING, httpLabel: true, required: true },
    Body: { target: { type: 'blob', streaming: true }, httpPayload: true },
    ChecksumAlgorithm: header('x-amz-sdk-checksum-algorithm'),
    ChecksumCRC32: header('x-amz-checksum-crc32'),
    ChecksumSHA256: header('x-amz-checksum-sha256'),
  },
};
const PutOutput$: StructureSchema = { type: 'structure', name: 'PutOutput', members: { ETag: header('ETag') } };
const Put$: OperationSchema<Record<string, unknown>, Record<string, unknown>> = {
  id: 'ex.s3#Put',
  name: 'Put',
  input: () => PutInput$,
  output: () => PutOutput$,
  errors: [],
  http: { method: 'PUT', uri: '/{Key}', code: 200 },
  httpChecksum: { requestAlgorithmMember: 'ChecksumAlgorithm' },
};
const GetInput$: StructureSchema = { type: 'structure', name: 'GetInput', members: { Key: { target: STRING, httpLabel: true, required: true }, ChecksumMode: header('x-amz-checksum-mode') } };
const GetOutput$: StructureSchema = {
  type: 'structure',
  name: 'GetOutput',
  members: {
    Body: { target: { type: 'blob', streaming: true }, httpPayload: true },
    ChecksumCRC32: header('x-amz-checksum-crc32'),
    ChecksumSHA256: header('x-amz-checksum-sha256'),
    ChecksumType: header('x-amz-checksum-type'),
  },
};
const Get$: OperationSchema<Record<string, unknown>, Record<string, unknown>> = {
  id: 'ex.s3#Get',
  name: 'Get',
  input: () => GetInput$,
  output: () => GetOutput$,
  errors: [],
  http: { method: 'GET', uri: '/{Key}', code: 200 },
  httpChecksum: { requestValidationModeMember: 'ChecksumMode', responseAlgorithms: ['CRC64NVME', 'CRC32', 'SHA256'] },
};
const S3$: ServiceSchema = { id: 'ex.s3#S3', name: 'S3', sdkId: 'S3', version: '1', protocol: 'restXml', errors: [] };

const crc32Base64 = (data: string): string => {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(crc32(data));
  return out.toString('base64');
};
const URL_OF = (key: string) => `https://s3.example.com/${key}`;

const server = setupServer();
beforeAll(() => server.listen(unhandledRequests('error')));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('request checksums', () => {
  it('a matching CRC32 or SHA-256 is accepted; the call is answered', async () => {
    const handler = createHandler(S3$, Put$, { ETag: '"e"' });
    server.use(handler);
    const crc = await fetch(URL_OF('a'), { method: 'PUT', headers: { 'x-amz-sdk-checksum-algorithm': 'CRC32', 'x-amz-checksum-crc32': crc32Base64('hello') }, body: 'hello' });
    expect(crc.status).toBe(200);
    expect(crc.headers.get('etag')).toBe('"e"');
    const sha = await fetch(URL_OF('a'), { method: 'PUT', headers: { 'x-amz-checksum-sha256': createHash('sha256').update('hello').digest('base64') }, body: 'hello' });
    expect(sha.status).toBe(200);
    expect(handler.calls.map((c) => c.input['ChecksumCRC32'])).toEqual([crc32Base64('hello'), undefined]);
  });

  it('a checksum that does not match the body answers BadDigest (400) with S3\'s message', async () => {
    server.use(createHandler(S3$, Put$, { ETag: '"e"' }));
    const res = await fetch(URL_OF('a'), { method: 'PUT', headers: { 'x-amz-sdk-checksum-algorithm': 'CRC32', 'x-amz-checksum-crc32': crc32Base64('hellO') }, body: 'hello' });
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(body).toContain('<Code>BadDigest</Code>');
    expect(body).toContain('<Message>The CRC32 you specified did not match the calculated checksum.</Message>');
  });

  it('an algorithm header without its checksum answers InvalidRequest; aws-chunked bodies (trailer checksums) are not checked', async () => {
    server.use(createHandler(S3$, Put$, { ETag: '"e"' }));
    const bare = await fetch(URL_OF('a'), { method: 'PUT', headers: { 'x-amz-sdk-checksum-algorithm': 'CRC32' }, body: 'hello' });
    expect(bare.status).toBe(400);
    expect(await bare.text()).toContain('<Code>InvalidRequest</Code>');
    const trailer = await fetch(URL_OF('a'), { method: 'PUT', headers: { 'x-amz-sdk-checksum-algorithm': 'CRC32', 'x-amz-trailer': 'x-amz-checksum-crc32' }, body: 'hello' });
    expect(trailer.status).toBe(200);
  });

  it('a checksum in an algorithm the mock does not compute is not judged', async () => {
    server.use(createHandler(S3$, Put$, { ETag: '"e"' }));
    const res = await fetch(URL_OF('a'), { method: 'PUT', headers: { 'x-amz-checksum-crc64nvme': 'AAAAAAAAAAA=' }, body: 'hello' });
    expect(res.status).toBe(200);
  });
});

describe('response checksums', () => {
  const body = new TextEncoder().encode('object body');

  it('ChecksumMode ENABLED: the CRC32 of the body (the first computable response algorithm)', async () => {
    server.use(createHandler(S3$, Get$, { Body: body }));
    const res = await fetch(URL_OF('k'), { headers: { 'x-amz-checksum-mode': 'ENABLED' } });
    expect(res.headers.get('x-amz-checksum-crc32')).toBe(crc32Base64('object body'));
    expect(res.headers.get('x-amz-checksum-sha256')).toBeNull();
    expect(await res.text()).toBe('object body');
  });

  it('without ChecksumMode no checksum headers, not even fake ones', async () => {
    server.use(createHandler(S3$, Get$));
    const res = await fetch(URL_OF('k'));
    expect(res.headers.get('x-amz-checksum-crc32')).toBeNull();
    expect(res.headers.get('x-amz-checksum-sha256')).toBeNull();
    await res.arrayBuffer();
  });

  it('checksums the override sets are sent as given (a test can answer a wrong one)', async () => {
    server.use(createHandler(S3$, Get$, { Body: body, ChecksumSHA256: 'bm90IHRoZSBoYXNo' }));
    const res = await fetch(URL_OF('k'), { headers: { 'x-amz-checksum-mode': 'ENABLED' } });
    expect(res.headers.get('x-amz-checksum-sha256')).toBe('bm90IHRoZSBoYXNo');
    expect(res.headers.get('x-amz-checksum-crc32')).toBeNull();
    await res.arrayBuffer();
  });
});
