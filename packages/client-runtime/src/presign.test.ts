import { createHash, createHmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import type { OperationSchema } from '@anvil/runtime';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DrsLiteClient, RetryDataReplication$ } from './__fixtures__/service.js';
import { presign } from './index.js';

const creds = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const SIGNING_DATE = new Date('2026-03-04T05:06:07Z');
const client = () => new DrsLiteClient({ region: 'us-west-2', credentials: creds });
const input = { sourceServerID: 's-12345678901234567' };

/** Node-crypto Checksum, independent of the WebCrypto one `presign` uses. */
class NodeSha256 {
  private readonly parts: Uint8Array[] = [];
  constructor(private readonly secret?: string | ArrayBuffer | ArrayBufferView) {}
  update(chunk: Uint8Array): void {
    this.parts.push(chunk);
  }
  reset(): void {
    this.parts.length = 0;
  }
  async digest(): Promise<Uint8Array> {
    const s = this.secret;
    const key = s === undefined ? undefined : typeof s === 'string' ? Buffer.from(s) : s instanceof ArrayBuffer ? Buffer.from(s) : Buffer.from(s.buffer, s.byteOffset, s.byteLength);
    const h = key === undefined ? createHash('sha256') : createHmac('sha256', key);
    for (const p of this.parts) h.update(p);
    return new Uint8Array(h.digest());
  }
}

afterEach(() => vi.unstubAllEnvs());

describe('presign', () => {
  it('signs the request a call would send in its query: X-Amz-* parameters, host and headers signed, body hashed', async () => {
    const url = new URL(await presign(client(), RetryDataReplication$, input, { signingDate: SIGNING_DATE }));
    expect(`${url.origin}${url.pathname}`).toBe('https://drs.us-west-2.amazonaws.com/RetryDataReplication');
    const q = url.searchParams;
    expect(q.getAll('mode')).toEqual(['a b', 'c']);
    expect(q.get('X-Amz-Algorithm')).toBe('AWS4-HMAC-SHA256');
    expect(q.get('X-Amz-Credential')).toBe('AKIDEXAMPLE/20260304/us-west-2/drs/aws4_request');
    expect(q.get('X-Amz-Date')).toBe('20260304T050607Z');
    expect(q.get('X-Amz-Expires')).toBe('900');
    expect(q.get('X-Amz-SignedHeaders')).toBe('content-length;content-type;host');
    expect(q.get('X-Amz-Security-Token')).toBeNull();
    // the same signature from @smithy/signature-v4 over the same request with another SHA-256
    const body = new TextEncoder().encode(JSON.stringify(input));
    const expected = await new SignatureV4({ service: 'drs', region: 'us-west-2', credentials: creds, sha256: NodeSha256 }).presign(
      {
        method: 'POST',
        protocol: 'https:',
        hostname: 'drs.us-west-2.amazonaws.com',
        path: '/RetryDataReplication',
        query: { mode: ['a b', 'c'] },
        headers: { host: 'drs.us-west-2.amazonaws.com', 'content-type': 'application/json', 'content-length': String(body.byteLength) },
        body,
      },
      { signingDate: SIGNING_DATE, expiresIn: 900 },
    );
    expect(q.get('X-Amz-Signature')).toBe(expected.query!['X-Amz-Signature']);
    expect(q.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('carries X-Amz-Security-Token for temporary credentials, and expiresIn in seconds', async () => {
    const temporary = new DrsLiteClient({ region: 'us-west-2', credentials: { ...creds, sessionToken: 'tok/en+=' } });
    const q = new URL(await presign(temporary, RetryDataReplication$, input, { expiresIn: 604_800 })).searchParams;
    expect(q.get('X-Amz-Security-Token')).toBe('tok/en+=');
    expect(q.get('X-Amz-Expires')).toBe('604800');
  });

  it.each([0, -1, 1.5, 604_801, Number.NaN])('rejects expiresIn %s with a RangeError naming the range', async (expiresIn) => {
    await expect(presign(client(), RetryDataReplication$, input, { expiresIn })).rejects.toThrow(
      new RangeError(`expiresIn for a presigned ${RetryDataReplication$.id} URL must be an integer number of seconds from 1 to 604800, got ${expiresIn}`),
    );
  });

  it('throws without credentials', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', '');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', '');
    await expect(presign(new DrsLiteClient({ region: 'us-west-2' }), RetryDataReplication$, input)).rejects.toThrow(/^No AWS credentials for /);
  });

  it('throws for an operation that is not signed with SigV4', async () => {
    const anonymous: OperationSchema = { ...RetryDataReplication$, auth: [] };
    await expect(presign(client(), anonymous, input)).rejects.toThrow(`${anonymous.id} is not signed with SigV4`);
  });

  it('throws when the input carries the streaming body (the URL\'s holder sends it); without it the URL is made', async () => {
    const upload: OperationSchema = {
      ...RetryDataReplication$,
      input: { type: 'structure', name: 'Upload', members: { body: { target: { type: 'blob', streaming: true }, httpPayload: true } } },
    };
    await expect(presign(client(), upload, { body: new Uint8Array([1]) })).rejects.toThrow(
      new TypeError(`A presigned ${upload.id} URL carries no body: leave out \`body\` and send the body with the URL`),
    );
    await expect(presign(client(), upload, { body: new ReadableStream() })).rejects.toThrow(TypeError);
    expect(new URL(await presign(client(), upload, {})).searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
  });
});
