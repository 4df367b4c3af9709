import { describe, expect, it } from 'vitest';
import { encodeQueryString, parseQueryString, percentEncode, percentEncodeGreedy } from './percent-encoding.js';
import { expandPath, matchLiteralQuery, matchPath, parseUriPattern } from './uri-pattern.js';

describe('percent encoding', () => {
  it('keeps only RFC 3986 unreserved characters', () => {
    expect(percentEncode("a-._~Z9 /:?#[]@!$&'()*+,;=%é")).toBe('a-._~Z9%20%2F%3A%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%25%C3%A9');
    expect(percentEncodeGreedy('there/guy n')).toBe('there/guy%20n');
  });
  it('encodes and parses query strings', () => {
    expect(encodeQueryString([['String', 'Hello there'], ['Empty', '']])).toBe('String=Hello%20there&Empty=');
    expect(encodeQueryString([['foo', 'bar'], ['hello', ''], ['Empty', '']], ['hello'])).toBe('foo=bar&hello&Empty=');
    expect(parseQueryString('?a=1&b&c=%3D%26')).toEqual([['a', '1'], ['b', ''], ['c', '=&']]);
  });
});

describe('URI patterns', () => {
  const p = parseUriPattern('/HttpRequestWithGreedyLabelInPath/foo/{foo}/baz/{baz+}');
  it('expands labels: normal labels encode "/", greedy labels keep it', () => {
    expect(expandPath(p, { foo: 'hello/escape', baz: 'there/guy' })).toBe('/HttpRequestWithGreedyLabelInPath/foo/hello%2Fescape/baz/there/guy');
  });
  it('matches and decodes labels', () => {
    expect(matchPath(p, '/HttpRequestWithGreedyLabelInPath/foo/hello%2Fescape/baz/there/guy')).toEqual({ foo: 'hello/escape', baz: 'there/guy' });
    expect(matchPath(p, '/HttpRequestWithGreedyLabelInPath/foo/x/baz')).toBeUndefined();
    expect(matchPath(p, '/Other/foo/x/baz/y')).toBeUndefined();
  });
  it('matches a greedy label followed by a literal', () => {
    const g = parseUriPattern('/{prefix+}/suffix');
    expect(matchPath(g, '/a/b/c/suffix')).toEqual({ prefix: 'a/b/c' });
    expect(matchPath(g, '/suffix')).toBeUndefined();
  });
  it('rejects empty labels and extra segments', () => {
    const t = parseUriPattern('/tags/{resourceArn}');
    expect(matchPath(t, '/tags/')).toBeUndefined();
    expect(matchPath(t, '/tags/a/b')).toBeUndefined();
    expect(matchPath(parseUriPattern('/'), '/')).toEqual({});
  });
  it('parses literal query and checks it', () => {
    const q = parseUriPattern('/path?x-id=GetObject&flag');
    expect(q.query).toEqual([['x-id', 'GetObject'], ['flag', undefined]]);
    expect(matchLiteralQuery(q, [['flag', ''], ['x-id', 'GetObject']])).toBe(true);
    expect(matchLiteralQuery(q, [['x-id', 'GetObject']])).toBe(false);
    expect(matchLiteralQuery(q, [['x-id', 'Other'], ['flag', '']])).toBe(false);
  });
});
