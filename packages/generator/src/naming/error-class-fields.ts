/**
 * Member names a generated error class does not declare as fields: they would
 * collide with `Error` / `ServiceException` fields, or with the members every
 * object inherits from `Object.prototype` (`constructor`, `toString`, `valueOf`,
 * `__proto__` …). The runtime does not copy them onto the instance either
 * (`RESERVED_EXCEPTION_KEYS` of `@anvil/client-runtime`, the same rule; checked
 * in `manifest.test.ts`); they are read from the error's `$members`.
 * @packageDocumentation
 */

const RESERVED_ERROR_FIELDS: ReadonlySet<string> = new Set([
  'name',
  'message',
  'stack',
  'cause',
  '$fault',
  '$metadata',
  '$response',
  '$retryable',
  '$queryError',
  '$members',
  'prototype',
  ...Object.getOwnPropertyNames(Object.prototype),
]);

/** Does a member of this name become a declared field of its error class? */
export function isErrorClassField(memberName: string): boolean {
  return !RESERVED_ERROR_FIELDS.has(memberName);
}

/** The reserved names, for the check against the runtime's list. */
export function reservedErrorFields(): ReadonlySet<string> {
  return RESERVED_ERROR_FIELDS;
}
