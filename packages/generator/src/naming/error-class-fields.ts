/**
 * Member names a generated error class does not declare as fields: they would
 * collide with `Error` / `ServiceException` fields and are read through those.
 * @packageDocumentation
 */

const RESERVED_ERROR_FIELDS = new Set(['name', 'message', 'stack', 'cause', '$fault', '$metadata', '$response', 'constructor', 'prototype', 'toString']);

/** Does a member of this name become a declared field of its error class? */
export function isErrorClassField(memberName: string): boolean {
  return !RESERVED_ERROR_FIELDS.has(memberName);
}
