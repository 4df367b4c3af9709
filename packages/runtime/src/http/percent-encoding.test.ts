import { describe, expect, it } from 'vitest';
import { encodeQueryString, parseQueryString, percentEncode, percentEncodeGreedy } from './percent-encoding.js';

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
