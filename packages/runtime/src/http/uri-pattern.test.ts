import { describe, expect, it } from 'vitest';
import { compareUriSpecificity, expandUriPattern, matchLiteralQuery, matchUriPattern, parseUriPattern } from './uri-pattern.js';

describe('URI patterns', () => {
  const p = parseUriPattern('/HttpRequestWithGreedyLabelInPath/foo/{foo}/baz/{baz+}');
  it('expands labels: normal labels encode "/", greedy labels keep it', () => {
    expect(expandUriPattern(p, { foo: 'hello/escape', baz: 'there/guy' })).toBe('/HttpRequestWithGreedyLabelInPath/foo/hello%2Fescape/baz/there/guy');
  });
  it('matches and decodes labels', () => {
    expect(matchUriPattern(p, '/HttpRequestWithGreedyLabelInPath/foo/hello%2Fescape/baz/there/guy')).toEqual({ foo: 'hello/escape', baz: 'there/guy' });
    expect(matchUriPattern(p, '/HttpRequestWithGreedyLabelInPath/foo/x/baz')).toBeUndefined();
    expect(matchUriPattern(p, '/Other/foo/x/baz/y')).toBeUndefined();
  });
  it('matches a greedy label followed by a literal', () => {
    const g = parseUriPattern('/{prefix+}/suffix');
    expect(matchUriPattern(g, '/a/b/c/suffix')).toEqual({ prefix: 'a/b/c' });
    expect(matchUriPattern(g, '/suffix')).toBeUndefined();
  });
  it('rejects empty labels and extra segments', () => {
    const t = parseUriPattern('/tags/{resourceArn}');
    expect(matchUriPattern(t, '/tags/')).toBeUndefined();
    expect(matchUriPattern(t, '/tags/a/b')).toBeUndefined();
    expect(matchUriPattern(parseUriPattern('/'), '/')).toEqual({});
  });
  it('tolerates one trailing slash only when asked to', () => {
    const t = parseUriPattern('/tags/{resourceArn}');
    expect(matchUriPattern(t, '/tags/arn%3Ax/')).toBeUndefined();
    expect(matchUriPattern(t, '/tags/arn%3Ax/', { trailingSlash: true })).toEqual({ resourceArn: 'arn:x' });
    expect(matchUriPattern(t, '/tags/arn%3Ax', { trailingSlash: true })).toEqual({ resourceArn: 'arn:x' });
    expect(matchUriPattern(parseUriPattern('/'), '/', { trailingSlash: true })).toEqual({});
  });
  it('parses literal query and checks it', () => {
    const q = parseUriPattern('/path?x-id=GetObject&flag');
    expect(q.query).toEqual([['x-id', 'GetObject'], ['flag', undefined]]);
    expect(matchLiteralQuery(q, [['flag', ''], ['x-id', 'GetObject']])).toBe(true);
    expect(matchLiteralQuery(q, [['x-id', 'GetObject']])).toBe(false);
    expect(matchLiteralQuery(q, [['x-id', 'Other'], ['flag', '']])).toBe(false);
  });
});

describe('route precedence (compareUriSpecificity)', () => {
  const order = (uris: string[]) => [...uris].sort((a, b) => compareUriSpecificity(parseUriPattern(a), parseUriPattern(b)));

  it('puts literal segments before labels and labels before greedy labels, from the left', () => {
    const uris = ['/things/{rest+}', '/things/{id}/{rest+}', '/things/{id}', '/things/count'];
    expect(order(uris)).toEqual(['/things/count', '/things/{id}/{rest+}', '/things/{id}', '/things/{rest+}']);
    expect(order([...uris].reverse())).toEqual(['/things/count', '/things/{id}/{rest+}', '/things/{id}', '/things/{rest+}']);
  });

  it('decides at the first position whose kinds differ', () => {
    const compare = (a: string, b: string) => Math.sign(compareUriSpecificity(parseUriPattern(a), parseUriPattern(b)));
    expect(compare('/a/{b}', '/{a}/b')).toBe(-1);
    expect(compare('/{a}/b', '/a/{b}')).toBe(1);
    expect(compare('/a/{b}/c', '/a/{b}/{d}')).toBe(-1);
    expect(compare('/{p+}/suffix', '/{p+}')).toBe(-1);
  });

  it('prefers more literal query parameters, and ranks identical shapes equal', () => {
    const compare = (a: string, b: string) => Math.sign(compareUriSpecificity(parseUriPattern(a), parseUriPattern(b)));
    expect(compare('/things?type=a', '/things')).toBe(-1);
    expect(compare('/things', '/things?type=a')).toBe(1);
    expect(compare('/a/{x}', '/b/{y}')).toBe(0);
    expect(compare('/things/{id}', '/things/{id}')).toBe(0);
  });
});
