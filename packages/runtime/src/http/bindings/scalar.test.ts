import { describe, expect, it } from 'vitest';
import type { MemberSchema } from '../../schema/index.js';
import { formatHeaderValue, parseHeaderValue } from './scalar.js';
import { ALL_CODEC_FEATURES as features } from '../../protocols/features.js';

const strings: MemberSchema = { target: { type: 'list', member: { target: { type: 'string' } } } };
const blobs: MemberSchema = { target: { type: 'list', member: { target: { type: 'blob' } } } };

describe('header lists', () => {
  it('quote the items a reader could not split or trim back: empty, edge spaces, commas, quotes', () => {
    const items = ['', ' a ', 'b,c', '"d"', 'plain'];
    const text = formatHeaderValue(strings, items, '/h');
    expect(text).toBe('"", " a ", "b,c", "\\"d\\"", plain');
    expect(parseHeaderValue(strings, text, '/h', true)).toEqual(items);
    expect(parseHeaderValue(strings, formatHeaderValue(strings, [''], '/h'), '/h', true)).toEqual(['']);
    expect(parseHeaderValue(strings, formatHeaderValue(strings, [], '/h'), '/h', true)).toEqual([]);
  });

  it('keep an empty blob item', () => {
    const items = [new Uint8Array(), new Uint8Array([1, 2])];
    const text = formatHeaderValue(blobs, items, '/h', features);
    expect(text).toBe('"", AQI=');
    expect(parseHeaderValue(blobs, text, '/h', true, features)).toEqual(items);
    // without the base64 feature (an operation schema that does not list it): a clear error naming the item
    expect(() => formatHeaderValue(blobs, items, '/h')).toThrow("a blob value needs the codec feature 'base64', which the operation schema's features do not list (at /h/0)");
  });
});
