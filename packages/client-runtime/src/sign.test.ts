/**
 * Both SigV4 signers (`sign.ts`: aws4fetch on WebCrypto, for browsers; `sign.node.ts`: `@smithy/signature-v4`
 * on `node:crypto`, for Node) give the signature `@smithy/signature-v4` computes for the same request, over
 * requests that differ in what SigV4 is picky about: query strings with reserved and non-ASCII characters,
 * repeated and valueless keys, empty bodies, unsigned payloads of an S3-like service (paths escaped once),
 * session tokens, headers SigV4 never signs, ports, and dates.
 */
import { createHash, createHmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import type { HeaderMap, HttpRequest } from '@anvil/runtime';
import { describe, expect, it } from 'vitest';
import { resolveTarget } from './endpoint.js';
import { signRequest as signWeb } from './sign.js';
import { signRequest as signNode } from './sign.node.js';
import type { SigningParams } from './signing.js';

/** The reference's hash: `node:crypto` behind the `Checksum` shape `@smithy/signature-v4` expects. */
type Data = string | ArrayBuffer | ArrayBufferView;
const bytes = (d: Data): string | Uint8Array =>
  typeof d === 'string' ? d : d instanceof ArrayBuffer ? new Uint8Array(d) : new Uint8Array(d.buffer, d.byteOffset, d.byteLength);
class ReferenceSha256 {
  private readonly h;
  constructor(secret?: Data) {
    this.h = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }
  update(data: Data): void {
    this.h.update(bytes(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.h.digest());
  }
}

const CREDS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const TEMP = { ...CREDS, sessionToken: 'IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD+token==' };
const json = (text: string) => new TextEncoder().encode(text);

interface Case {
  readonly name: string;
  readonly endpoint: string;
  readonly request: HttpRequest;
  readonly params: SigningParams;
}

const DATE = new Date('2015-08-30T12:36:00Z');
const base = { service: 'drs', region: 'us-east-1', credentials: CREDS, signingDate: DATE };

const CASES: Case[] = [
  {
    name: 'restJson1 POST with a JSON body',
    endpoint: 'https://drs.us-east-1.amazonaws.com',
    request: { method: 'POST', path: '/RetryDataReplication', query: [], headers: { 'content-type': 'application/json' }, body: json('{"sourceServerID":"s-1234567890abcdef0"}') },
    params: base,
  },
  {
    name: 'awsJson1_0 POST with X-Amz-Target, another date',
    endpoint: 'https://dynamodb.eu-west-1.amazonaws.com',
    request: { method: 'POST', path: '/', query: [], headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.GetItem' }, body: json('{"TableName":"t","Key":{"id":{"S":"1"}}}') },
    params: { ...base, service: 'dynamodb', region: 'eu-west-1', signingDate: new Date('2024-02-29T23:59:59Z') },
  },
  {
    name: 'GET with an empty body and a query of reserved, non-ASCII and repeated keys',
    endpoint: 'https://lambda.us-west-2.amazonaws.com',
    request: {
      method: 'GET',
      path: '/2015-03-31/functions/my%20fn/versions',
      query: [['Marker', 'a b/c?d=e&f'], ['MaxItems', '50'], ['tag', 'z'], ['tag', 'a'], ['tag', 'é ü'], ["x!'()*~", '+plus+'], ['A', 'upper']],
      headers: {},
    },
    params: { ...base, service: 'lambda', region: 'us-west-2' },
  },
  {
    name: 'valueless query keys, a label with encoded reserved characters, session token',
    endpoint: 'https://drs.us-east-1.amazonaws.com',
    request: {
      method: 'DELETE',
      path: '/tags/arn%3Aaws%3Adrs%3Aus-east-1%3A123456789012%3Asource-server%2Fs-1',
      query: [['tagKeys', 'team'], ['tagKeys', 'env'], ['flag', '']],
      valuelessQueryKeys: ['flag'],
      headers: {},
    },
    params: { ...base, credentials: TEMP },
  },
  {
    name: 'headers SigV4 never signs, header values with inner runs of spaces, a custom endpoint with port and base path',
    endpoint: 'http://localhost:4566/base',
    request: {
      method: 'PUT',
      path: '/things/1',
      query: [],
      headers: { 'content-type': 'application/json', 'user-agent': 'anvil/1', 'x-amzn-trace-id': 'Root=1-abc', 'x-custom': '  a   b  ', 'x-amz-meta-z': 'last' },
      body: json('{}'),
    },
    params: base,
  },
  {
    name: 'unsigned payload of an S3-like service: path escaped once, UNSIGNED-PAYLOAD',
    endpoint: 'https://bucket.s3.us-east-1.amazonaws.com',
    request: { method: 'PUT', path: '/a%20b/c%2Bd/%E2%82%AC.txt', query: [['x-id', 'PutObject']], headers: { 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD', 'content-type': 'text/plain' }, body: json('hello') },
    params: { ...base, service: 's3', credentials: TEMP },
  },
  {
    name: 'double slashes and dot segments in the path of a non-S3 service',
    endpoint: 'https://svc.us-east-1.amazonaws.com',
    request: { method: 'GET', path: '/a//b/./c/../d/', query: [], headers: {} },
    params: { ...base, service: 'svc' },
  },
];

/** What `@smithy/signature-v4` signs the request to: the reference. */
async function reference(c: Case): Promise<HeaderMap> {
  const target = resolveTarget(new URL(c.endpoint), c.request);
  const query: Record<string, string | string[]> = {};
  for (const [k, v] of c.request.query) {
    const prev = query[k];
    query[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  const signer = new SignatureV4({ ...c.params, sha256: ReferenceSha256, uriEscapePath: c.params.service !== 's3' });
  const signed = await signer.sign(
    {
      method: c.request.method,
      protocol: target.protocol,
      hostname: target.hostname,
      ...(target.port === undefined ? {} : { port: target.port }),
      path: target.path,
      query,
      headers: { ...c.request.headers, host: target.host },
      body: c.request.body,
    },
    { signingDate: c.params.signingDate! },
  );
  return signed.headers;
}

function signable(c: Case) {
  const target = resolveTarget(new URL(c.endpoint), c.request);
  return { method: c.request.method, target, query: c.request.query, headers: { ...c.request.headers, host: target.host }, ...(c.request.body ? { body: c.request.body } : {}) };
}

const sorted = (h: HeaderMap) => Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]).sort(([a], [b]) => (a! < b! ? -1 : 1)));

describe('SigV4: both signers agree with @smithy/signature-v4', () => {
  it.each(CASES)('$name', async (c) => {
    const want = sorted(await reference(c));
    expect(want.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\//);
    expect(sorted(await signNode(signable(c), c.params))).toEqual(want);
    expect(sorted(await signWeb(signable(c), c.params))).toEqual(want);
  });

  it('a different date, secret or session token changes the signature', async () => {
    const c = CASES[0]!;
    const sig = async (params: SigningParams) => (await signWeb(signable(c), params)).authorization;
    const first = await sig(c.params);
    expect(await sig({ ...c.params, signingDate: new Date('2015-08-31T12:36:00Z') })).not.toBe(first);
    expect(await sig({ ...c.params, credentials: { ...CREDS, secretAccessKey: 'other' } })).not.toBe(first);
    expect(await sig({ ...c.params, credentials: TEMP })).not.toBe(first);
    expect(await sig(c.params)).toBe(first);
  });
});

describe('SigV4 under Node: the reused signer (cached signing key per day, region and service; cached date per second)', () => {
  it('signs like @smithy/signature-v4 across seconds, days, regions and back', async () => {
    const c = CASES[0]!;
    // one signer (same service, region and credentials) signs every date in turn; the region changes midway
    const dates = ['2015-08-30T12:36:00Z', '2015-08-30T12:36:00.900Z', '2015-08-30T12:36:01Z', '2015-08-31T00:00:00Z', '2015-08-30T23:59:59Z', '2015-08-31T00:00:00Z'];
    const regions = ['us-east-1', 'us-east-1', 'us-east-1', 'us-east-1', 'eu-west-1', 'eu-west-1'];
    const signatures = new Set<string>();
    for (const [i, iso] of dates.entries()) {
      const params = { ...c.params, region: regions[i]!, signingDate: new Date(iso) };
      const want = sorted(await reference({ ...c, params }));
      const got = sorted(await signNode(signable(c), params));
      expect(got).toEqual(want);
      expect(got['x-amz-date']).toBe(iso.replace(/[-:]|\.\d{3}/g, ''));
      signatures.add(got.authorization!);
    }
    // 12:36:00.000 and 12:36:00.900 are the same SigV4 second; every other date or region signs differently
    expect(signatures.size).toBe(dates.length - 1);
  });
});
