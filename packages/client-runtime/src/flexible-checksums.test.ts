/** `aws.protocols#httpChecksum` through `Client.send` with the restXml codec and a capturing `fetch`. */
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { restXml } from '@anvil/runtime';
import type { OperationSchema, ServiceSchema, StructureSchema } from '@anvil/runtime';
import { describe, expect, it } from 'vitest';
import { Client, ServiceException } from './index.js';
import type { ClientConfig } from './index.js';
import { flexibleChecksums } from './flexible-checksums.js';

const Blob$ = { type: 'blob' as const };
const PutInput$: StructureSchema = {
  type: 'structure',
  name: 'PutInput',
  members: {
    Key: { target: { type: 'string' }, httpLabel: true, required: true },
    Body: { target: Blob$, httpPayload: true },
    ChecksumAlgorithm: { target: { type: 'string' }, httpHeader: 'x-amz-sdk-checksum-algorithm' },
    ChecksumCRC32: { target: { type: 'string' }, httpHeader: 'x-amz-checksum-crc32' },
    ChecksumType: { target: { type: 'string' }, httpHeader: 'x-amz-checksum-type' },
  },
};
const Unit$: StructureSchema = { type: 'structure', name: 'Unit', members: {} };
const put = (httpChecksum: OperationSchema['httpChecksum']): OperationSchema => ({
  id: 'ex#Put',
  name: 'Put',
  input: PutInput$,
  output: Unit$,
  errors: [],
  http: { method: 'PUT', uri: '/{Key}', code: 200 },
  ...(httpChecksum ? { httpChecksum } : {}),
});
const GetInput$: StructureSchema = {
  type: 'structure',
  name: 'GetInput',
  members: {
    Key: { target: { type: 'string' }, httpLabel: true, required: true },
    ChecksumMode: { target: { type: 'string' }, httpHeader: 'x-amz-checksum-mode' },
  },
};
const Get$: OperationSchema = {
  id: 'ex#Get',
  name: 'Get',
  input: GetInput$,
  output: Unit$,
  errors: [],
  http: { method: 'GET', uri: '/{Key}', code: 200 },
  httpChecksum: { requestValidationModeMember: 'ChecksumMode', responseAlgorithms: ['CRC32', 'SHA256'] },
};
const Svc$: ServiceSchema = { id: 'ex#Svc', name: 'Svc', sdkId: 'Svc', version: '1', protocol: 'restXml', errors: [], auth: [] };

const crc32Base64 = (data: string): string => {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(crc32(data));
  return out.toString('base64');
};

/** Sends one call through a client with only the flexible checksums encoder; returns the request headers. */
async function headersSent(operation: OperationSchema, input: Record<string, unknown>, config: ClientConfig = {}): Promise<Record<string, string>> {
  let headers: Record<string, string> = {};
  const fetchFn = (async (url: string, init: RequestInit) => {
    headers = Object.fromEntries(new Request(url, init).headers);
    return new Response('', { status: 200 });
  }) as typeof fetch;
  const client = new Client({ service: Svc$, baseException: ServiceException, codec: restXml, bodyEncoders: [flexibleChecksums] }, { endpoint: 'https://example.com', fetch: fetchFn, ...config });
  await client.send(operation, input);
  return headers;
}

