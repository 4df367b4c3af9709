import { describe, expect, it } from 'vitest';
import { appendContentEncoding, decodeRequestBody, gunzip, gzip, parseContentEncoding } from './content-encoding.js';
import { utf8Decode, utf8Encode } from '../bytes/utf8.js';

describe('gzip helpers', () => {
  it('round-trips bytes and writes a gzip member header', async () => {
    const text = 'hello '.repeat(1000);
    const packed = await gzip(utf8Encode(text));
    expect([packed[0], packed[1], packed[2]]).toEqual([0x1f, 0x8b, 8]); // RFC 1952 ID1, ID2, CM=deflate
    expect(packed.length).toBeLessThan(100);
    expect(utf8Decode(await gunzip(packed))).toBe(text);
    await expect(gunzip(utf8Encode('not gzip'))).rejects.toThrow();
  });

  it('parses and appends Content-Encoding lists', () => {
    expect(parseContentEncoding(' custom , ,GZIP')).toEqual(['custom', 'GZIP']);
    expect(parseContentEncoding(undefined)).toEqual([]);
    expect(appendContentEncoding({ 'Content-Encoding': 'custom' }, 'gzip')).toEqual({ 'content-encoding': 'custom, gzip' });
    expect(appendContentEncoding({ a: '1' }, 'gzip')).toEqual({ a: '1', 'content-encoding': 'gzip' });
  });
});

describe('decodeRequestBody', () => {
  const base = { method: 'POST', path: '/', query: [] as Array<[string, string]> };

  it('gunzips trailing gzip codings and keeps the others in the header', async () => {
    const body = await gzip(utf8Encode('{"a":1}'));
    const one = await decodeRequestBody({ ...base, headers: { 'content-encoding': 'Custom, gzip', 'content-type': 'application/json' }, body });
    expect(one.headers).toEqual({ 'content-encoding': 'Custom', 'content-type': 'application/json' });
    expect(utf8Decode(one.body!)).toBe('{"a":1}');
    const twice = await decodeRequestBody({ ...base, headers: { 'Content-Encoding': 'gzip, gzip' }, body: await gzip(body) });
    expect(twice.headers).toEqual({});
    expect(utf8Decode(twice.body!)).toBe('{"a":1}');
  });

  it('leaves other codings, missing bodies and invalid gzip untouched', async () => {
    const plain = { ...base, headers: { 'content-encoding': 'br' }, body: utf8Encode('x') };
    expect(await decodeRequestBody(plain)).toBe(plain);
    const bad = { ...base, headers: { 'content-encoding': 'gzip' }, body: utf8Encode('x') };
    expect(await decodeRequestBody(bad)).toBe(bad);
    const empty = { ...base, headers: { 'content-encoding': 'gzip' } };
    expect(await decodeRequestBody(empty)).toBe(empty);
  });
});
