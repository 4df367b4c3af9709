/**
 * The official AWS SDK (@aws-sdk/client-drs 3.523.0) against our generated
 * MSW handler, and our client's wire request compared with the SDK's.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { DrsClient as AwsDrsClient, ResourceNotFoundException as AwsResourceNotFoundException, RetryDataReplicationCommand, ValidationException as AwsValidationException } from '@aws-sdk/client-drs';
import { SignatureV4 } from '@smithy/signature-v4';
import { HttpRequest } from '@smithy/protocol-http';
import { Sha256 } from '@aws-crypto/sha256-js';
import { unhandledRequests, validate } from '@anvil/msw-runtime';
import { SourceServer$ } from '@anvil-gen/drs-types';
import { DrsClient } from '@anvil-gen/drs-client';
import { errors, handlers, retryDataReplicationHandler } from '@anvil-gen/drs-msw';
import { captureRequests, CREDENTIALS, REGION, SOURCE_SERVER_ID, type Captured } from './capture.js';

const server = setupServer(...handlers);
const seen = captureRequests(server);
beforeAll(() => server.listen(unhandledRequests('error')));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
});
afterAll(() => server.close());

const sdk = new AwsDrsClient({ region: REGION, credentials: CREDENTIALS, maxAttempts: 1 });
const ours = new DrsClient({ region: REGION, credentials: CREDENTIALS, deprecationWarnings: false });

/** Wait until the capture listener has read the request body. */
async function lastRequest(): Promise<Captured> {
  for (let i = 0; i < 50 && seen.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
  expect(seen.length).toBe(1);
  return seen[0]!;
}

describe('official @aws-sdk/client-drs → generated MSW handler', () => {
  it('RetryDataReplicationCommand gets a valid SourceServer', async () => {
    const out = await sdk.send(new RetryDataReplicationCommand({ sourceServerID: SOURCE_SERVER_ID }));
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(out.$metadata.requestId).toMatch(/\S+/);
    expect(out.sourceServerID).toMatch(/^s-[0-9a-zA-Z]{17}$/);
    expect(out.dataReplicationInfo?.dataReplicationState).toMatch(/^[A-Z_]+$/);
    // The SDK turns epoch-less strings into strings and keeps numbers: the body must be model-valid.
    const { $metadata: _metadata, ...body } = out;
    expect(validate(SourceServer$, body)).toEqual([]);
  });

  it('an error override arrives as instanceof ResourceNotFoundException with members', async () => {
    server.use(retryDataReplicationHandler(errors.ResourceNotFoundException({ message: 'gone', resourceId: SOURCE_SERVER_ID, resourceType: 'SOURCE_SERVER', code: 'NF' })));
    const err = await sdk.send(new RetryDataReplicationCommand({ sourceServerID: SOURCE_SERVER_ID })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AwsResourceNotFoundException);
    const e = err as AwsResourceNotFoundException;
    expect(e.name).toBe('ResourceNotFoundException');
    expect(e.$fault).toBe('client');
    expect(e.message).toBe('gone');
    expect(e.resourceId).toBe(SOURCE_SERVER_ID);
    expect(e.resourceType).toBe('SOURCE_SERVER');
    expect(e.code).toBe('NF');
    expect(e.$metadata.httpStatusCode).toBe(404);
  });

  it('the mock rejects an invalid id with the service ValidationException the SDK understands', async () => {
    const err = await sdk.send(new RetryDataReplicationCommand({ sourceServerID: 'bogus' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AwsValidationException);
    const e = err as AwsValidationException;
    expect(e.reason).toBe('fieldValidationFailed');
    expect(e.fieldList?.[0]?.name).toBe('sourceServerID');
  });
});

describe('our request matches the official SDK request', () => {
  it('method, path, body and content type are equal; our SigV4 signature verifies', async () => {
    await sdk.send(new RetryDataReplicationCommand({ sourceServerID: SOURCE_SERVER_ID }));
    const theirs = await lastRequest();
    seen.length = 0;
    await ours.retryDataReplication({ sourceServerID: SOURCE_SERVER_ID });
    const mine = await lastRequest();

    expect(mine.method).toBe(theirs.method);
    expect(mine.method).toBe('POST');
    expect(mine.url.pathname).toBe(theirs.url.pathname);
    expect(mine.url.pathname).toBe('/RetryDataReplication');
    expect(mine.url.host).toBe(theirs.url.host);
    expect(JSON.parse(mine.body)).toEqual(JSON.parse(theirs.body));
    expect(JSON.parse(mine.body)).toEqual({ sourceServerID: SOURCE_SERVER_ID });
    expect(mine.headers['content-type']).toBe(theirs.headers['content-type']);

    // Recompute the signature over exactly the headers our client signed.
    const auth = mine.headers.authorization!;
    const signed = /SignedHeaders=([^,]+)/.exec(auth)![1]!.split(';');
    expect(signed).toContain('host');
    expect(signed).toContain('x-amz-date');
    const headers: Record<string, string> = {};
    for (const name of signed) headers[name] = name === 'host' ? mine.url.host : mine.headers[name]!;
    const request = new HttpRequest({ method: mine.method, protocol: 'https:', hostname: mine.url.hostname, path: mine.url.pathname, headers, body: mine.body });
    const amzDate = mine.headers['x-amz-date']!;
    const signingDate = new Date(`${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`);
    const signer = new SignatureV4({ service: 'drs', region: REGION, credentials: CREDENTIALS, sha256: Sha256 });
    const expected = await signer.sign(request, { signingDate });
    expect(auth).toBe(expected.headers.authorization);
    expect(auth).toMatch(new RegExp(`^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/\\d{8}/${REGION}/drs/aws4_request, `));
  });
});
