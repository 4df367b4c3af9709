/**
 * The error name a stateful handler answers for a missing item of a resource (its read operation's).
 * @packageDocumentation
 */
import { notFoundSchema, type ResourceTable } from '@anvil/msw-runtime';

/** @returns the read operation's not-found error name, or `ResourceNotFoundException` (the generic one) */
export function notFoundSchemaName(table: ResourceTable, resource: string): string {
  const read = table.resources[resource]?.operations.find((b) => b.kind === 'read');
  return (read && notFoundSchema(read)?.name) ?? 'ResourceNotFoundException';
}
