/**
 * One warning per deprecated operation (Smithy `@deprecated`) per process.
 * @packageDocumentation
 */
import type { OperationSchema } from '@anvil/runtime';

const warned = new Set<string>();

/**
 * Warn about a deprecated operation the first time it is called in this process.
 * @param operation the operation schema; nothing happens unless `deprecated` is set
 * @param warn sink for the message (`logger.warn` or `console.warn`)
 * @returns whether a warning was emitted
 */
export function warnDeprecated(operation: OperationSchema, warn: (message: string) => void): boolean {
  const deprecated = operation.deprecated;
  if (!deprecated || warned.has(operation.id)) return false;
  warned.add(operation.id);
  const since = deprecated.since ? ` since ${deprecated.since}` : '';
  const detail = deprecated.message ? `: ${deprecated.message}` : '';
  warn(`Operation ${operation.id} is deprecated${since}${detail}`);
  return true;
}
