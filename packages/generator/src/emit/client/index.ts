/**
 * The client package's sources. Behaviour lives in `@anvil/client-runtime`.
 * @packageDocumentation
 */
import type { ServiceNode } from '../../resolve/index.js';
import { clientFile } from './client-file.js';
import { endpointRulesFile } from './endpoint-rules-file.js';
import { errorsFile } from './errors-file.js';
import { clientIndexFile } from './index-file.js';
import { liteClientFile } from './lite-client-file.js';
import { operationFunctionFile } from './operation-file.js';
import { paginatorFunctionFile } from './paginator-file.js';
import { CLIENT_FILES, operationFile, paginatorFile, waiterFile } from './paths.js';
import { waiterFunctionFile } from './waiter-file.js';
import { wireSchemasFile } from './wire-schemas-file.js';
import { emitSdkFiles } from './sdk-files.js';

/**
 * Emit the client package's sources.
 * @returns path (relative to the package's `src/`) → file text
 */
export function emitClientPackage(service: ServiceNode): Map<string, string> {
  const files = new Map<string, string>();
  files.set(CLIENT_FILES.schemas, wireSchemasFile(service));
  files.set(CLIENT_FILES.errors, errorsFile(service));
  files.set(CLIENT_FILES.liteClient, liteClientFile(service));
  files.set(CLIENT_FILES.client, clientFile(service));
  for (const op of service.operations) files.set(operationFile(op), operationFunctionFile(service, op));
  for (const { operation, paginator } of service.paginators) files.set(paginatorFile(operation), paginatorFunctionFile(service, operation, paginator));
  for (const { operation, waiter } of service.waiters) files.set(waiterFile(waiter), waiterFunctionFile(service, operation, waiter));
  if (service.endpointRules !== undefined) files.set(CLIENT_FILES.endpointRules, endpointRulesFile(service));
  files.set(CLIENT_FILES.index, clientIndexFile(service));
  for (const [path, text] of emitSdkFiles(service)) files.set(path, text);
  return files;
}
