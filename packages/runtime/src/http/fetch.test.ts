import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../bytes/base64.js';
import { fromHttpRequest, fromHttpResponse, toHttpRequest, toHttpRequestHead, toHttpResponse } from './fetch.js';
import { utf8Decode, utf8Encode } from '../bytes/utf8.js';

describe('base64', () => {
  it('encodes with padding (RFC 4648 vectors)', () => {
    const vectors: Array<[string, string]> = [['', ''], ['f', 'Zg=='], ['fo', 'Zm8='], ['foo', 'Zm9v'], ['foob', 'Zm9vYg=='], ['fooba', 'Zm9vYmE='], ['foobar', 'Zm9vYmFy']];
    for (const [plain, b64] of vectors) {
      expect(toBase64(utf8Encode(plain))).toBe(b64);
      expect(utf8Decode(fromBase64(b64))).toBe(plain);
    }
  });
  it('round-trips all byte values and accepts missing padding', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    expect(utf8Decode(fromBase64('Zm8'))).toBe('fo');
    expect(toBase64(new Uint8Array([0xfb, 0xff]))).toBe('+/8=');
  });
  it('rejects characters outside the alphabet', () => {
    expect(() => fromBase64('Zm9v!A')).toThrow(/unexpected character "!" at 4/);
    expect(() => fromBase64('Z')).toThrow(/bad length/);
  });
  it('encodes UTF-8', () => {
    expect(Array.from(utf8Encode('é'))).toEqual([0xc3, 0xa9]);
  });
});

describe('fetch adapters', () => {
  it('reads a Request: raw path, decoded query, lower-case headers, body bytes', async () => {
    const req = new Request('https://example.com/tags/arn%3Aaws%2Fx?a=b%20c&a=d&flag&p=1+2', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Foo': 'bar' },
      body: '{"x":1}',
    });
    const wire = await toHttpRequest(req);
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe('/tags/arn%3Aaws%2Fx');
    expect(wire.query).toEqual([['a', 'b c'], ['a', 'd'], ['flag', ''], ['p', '1 2']]);
    expect(wire.headers['content-type']).toBe('application/json');
    expect(wire.headers['x-foo']).toBe('bar');
    expect(utf8Decode(wire.body!)).toBe('{"x":1}');
    expect(wire.hostname).toBe('example.com');
  });
  it('reads a Request head without its body: the body stays readable', async () => {
    const req = new Request('https://example.com/things/a%20b?x=1+2', { method: 'post', headers: { 'X-Amz-Target': 'S.Op', 'X-Foo': 'a' }, body: '{"x":1}' });
    req.headers.append('x-foo', 'b');
    expect(toHttpRequestHead(req)).toStrictEqual({
      method: 'POST',
      path: '/things/a%20b',
      query: [['x', '1 2']],
      headers: { 'content-type': 'text/plain;charset=UTF-8', 'x-amz-target': 'S.Op', 'x-foo': 'a, b' },
      hostname: 'example.com',
    });
    expect(req.bodyUsed).toBe(false);
    expect(await req.text()).toBe('{"x":1}');
  });
  it('builds a Request: base path prefix kept, query RFC 3986 encoded, body only for non-GET', async () => {
    const req = fromHttpRequest(
      { method: 'GET', path: '/a%2Fb', query: [['t', '1970-01-01T00:00:01Z'], ['s', 'a b*']], headers: { 'x-a': '1' } },
      'https://host.example/stage/',
    );
    expect(req.url).toBe('https://host.example/stage/a%2Fb?t=1970-01-01T00%3A00%3A01Z&s=a%20b%2A');
    expect(req.method).toBe('GET');
    expect(req.headers.get('x-a')).toBe('1');
    const post = fromHttpRequest({ method: 'POST', path: '/', query: [], headers: {}, body: utf8Encode('{}'), hostname: 'pfx.host.example' }, 'https://host.example');
    expect(post.url).toBe('https://pfx.host.example/');
    expect(await post.text()).toBe('{}');
  });
  it('converts responses both ways; empty body is undefined; 204 has no body', async () => {
    const wire = await toHttpResponse(new Response('hi', { status: 201, headers: { 'X-Amzn-Errortype': 'Foo' } }));
    expect(wire.status).toBe(201);
    expect(wire.headers['x-amzn-errortype']).toBe('Foo');
    expect(utf8Decode(wire.body!)).toBe('hi');
    expect((await toHttpResponse(new Response(null, { status: 200 }))).body).toBeUndefined();
    const res = fromHttpResponse({ status: 400, headers: { 'content-type': 'application/json' }, body: utf8Encode('{"a":1}') });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ a: 1 });
    expect(fromHttpResponse({ status: 204, headers: {}, body: utf8Encode('x') }).status).toBe(204);
    expect(res.headers.get('content-length')).toBe('7');
    expect(fromHttpResponse({ status: 200, headers: {} }).headers.get('content-length')).toBe('0');
    expect(fromHttpResponse({ status: 204, headers: {} }).headers.get('content-length')).toBeNull();
  });
});
