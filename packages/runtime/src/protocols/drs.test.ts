/** DRS-shaped restJson1 operations (com.amazonaws.drs), hand-written schemas. */
import { describe, expect, it } from 'vitest';
import type { OperationSchema, ServiceSchema, StructureSchema } from '../schema/index.js';
import { fromHttpRequest, toHttpRequest } from '../http/fetch.js';
import { utf8Decode, utf8Encode } from '../bytes/utf8.js';
import { restJson1 } from './rest-json1.js';

const ResourceNotFoundException$: StructureSchema = {
  type: 'structure', id: 'com.amazonaws.drs#ResourceNotFoundException', name: 'ResourceNotFoundException', error: 'client', httpError: 404,
  members: { message: { target: { type: 'string' } }, code: { target: { type: 'string' } }, resourceId: { target: { type: 'string' } } },
};
const Drs$: ServiceSchema = {
  id: 'com.amazonaws.drs#ElasticDisasterRecoveryService', name: 'ElasticDisasterRecoveryService', sdkId: 'drs', version: '2020-02-26',
  protocol: 'restJson1', sigv4: { name: 'drs' }, errors: [],
};
const SourceServer$: StructureSchema = {
  type: 'structure', id: 'com.amazonaws.drs#SourceServer', name: 'SourceServer',
  members: { sourceServerID: { target: { type: 'string' } }, arn: { target: { type: 'string' } }, tags: { target: { type: 'map', key: { target: { type: 'string' } }, value: { target: { type: 'string' } }, sensitive: true } } },
};
const RetryDataReplication$: OperationSchema = {
  id: 'com.amazonaws.drs#RetryDataReplication', name: 'RetryDataReplication',
  input: { type: 'structure', id: 'com.amazonaws.drs#RetryDataReplicationRequest', name: 'RetryDataReplicationRequest', members: { sourceServerID: { target: { type: 'string', pattern: '^s-[0-9a-zA-Z]{17}$' }, required: true } } },
  output: () => SourceServer$,
  errors: [() => ResourceNotFoundException$],
  http: { method: 'POST', uri: '/RetryDataReplication', code: 200 },
};
const ListTagsForResource$: OperationSchema = {
  id: 'com.amazonaws.drs#ListTagsForResource', name: 'ListTagsForResource',
  input: { type: 'structure', id: 'com.amazonaws.drs#ListTagsForResourceRequest', name: 'ListTagsForResourceRequest', members: { resourceArn: { target: { type: 'string' }, httpLabel: true, required: true } } },
  output: { type: 'structure', id: 'com.amazonaws.drs#ListTagsForResourceResponse', name: 'ListTagsForResourceResponse', members: { tags: { target: { type: 'map', key: { target: { type: 'string' } }, value: { target: { type: 'string' } } } } } },
  errors: [() => ResourceNotFoundException$],
  http: { method: 'GET', uri: '/tags/{resourceArn}', code: 200 },
};
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
