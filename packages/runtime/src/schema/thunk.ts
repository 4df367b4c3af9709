/**
 * Forward and recursive references between schemas.
 * @packageDocumentation
 */

/** A value or a function returning it (used for forward and recursive references). */
export type Thunk<T> = T | (() => T);

/** Resolve a {@link Thunk}. */
export function deref<T>(value: Thunk<T>): T {
  return typeof value === 'function' ? (value as () => T)() : value;
}

