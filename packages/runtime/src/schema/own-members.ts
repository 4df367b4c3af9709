/**
 * Member values as plain data: a member named `constructor`, `toString` or `__proto__` is read only when
 * the value has it as its own property (never the inherited `Object.prototype` one) and written as an own
 * data property (assigning `__proto__` would replace the object's prototype instead). Every codec reads
 * and writes member values, map entries and union members through these.
 * @packageDocumentation
 */

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * What TypeScript says reading member `K` of an object without an own `K` gives: the type of
 * `Object`'s member of that name (`Function` for `constructor`, `() => string` for `toString`, …),
 * `never` for every other name. TypeScript sees `Object`'s members on every object literal, so a
 * generated optional member named `toString` is typed `T | InheritedMember<'toString'>`-like
 * (`T | Object["toString"]`) and a literal without it still type-checks.
 */
export type InheritedMember<K> = K extends keyof Object ? Object[K] : never;

/** The value's own property `key`, or `undefined` (never an inherited property such as `constructor`). */
export function getOwn(value: object, key: string): unknown {
  return hasOwn.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/** Does the value have `key` as its own property? */
export function hasOwnKey(value: object, key: string): boolean {
  return hasOwn.call(value, key);
}

/** Set `key` as an own, enumerable data property (`__proto__` included). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** Copy the own enumerable entries of `source` into `target` with {@link setOwn} (unlike `Object.assign`, `__proto__` stays data). */
export function assignOwn(target: Record<string, unknown>, source: Readonly<Record<string, unknown>>): Record<string, unknown> {
  for (const k in source) if (hasOwn.call(source, k)) setOwn(target, k, source[k]);
  return target;
}