describe('aws.protocols#httpChecksum requests', () => {
  it('WHEN_SUPPORTED (default): CRC32 of the body and the algorithm header when the input names none', async () => {
    const h = await headersSent(put({ requestAlgorithmMember: 'ChecksumAlgorithm' }), { Key: 'k', Body: 'hello' });
    expect(h['x-amz-checksum-crc32']).toBe('NhCmhg==');
    expect(h['x-amz-checksum-crc32']).toBe(crc32Base64('hello'));
    expect(h['x-amz-sdk-checksum-algorithm']).toBe('CRC32');
  });

  it('no body: the checksum of no bytes', async () => {
    const h = await headersSent(put({ requestAlgorithmMember: 'ChecksumAlgorithm' }), { Key: 'k' });
    expect(h['x-amz-checksum-crc32']).toBe('AAAAAA==');
  });

  it('the algorithm the input names: SHA256, SHA1, CRC32C', async () => {
    const op = put({ requestAlgorithmMember: 'ChecksumAlgorithm' });
    const sha = await headersSent(op, { Key: 'k', Body: new Uint8Array([1, 2, 3]), ChecksumAlgorithm: 'SHA256' });
    expect(sha['x-amz-checksum-sha256']).toBe('A5BYxvLAy0ksUzsKTRTvd8wPeKvMztUofYShogEc+4E=');
    expect(sha['x-amz-sdk-checksum-algorithm']).toBe('SHA256');
    expect(sha['x-amz-checksum-crc32']).toBeUndefined();
    const sha1 = await headersSent(op, { Key: 'k', Body: 'x', ChecksumAlgorithm: 'SHA1' });
    expect(sha1['x-amz-checksum-sha1']).toBe(createHash('sha1').update('x').digest('base64'));
    const c = await headersSent(op, { Key: 'k', Body: 'x', ChecksumAlgorithm: 'CRC32C' });
    expect(c['x-amz-checksum-crc32c']).toBe('qTxfkw==');
  });

  it('a checksum the caller passes is sent as given, with no algorithm header added', async () => {
    const h = await headersSent(put({ requestAlgorithmMember: 'ChecksumAlgorithm' }), { Key: 'k', Body: 'x', ChecksumCRC32: 'AAAAAA==' });
    expect(h['x-amz-checksum-crc32']).toBe('AAAAAA==');
    expect(h['x-amz-sdk-checksum-algorithm']).toBeUndefined();
  });

  it('x-amz-checksum-type (FULL_OBJECT / COMPOSITE) names no checksum: the CRC32 is still computed', async () => {
    const h = await headersSent(put({ requestAlgorithmMember: 'ChecksumAlgorithm' }), { Key: 'k', Body: 'hello', ChecksumType: 'FULL_OBJECT' });
    expect(h['x-amz-checksum-type']).toBe('FULL_OBJECT');
    expect(h['x-amz-checksum-crc32']).toBe(crc32Base64('hello'));
  });

  it('WHEN_REQUIRED: no checksum unless required or named', async () => {
    const optional = put({ requestAlgorithmMember: 'ChecksumAlgorithm' });
    const none = await headersSent(optional, { Key: 'k', Body: 'x' }, { requestChecksumCalculation: 'WHEN_REQUIRED' });
    expect(Object.keys(none).filter((k) => k.startsWith('x-amz-checksum') || k === 'x-amz-sdk-checksum-algorithm')).toEqual([]);
    const named = await headersSent(optional, { Key: 'k', Body: 'x', ChecksumAlgorithm: 'CRC32C' }, { requestChecksumCalculation: 'WHEN_REQUIRED' });
    expect(named['x-amz-checksum-crc32c']).toBe('qTxfkw==');
    const required = await headersSent(put({ requestAlgorithmMember: 'ChecksumAlgorithm', requestChecksumRequired: true }), { Key: 'k', Body: 'hello' }, { requestChecksumCalculation: 'WHEN_REQUIRED' });
    expect(required['x-amz-checksum-crc32']).toBe('NhCmhg==');
    expect(required['x-amz-sdk-checksum-algorithm']).toBe('CRC32');
  });

  it('an algorithm this runtime does not compute fails with the operation named', async () => {
    await expect(headersSent(put({ requestAlgorithmMember: 'ChecksumAlgorithm' }), { Key: 'k', Body: 'x', ChecksumAlgorithm: 'CRC64NVME' })).rejects.toThrow(
      'ex#Put: checksum algorithm CRC64NVME is not supported by this client; pass the x-amz-checksum-crc64nvme value yourself',
    );
  });

  it('a streamed body gets no checksum (rather than the checksum of no bytes)', async () => {
    const streamingPut: OperationSchema = { ...put({ requestAlgorithmMember: 'ChecksumAlgorithm' }), input: { ...PutInput$, members: { ...PutInput$.members, Body: { target: { type: 'blob', streaming: true }, httpPayload: true } } } };
    let headers: Record<string, string> = {};
    const fetchFn = (async (url: string, init: RequestInit) => {
      headers = Object.fromEntries(new Request(url, init).headers);
      return new Response('', { status: 200 });
    }) as typeof fetch;
    const { blobStreaming } = await import('./index.js');
    const client = new Client({ service: Svc$, baseException: ServiceException, codec: restXml, bodyEncoders: [flexibleChecksums], streaming: blobStreaming }, { endpoint: 'https://example.com', fetch: fetchFn });
    await client.send(streamingPut, { Key: 'k', Body: new Blob(['hello']) });
    expect(headers['x-amz-checksum-crc32']).toBeUndefined();
    expect(headers['x-amz-sdk-checksum-algorithm']).toBeUndefined();
    await client.send(streamingPut, { Key: 'k', Body: 'hello' });
    expect(headers['x-amz-checksum-crc32']).toBe('NhCmhg==');
  });

  it('the response validation mode member is ENABLED by default, left as given, and unset under WHEN_REQUIRED', async () => {
    expect((await headersSent(Get$, { Key: 'k' }))['x-amz-checksum-mode']).toBe('ENABLED');
    expect((await headersSent(Get$, { Key: 'k', ChecksumMode: 'DISABLED' }))['x-amz-checksum-mode']).toBe('DISABLED');
    expect((await headersSent(Get$, { Key: 'k' }, { responseChecksumValidation: 'WHEN_REQUIRED' }))['x-amz-checksum-mode']).toBeUndefined();
    // GetObject has no request checksum: nothing else is added
    expect(Object.keys(await headersSent(Get$, { Key: 'k' })).filter((k) => k.startsWith('x-amz-checksum-') && k !== 'x-amz-checksum-mode')).toEqual([]);
  });

  it('the constructor of a client with flexibleChecksums rejects other checksum modes; one without ignores them', () => {
    const binding = { service: Svc$, baseException: ServiceException, codec: restXml, bodyEncoders: [flexibleChecksums] };
    expect(() => new Client(binding, { requestChecksumCalculation: 'ALWAYS' as 'WHEN_SUPPORTED' })).toThrow(
      'requestChecksumCalculation for ex#Svc must be WHEN_SUPPORTED or WHEN_REQUIRED, got "ALWAYS"',
    );
    expect(() => new Client(binding, { responseChecksumValidation: 'NEVER' as 'WHEN_SUPPORTED' })).toThrow(
      'responseChecksumValidation for ex#Svc must be WHEN_SUPPORTED or WHEN_REQUIRED, got "NEVER"',
    );
    expect(new Client({ ...binding, bodyEncoders: [] }, { requestChecksumCalculation: 'ALWAYS' as 'WHEN_SUPPORTED' })).toBeInstanceOf(Client);
  });
});
