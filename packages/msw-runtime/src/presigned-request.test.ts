import { describe, expect, it } from 'vitest';
import { checkPresignedQuery, isPresigned, withoutPresignParams } from './presigned-request.js';

/** 2026-03-04T05:06:07Z, epoch ms. */
const SIGNED_AT = Date.UTC(2026, 2, 4, 5, 6, 7);

/** A well-formed presigned query, with `changes` applied (`undefined` removes a parameter). */
function query(changes: Record<string, string | undefined> = {}): Array<[string, string]> {
  const params: Record<string, string | undefined> = {
    'x-id': 'GetObject',
    'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
    'X-Amz-Content-Sha256': 'UNSIGNED-PAYLOAD',
    'X-Amz-Credential': 'AKIDEXAMPLE/20260304/us-east-1/s3/aws4_request',
    'X-Amz-Date': '20260304T050607Z',
    'X-Amz-Expires': '900',
    'X-Amz-Signature': 'ab'.repeat(32),
    'X-Amz-SignedHeaders': 'host;x-amz-checksum-mode',
    ...changes,
  };
  return Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined);
}

describe('presigned requests: shape and expiry', () => {
  it('recognises a presigned query by X-Amz-Signature, in any case', () => {
    expect(isPresigned(query())).toBe(true);
    expect(isPresigned([['x-amz-signature', 'ab']])).toBe(true);
    expect(isPresigned(query({ 'X-Amz-Signature': undefined }))).toBe(false);
  });

  it('accepts a well-formed query until date + expires, refuses it (403 AccessDenied) one second later', () => {
    expect(checkPresignedQuery(query(), SIGNED_AT)).toBeUndefined();
    expect(checkPresignedQuery(query(), SIGNED_AT + 900_000)).toBeUndefined();
    expect(checkPresignedQuery(query(), SIGNED_AT + 901_000)).toEqual({ status: 403, code: 'AccessDenied', message: 'Request has expired' });
    expect(checkPresignedQuery(query({ 'X-Amz-Expires': '604800' }), SIGNED_AT + 604_800_000)).toBeUndefined();
  });

  it.each([
    ['X-Amz-Algorithm', 'AWS4-HMAC-SHA1', /X-Amz-Algorithm/],
    ['X-Amz-Algorithm', undefined, /requires the X-Amz-Algorithm parameters/],
    ['X-Amz-Credential', 'AKIDEXAMPLE/20260304/us-east-1/s3', /X-Amz-Credential must be/],
    ['X-Amz-Credential', 'AKIDEXAMPLE/20260305/us-east-1/s3/aws4_request', /not the day of X-Amz-Date/],
    ['X-Amz-Credential', '/20260304/us-east-1/s3/aws4_request', /X-Amz-Credential must be/],
    ['X-Amz-Date', '2026-03-04T05:06:07Z', /X-Amz-Date must be/],
    ['X-Amz-Date', '20261304T050607Z', /X-Amz-Date must be/],
    ['X-Amz-Expires', '0', /positive integer/],
    ['X-Amz-Expires', '1.5', /positive integer/],
    ['X-Amz-Expires', '-5', /positive integer/],
    ['X-Amz-Expires', '604801', /less than a week/],
    ['X-Amz-SignedHeaders', 'content-type', /includes host/],
    ['X-Amz-SignedHeaders', 'Host', /includes host/],
    ['X-Amz-Signature', 'xyz', /64 lower-case hex/],
  ])('%s = %j is malformed: 400 AuthorizationQueryParametersError', (param, value, message) => {
    const refusal = checkPresignedQuery(query({ [param]: value }), SIGNED_AT);
    expect(refusal).toMatchObject({ status: 400, code: 'AuthorizationQueryParametersError' });
    expect(refusal!.message).toMatch(message);
  });

  it('a malformed query is refused as malformed even when it would also be expired', () => {
    expect(checkPresignedQuery(query({ 'X-Amz-Expires': '0' }), SIGNED_AT + 10 ** 10)?.status).toBe(400);
  });

  it('drops the authentication parameters (any case) and keeps the others', () => {
    const wire = { method: 'GET', path: '/k', query: [...query(), ['x-amz-security-token', 't'] as [string, string], ['versionId', 'v1'] as [string, string]], headers: {} };
    expect(withoutPresignParams(wire).query).toEqual([['x-id', 'GetObject'], ['versionId', 'v1']]);
  });
});
