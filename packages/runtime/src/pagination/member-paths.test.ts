import { describe, expect, it } from 'vitest';
import type { StructureSchema } from '../schema/index.js';
import { getAtPath, memberAtPath, pathSegments, setAtPath } from './member-paths.js';

describe('member paths', () => {
  it('splits dot paths and passes segment arrays through', () => {
    expect(pathSegments('a.b.c')).toEqual(['a', 'b', 'c']);
    expect(pathSegments(['x'])).toEqual(['x']);
  });

  it('reads nested values, and undefined past a missing or scalar step', () => {
    const value = { page: { next: 't2', items: [1, 2] }, n: 3 };
    expect(getAtPath(value, 'page.next')).toBe('t2');
    expect(getAtPath(value, ['page', 'items'])).toEqual([1, 2]);
    expect(getAtPath(value, 'n.x')).toBeUndefined();
    expect(getAtPath(value, 'missing.x')).toBeUndefined();
    expect(getAtPath(value, 'toString')).toBeUndefined();
  });

  it('sets by copying the objects on the way, and removes on undefined', () => {
    const root = { page: { next: 't1', keep: true }, other: 1 };
    const set = setAtPath(root, 'page.next', 't2');
    expect(set).toEqual({ page: { next: 't2', keep: true }, other: 1 });
    expect(root.page.next).toBe('t1');
    expect(setAtPath(root, 'page.next', undefined)).toEqual({ page: { keep: true }, other: 1 });
    expect(setAtPath({}, 'a.b', 1)).toEqual({ a: { b: 1 } });
    const proto = setAtPath({}, '__proto__', { polluted: true });
    expect(Object.prototype.hasOwnProperty.call(proto, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('finds the member a path names through structures only', () => {
    const Inner: StructureSchema = { type: 'structure', name: 'Inner', members: { token: { target: { type: 'string' } } } };
    const Outer: StructureSchema = {
      type: 'structure',
      name: 'Outer',
      members: { inner: { target: () => Inner }, list: { target: { type: 'list', member: { target: Inner } } } },
    };
    expect(memberAtPath(Outer, 'inner.token')?.target).toEqual({ type: 'string' });
    expect(memberAtPath(Outer, 'list.token')).toBeUndefined();
    expect(memberAtPath(Outer, 'nope')).toBeUndefined();
    expect(memberAtPath(Outer, 'constructor')).toBeUndefined();
  });
});
