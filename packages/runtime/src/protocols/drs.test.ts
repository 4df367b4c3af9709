/** DRS over restJson1, on the schemas generated from the embedded model (`models/drs/drs.json`). */
import { describe, expect, it } from 'vitest';
import { fromHttpRequest, toHttpRequest } from '../http/fetch.js';
import { utf8Decode, utf8Encode } from '../bytes/utf8.js';
import { restJson1 } from './rest-json1.js';
import { DrsService$ as Drs$, ListTagsForResource$, ResourceNotFoundException$, RetryDataReplication$ } from '../__fixtures__/generated/drs/schemas.js';

const arn = 'arn:aws:drs:us-east-1:123456789012:source-server/s-1234567890abcdef0';

describe('DRS over restJson1', () => {
  it('RetryDataReplication: POST /RetryDataReplication with a JSON body', async () => {
    const wire = restJson1.serializeRequest(Drs$, RetryDataReplication$, { sourceServerID: 's-1234567890abcdef0' });
    expect(wire).toEqual({
      method: 'POST',
      path: '/RetryDataReplication',
      query: [],
      headers: { 'content-type': 'application/json' },
      body: utf8Encode('{"sourceServerID":"s-1234567890abcdef0"}'),
    });
    const request = fromHttpRequest(wire, 'https://drs.us-east-1.amazonaws.com');
    expect(request.url).toBe('https://drs.us-east-1.amazonaws.com/RetryDataReplication');
    const received = await toHttpRequest(request);
    expect(restJson1.matchRequest(Drs$, RetryDataReplication$, received)).toBe(true);
    expect(restJson1.matchRequest(Drs$, ListTagsForResource$, received)).toBe(false);
    expect(restJson1.parseRequest(Drs$, RetryDataReplication$, received)).toEqual({ sourceServerID: 's-1234567890abcdef0' });
    const res = restJson1.serializeResponse(Drs$, RetryDataReplication$, { sourceServerID: 's-1234567890abcdef0', tags: { k: 'v' } });
    expect(res.status).toBe(200);
    expect(JSON.parse(utf8Decode(res.body!))).toEqual({ sourceServerID: 's-1234567890abcdef0', tags: { k: 'v' } });
  });

  it('GET /tags/{resourceArn}: "/" and ":" percent-encoded on the wire, decoded on parse', async () => {
    const wire = restJson1.serializeRequest(Drs$, ListTagsForResource$, { resourceArn: arn });
    expect(wire.method).toBe('GET');
    expect(wire.path).toBe('/tags/arn%3Aaws%3Adrs%3Aus-east-1%3A123456789012%3Asource-server%2Fs-1234567890abcdef0');
    expect(wire.body).toBeUndefined();
    expect(wire.headers).toEqual({});
    const received = await toHttpRequest(fromHttpRequest(wire, 'https://drs.us-east-1.amazonaws.com'));
    expect(received.path).toBe(wire.path);
    expect(restJson1.matchRequest(Drs$, ListTagsForResource$, received)).toBe(true);
    expect(restJson1.parseRequest(Drs$, ListTagsForResource$, received)).toEqual({ resourceArn: arn });
  });

  it('ResourceNotFoundException round trip', () => {
    const res = restJson1.serializeError(Drs$, ListTagsForResource$, ResourceNotFoundException$, { message: 'not found', resourceId: 'r' });
    expect(res.status).toBe(404);
    expect(res.headers['x-amzn-errortype']).toBe('ResourceNotFoundException');
    const parsed = restJson1.parseError(Drs$, ListTagsForResource$, res);
    expect(parsed).toEqual({ code: 'ResourceNotFoundException', schema: ResourceNotFoundException$, members: { message: 'not found', resourceId: 'r' }, message: 'not found' });
  });
});
