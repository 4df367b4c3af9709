import { describe, expect, it } from 'vitest';
import type { Schema } from '@anvil/runtime';
import { deepMerge, isPlainObject, mergeBySchema } from './deep-merge.js';

describe('deepMerge', () => {
  it('merges nested plain objects member by member', () => {
    const base = { a: { b: 1, c: { d: 'x', e: 'y' } }, f: true };
    expect(deepMerge(base, { a: { c: { e: 'z' } } })).toStrictEqual({ a: { b: 1, c: { d: 'x', e: 'z' } }, f: true });
  });

  it('replaces arrays instead of merging them element-wise', () => {
    const base = { list: [{ id: 1, name: 'a' }, { id: 2, name: 'b' }] };
    expect(deepMerge(base, { list: [{ id: 9, name: 'z' }] })).toStrictEqual({ list: [{ id: 9, name: 'z' }] });
  });

  it('replaces Date and Uint8Array values as a whole', () => {
    const base = { when: new Date(0), bytes: new Uint8Array([1, 2, 3]) };
    const when = new Date(1_700_000_000_000);
    const bytes = new Uint8Array([9]);
    const merged = deepMerge(base, { when, bytes });
    expect(merged.when).toBe(when);
    expect(merged.bytes).toBe(bytes);
  });

  it('adds members the base does not have', () => {
    const base: { a: number; b?: { c: string } } = { a: 1 };
    expect(deepMerge(base, { b: { c: 'new' } })).toStrictEqual({ a: 1, b: { c: 'new' } });
  });

  it('removes a member set explicitly to undefined', () => {
    const base: { a: number; b?: string } = { a: 1, b: 'drop me' };
    expect(deepMerge(base, { b: undefined })).toStrictEqual({ a: 1 });
  });

  it('lets null and primitives replace objects', () => {
    const base: { a: { b: number } | null; c: string | number } = { a: { b: 1 }, c: 'x' };
    expect(deepMerge(base, { a: null, c: 2 })).toStrictEqual({ a: null, c: 2 });
  });

  it('returns the base unchanged for an undefined patch', () => {
    const base = { a: 1 };
    expect(deepMerge(base, undefined)).toBe(base);
  });

  it('does not mutate its arguments', () => {
    const base = { a: { b: 1 } };
    const patch = { a: { b: 2 } };
    deepMerge(base, patch);
    expect(base).toStrictEqual({ a: { b: 1 } });
    expect(patch).toStrictEqual({ a: { b: 2 } });
  });

  it('keeps a __proto__ key from JSON as a plain member', () => {
    const patch = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    const merged = deepMerge<Record<string, unknown>>({ a: 1 }, patch);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.keys(merged)).toStrictEqual(['a', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBe(undefined);
  });
});

describe('isPlainObject', () => {
  it('accepts literals and null-prototype objects only', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject(Object.create(null))).toBe(true);
    expect(isPlainObject([])).toBe(false);
    expect(isPlainObject(new Date())).toBe(false);
    expect(isPlainObject(new Uint8Array())).toBe(false);
    expect(isPlainObject(null)).toBe(false);
    expect(isPlainObject('x')).toBe(false);
    class Thing {}
    expect(isPlainObject(new Thing())).toBe(false);
  });
});

describe('mergeBySchema', () => {
  const Tags: Schema = { type: 'map', key: { target: { type: 'string' } }, value: { target: { type: 'string' } } };
  const Inner: Schema = { type: 'structure', name: 'Inner', members: { a: { target: { type: 'string' } }, b: { target: { type: 'string' } } } };
  const Outer: Schema = { type: 'structure', name: 'Outer', members: { tags: { target: Tags }, inner: { target: () => Inner } } };

  it('merges structures member by member but replaces maps whole', () => {
    const base = { tags: { fake1: 'x', fake2: 'y' }, inner: { a: 'a0', b: 'b0' } };
    expect(mergeBySchema(Outer, base, { tags: { team: 'dr' }, inner: { b: 'b1' } } as never)).toEqual({
      tags: { team: 'dr' },
      inner: { a: 'a0', b: 'b1' },
    });
    expect(base).toEqual({ tags: { fake1: 'x', fake2: 'y' }, inner: { a: 'a0', b: 'b0' } });
  });

  it('keeps unknown patch members as given', () => {
    expect(mergeBySchema(Outer, { inner: { a: 'a' } }, { extra: { z: 1 } } as never)).toEqual({ inner: { a: 'a' }, extra: { z: 1 } });
  });
});
