/**
 * `src/index.ts` of the client package: the clients and their configuration
 * types, error classes, operation functions, paginators and waiters, the
 * runtime names users need, and every type of the types package.
 * @packageDocumentation
 */
import { GeneratedFile } from '../../files/index.js';
import { CLIENT_RUNTIME, type RuntimeExport } from '../../manifest.js';
import { MODULE_LOCALS } from '../../naming/index.js';
import type { ServiceNode } from '../../resolve/index.js';
import { CLIENT_FILES, moduleSpecifier, operationFile, paginatorFile, waiterFile } from './paths.js';

/** Runtime names the client package re-exports, so users need no direct runtime dependency. */
const RUNTIME_REEXPORTS: readonly RuntimeExport[] = [
  CLIENT_RUNTIME.WaiterError, CLIENT_RUNTIME.fetchHandler, CLIENT_RUNTIME.isServiceException,
  CLIENT_RUNTIME.ClientConfig, CLIENT_RUNTIME.MetadataBearer, CLIENT_RUNTIME.Middleware, CLIENT_RUNTIME.PaginationOptions,
  CLIENT_RUNTIME.Paginator, CLIENT_RUNTIME.RequestHandler, CLIENT_RUNTIME.RequestOptions, CLIENT_RUNTIME.ResponseMetadata,
  CLIENT_RUNTIME.WaiterOptions, CLIENT_RUNTIME.WaiterResult, CLIENT_RUNTIME.WireRequest,
];

/**
 * Emit `src/index.ts`.
 * @returns the file's text
 */
export function clientIndexFile(service: ServiceNode): string {
  const file = new GeneratedFile();
  const n = service.names;
  const from = (path: string) => moduleSpecifier(CLIENT_FILES.index, path);
  const e = file.exports;
  e.named(from(CLIENT_FILES.liteClient), [n.liteClient], false);
  e.named(from(CLIENT_FILES.liteClient), [n.clientConfig, ...(service.clientContextParams.length ? [n.clientContextParams] : [])], true);
  e.named(from(CLIENT_FILES.client), [n.client], false);
  e.named(from(CLIENT_FILES.errors), [n.baseException, ...service.errorShapes.map((s) => s.typeName), MODULE_LOCALS.errors], false);
  for (const op of service.operations) e.named(from(operationFile(op)), [op.names.fn], false);
  for (const { operation } of service.paginators) e.named(from(paginatorFile(operation)), [operation.names.paginator], false);
  for (const { waiter } of service.waiters) e.named(from(waiterFile(waiter)), [waiter.names.fn], false);
  for (const r of RUNTIME_REEXPORTS) e.named(r.module, [r.name], r.typeOnly);
  e.star(n.packageName('types'), true);
  return file.toString();
}
