/**
 * Deep merge of a partial value over a complete one: how handler overrides
 * are laid over the generated default answer.
 * @packageDocumentation
 */

import { deref, getOwn, type InheritedMember, type MemberSchema, type Schema } from '@anvil/runtime';
import type { EventStreamOverride } from './event-stream/stream-steps.js';

/** Values that are merged as a whole (replaced), never member by member. */
type Atomic = Date | Uint8Array | ArrayBuffer | Blob | RegExp | bigint | ((...args: never[]) => unknown);

/**
 * A recursively optional view of `T`, the shape {@link deepMerge} accepts as a patch.
 *
 * Plain objects become optional member by member, at every depth. Arrays,
 * `Date`, `Uint8Array` (and other binary values) stay whole: a patch replaces
 * them entirely, so an array in a patch must hold complete elements. A member
 * named like a member of `Object` (`constructor`, `toString`, …) also accepts
 * that member's type ({@link InheritedMember}): TypeScript sees it on every
 * object literal, so without it `{ other: 1 }` would not be a patch. An event stream
 * (`AsyncIterable` of events) is given as an {@link EventStreamOverride}: a list or async iterable
 * of events and controls.
 *
 * @example
 * ```ts
 * const patch: DeepPartial<SourceServer> = { dataReplicationInfo: { lagDuration: 'PT5M' } };
 * ```
 */
export type DeepPartial<T> = T extends Atomic
  ? T
  : T extends readonly unknown[]
    ? T
    : T extends AsyncIterable<infer E>
      ? EventStreamOverride<E>
      : T extends object
        ? { [K in keyof T]?: DeepPartial<T[K]> | InheritedMember<K> }
        : T;

/**
 * Is `value` a plain object (an object literal, `Object.create(null)` or JSON
 * data) rather than an array, `Date`, `Uint8Array`, class instance, ...?
 *
 * @param value anything
 * @returns `true` when the prototype is `Object.prototype` or `null`
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Lay `patch` over `base` and return the result; neither argument is mutated.
 *
 * Rules, applied recursively:
 * - both plain objects ({@link isPlainObject}): a new object with `base`'s
 *   members, then each own member of `patch` merged over the member of the
 *   same name;
 * - a patch member set explicitly to `undefined` removes that member from the result
 *   (the way to drop an optional member from a default answer);
 * - anything else in `patch` (arrays, `Date`, `Uint8Array`, primitives, `null`,
 *   class instances) replaces the base value as a whole;
 * - `patch === undefined` returns `base` unchanged.
 *
 * Sub-trees that the patch does not touch are shared with `base`, not copied.
 *
 * @param base the complete value (e.g. a generated default output)
 * @param patch the partial value to lay over it
 * @returns the merged value
 *
 * @example
 * ```ts
 * deepMerge({ a: { b: 1, c: [1, 2] }, d: 'x' }, { a: { c: [3] } });
 * // → { a: { b: 1, c: [3] }, d: 'x' }
 * ```
 */
export function deepMerge<T>(base: T, patch: DeepPartial<T> | undefined): T {
  return mergeValue(base, patch, () => true) as T;
}

/**
 * {@link deepMerge} guided by a schema: only structures merge member by member;
 * maps, unions, lists and documents in the patch replace the base value whole,
 * so `{ tags: { team: 'dr' } }` yields exactly those tags, not the fake ones plus
 * `team`. This is how handler overrides are laid over default answers.
 *
 * @param schema the schema of `base` (an operation's output structure)
 * @param base the complete value
 * @param patch the partial value to lay over it
 * @returns the merged value; neither argument is mutated
 */
export function mergeBySchema<T>(schema: Schema, base: T, patch: DeepPartial<T> | undefined): T {
  return mergeWith(schema, base, patch) as T;
}

function mergeWith(schema: Schema | undefined, base: unknown, patch: unknown): unknown {
  if (schema?.type !== 'structure') return patch === undefined ? base : patch;
  return mergeValue(base, patch, (key) => {
    const member = getOwn(schema.members, key) as MemberSchema | undefined;
    return member === undefined ? undefined : deref(member.target);
  });
}

/**
 * @param childSchema for schema-guided merges, the schema of member `key`
 *   (`undefined` → replace); `() => true` merges every plain object.
 */
function mergeValue(base: unknown, patch: unknown, childSchema: (key: string) => Schema | undefined | true): unknown {
  if (patch === undefined) return base;
  if (!isPlainObject(patch) || !isPlainObject(base)) return patch;
  const result: Record<string, unknown> = { ...base };
  for (const key of Object.keys(patch)) {
    const value = patch[key];
    if (value === undefined) {
      delete result[key];
    } else if (key === '__proto__') {
      // defineProperty: a `__proto__` key from JSON data must stay a plain member.
      Object.defineProperty(result, key, {
        value: mergeChild(childSchema(key), getOwn(base, key), value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      result[key] = mergeChild(childSchema(key), getOwn(base, key), value);
    }
  }
  return result;
}

function mergeChild(schema: Schema | undefined | true, base: unknown, patch: unknown): unknown {
  return schema === true ? mergeValue(base, patch, () => true) : mergeWith(schema, base, patch);
}
