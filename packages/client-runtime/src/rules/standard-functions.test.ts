import { describe, expect, it } from 'vitest';
import { awsIsVirtualHostableS3Bucket, awsParseArn } from './aws-functions.js';
import { getAttr } from './evaluate.js';
import { isValidHostLabel, parseUrl, substring, uriEncode } from './standard-functions.js';

describe('endpoint rule-set functions (Smithy "Endpoint rules" standard library, AWS rules library)', () => {
  it('parseURL: parts of http(s) URLs; null for other schemes, query strings and junk', () => {
    expect(parseUrl('https://example.com:8443/a/b')).toEqual({ scheme: 'https', authority: 'example.com:8443', path: '/a/b', normalizedPath: '/a/b/', isIp: false });
    expect(parseUrl('http://127.0.0.1:80/')).toEqual({ scheme: 'http', authority: '127.0.0.1:80', path: '/', normalizedPath: '/', isIp: true });
    expect(parseUrl('https://[::1]')?.isIp).toBe(true);
    // no path at all: `path` is empty, `normalizedPath` is `/` (Smithy's parseURL examples)
    expect(parseUrl('https://10.0.0.1')).toEqual({ scheme: 'https', authority: '10.0.0.1', path: '', normalizedPath: '/', isIp: true });
    expect(parseUrl('https://example.com?x=1')).toBeNull();
    expect(parseUrl('ftp://example.com')).toBeNull();
    expect(parseUrl('not a url')).toBeNull();
  });

  it('isValidHostLabel: letters, digits, hyphens, 1–63, no leading or trailing hyphen; sub-domains when allowed', () => {
    expect(isValidHostLabel('abc-1')).toBe(true);
    expect(isValidHostLabel('-abc')).toBe(false);
    expect(isValidHostLabel('abc-')).toBe(false);
    expect(isValidHostLabel('a'.repeat(64))).toBe(false);
    expect(isValidHostLabel('a.b')).toBe(false);
    expect(isValidHostLabel('a.b', true)).toBe(true);
    expect(isValidHostLabel('a..b', true)).toBe(false);
  });

  it('substring: forward and reverse; null for bad ranges and non-ASCII input', () => {
    expect(substring('abcdef', 0, 4, false)).toBe('abcd');
    expect(substring('abcdef', 0, 4, true)).toBe('cdef');
    expect(substring('abc', 1, 1, false)).toBeNull();
    expect(substring('abc', 0, 4, false)).toBeNull();
    expect(substring('abcé', 0, 2, false)).toBeNull();
  });

  it('uriEncode: RFC 3986 reserved characters encoded', () => {
    expect(uriEncode("a b/c?d=e&f!'()*")).toBe('a%20b%2Fc%3Fd%3De%26f%21%27%28%29%2A');
  });

  it('aws.parseArn and aws.isVirtualHostableS3Bucket', () => {
    expect(awsParseArn('arn:aws:s3:us-east-1:123:accesspoint/my:x')).toEqual({
      partition: 'aws', service: 's3', region: 'us-east-1', accountId: '123', resourceId: ['accesspoint', 'my', 'x'],
    });
    expect(awsParseArn('arn:aws:s3:::')).toBeNull();
    expect(awsParseArn('arn:aws:s3')).toBeNull();
    expect(awsParseArn('urn:aws:s3:r:a:res')).toBeNull();
    expect(awsIsVirtualHostableS3Bucket('my-bucket')).toBe(true);
    expect(awsIsVirtualHostableS3Bucket('My-Bucket')).toBe(false);
    expect(awsIsVirtualHostableS3Bucket('ab')).toBe(false);
    expect(awsIsVirtualHostableS3Bucket('192.168.0.1', true)).toBe(false);
    expect(awsIsVirtualHostableS3Bucket('abc.bucket.name', true)).toBe(true);
    expect(awsIsVirtualHostableS3Bucket('a.bucket.name', true)).toBe(false);
  });

  it('getAttr: member paths and indexes, own properties only', () => {
    const v = { a: { b: ['x', 'y'] } };
    expect(getAttr(v, 'a.b[1]')).toBe('y');
    expect(getAttr(['p', 'q'], '[0]')).toBe('p');
    expect(getAttr(v, 'a.c')).toBeUndefined();
    expect(getAttr(v, 'constructor')).toBeUndefined();
    expect(getAttr(v, 'a.b[5]')).toBeUndefined();
  });
});
