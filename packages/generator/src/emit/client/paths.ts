/**
 * The client package's file layout (paths relative to its `src/`) and the
 * relative module specifiers between them.
 * @packageDocumentation
 */
import { posix } from 'node:path';
import type { OperationNode, WaiterNode } from '../../resolve/index.js';

/** Files every client package has (the endpoint rules only with a rule set). */
export const CLIENT_FILES = {
  errors: 'errors.ts',
  liteClient: 'lite-client.ts',
  client: 'client.ts',
  endpointRules: 'endpoint-rules.ts',
  /** The wire view of the service's schemas (`wire-schemas-file.ts`). */
  schemas: 'schemas.ts',
  index: 'index.ts',
} as const;

/** `operations/<fn>.ts` */
export function operationFile(op: OperationNode): string {
  return `operations/${op.names.fn}.ts`;
}

/** `paginators/<fn>.ts` */
export function paginatorFile(op: OperationNode): string {
  return `paginators/${op.names.fn}.ts`;
}

/** `waiters/<Name>.ts` */
export function waiterFile(waiter: WaiterNode): string {
  return `waiters/${waiter.names.file}.ts`;
}

/** The module specifier of `to` as imported from `from` (`../lite-client.js`). */
export function moduleSpecifier(from: string, to: string): string {
  // Both rooted at `/`: relative paths would make `posix.relative` ask the process for its cwd on every call.
  const rel = posix.relative(`/${posix.dirname(from)}`, `/${to}`).replace(/\.ts$/, '.js');
  return rel.startsWith('.') ? rel : `./${rel}`;
}
