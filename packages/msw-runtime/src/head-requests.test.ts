/**
 * Answers to HEAD requests carry no content (RFC 9110 §9.3.2), errors included: S3's HeadObject
 * answers a missing key with a bare 404, which clients read as the restXml `NotFound`.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorSchema, OperationSchema, ServiceSchema } from '@anvil/runtime';
import { createHandler } from './create-handler.js';
import { modeledError } from './error-answer.js';

const S = { type: 'string' } as const;
const NotFound: ErrorSchema = { type: 'structure', id: 'x#NotFound', name: 'NotFound', error: 'client', members: {} };
const service: ServiceSchema = { id: 'x#S3', name: 'S3', sdkId: 'S3', version: '2006-03-01', protocol: 'restXml', errors: [], restXmlNoErrorWrapping: true };
const HeadObject: OperationSchema = {
  id: 'x#HeadObject',
  name: 'HeadObject',
  input: { type: 'structure', name: 'HeadObjectRequest', members: { Bucket: { target: S, httpLabel: true, required: true }, Key: { target: S, httpLabel: true, required: true } } },
  output: { type: 'structure', name: 'HeadObjectOutput', members: { ETag: { target: S, httpHeader: 'ETag' } } },
  errors: [NotFound],
  http: { method: 'HEAD', uri: '/{Bucket}/{Key+}', code: 200 },
};
const URL = 'https://bucket.s3.us-east-1.amazonaws.com/bucket/key.txt';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('HEAD answers', () => {
  it('a modeled NotFound without @httpError answers 404 with no body, and a request id header', async () => {
    server.use(createHandler(service, HeadObject, () => modeledError(NotFound)));
    const response = await fetch(URL, { method: 'HEAD' });
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('');
    expect(response.headers.get('x-amz-request-id')).toMatch(/\S/);
  });

  it('a success carries its header members and no body', async () => {
    server.use(createHandler(service, HeadObject, () => ({ ETag: '"abc"' })));
    const response = await fetch(URL, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"abc"');
    expect(await response.text()).toBe('');
  });
});
