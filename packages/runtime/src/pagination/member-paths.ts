/**
 * Dot-separated member paths (`filters.nextToken`), as `@paginated` names its tokens, page size and
 * items (Smithy "paginated trait": "The value of the trait is a path to a member … separated by `.`").
 * One implementation for both sides: client paginators read and write tokens with it, mocks lay
 * pages over default outputs with it.
 * @packageDocumentation
 */
import { deref } from '../schema/index.js';
import type { MemberSchema, Schema, StructureSchema } from '../schema/index.js';

/** A member path: dot-separated text (`a.b.c`) or its segments (`['a', 'b', 'c']`). */
export type MemberPath = string | readonly string[];

/** The segments of a member path. */
export function pathSegments(path: MemberPath): readonly string[] {
  return typeof path === 'string' ? path.split('.') : path;
}

/**
 * Read the value at a member path.
 * @returns the value, or `undefined` when a segment is missing or a value on the way is not an object
 */
export function getAtPath(value: unknown, path: MemberPath): unknown {
  let current = value;
  for (const segment of pathSegments(path)) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/**
 * Copy `root` with the value at a member path replaced; `undefined` removes the member. The objects on
 * the way are copied (missing or non-object ones become `{}`); `root` is not modified.
 */
export function setAtPath(root: Readonly<Record<string, unknown>>, path: MemberPath, value: unknown): Record<string, unknown> {
  const [head, ...rest] = pathSegments(path);
  const copy: Record<string, unknown> = { ...root };
  if (head === undefined) return copy;
  let next: unknown;
  if (rest.length === 0) next = value;
  else {
    const child = Object.prototype.hasOwnProperty.call(root, head) ? root[head] : undefined;
    next = setAtPath(child !== null && typeof child === 'object' && !Array.isArray(child) ? (child as Record<string, unknown>) : {}, rest, value);
  }
  if (next === undefined) delete copy[head];
  else Object.defineProperty(copy, head, { value: next, enumerable: true, writable: true, configurable: true });
  return copy;
}

/**
 * The member a path names, walking structure members from `root`.
 * @returns the member, or `undefined` when a segment is missing or a member on the way is not a structure
 */
export function memberAtPath(root: StructureSchema, path: MemberPath): MemberSchema | undefined {
  let current: Schema = root;
  let member: MemberSchema | undefined;
  for (const segment of pathSegments(path)) {
    if (current.type !== 'structure' || !Object.prototype.hasOwnProperty.call(current.members, segment)) return undefined;
    member = current.members[segment]!;
    current = deref(member.target);
  }
  return member;
}
