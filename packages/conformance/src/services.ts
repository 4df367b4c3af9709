/**
 * The test services as our own generator emits them: `generate(... only: ['types', 'client'])` into a
 * temporary directory, then the types package's full schemas (`types/src/schemas.ts`, what the mock
 * reads) and the client package's wire schemas (`client/src/schemas.ts`, what a generated client sends
 * with) are imported and every exported schema is indexed by its shape id.
 * @packageDocumentation
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { byRouteSpecificity, generate } from '@anvil/generator';
import type { OperationSchema, ServiceSchema, StructureSchema } from '@anvil/runtime';
import type { EndpointResolver } from '@anvil/client-runtime';
import type { MockService } from './dispatch.js';
import { PACKAGE_DIR } from './shared.js';

/** The schemas of one generated module by shape id. */
export interface SchemaIndex {
  readonly service: ServiceSchema;
  /** Operation schemas by operation shape id. */
  readonly operationsById: ReadonlyMap<string, OperationSchema>;
  /** Structure schemas by shape id (in the wire schemas only errors carry their id). */
  readonly structures: ReadonlyMap<string, StructureSchema>;
}

/**
 * One generated service: its full schemas (the mock side), its operations in model order (for the mock
 * handlers list), and the client's wire schemas (`client`; client-side cases send and parse with these).
 */
export interface GeneratedService extends MockService, SchemaIndex {
  /** The client package's wire schemas. */
  readonly client: SchemaIndex;
  /** The service's endpoint rule set, ready for the client (`smithy.rules#endpointRuleSet`; the S3 test service). */
  readonly endpointResolver?: EndpointResolver;
}

/** A temporary directory holding generated packages; call `dispose` when done. */
export interface Workspace {
  readonly dir: string;
  dispose(): void;
}

/**
 * Create the temporary directory generated services go to: `packages/conformance/.tmp/gen-*`
 * (git-ignored), inside the package so that the generated code's runtime imports of
 * `@anvil/runtime` resolve through this package's dependencies under plain Node/tsx too.
 */
export function createWorkspace(): Workspace {
  const root = join(PACKAGE_DIR, '.tmp');
  mkdirSync(root, { recursive: true });
  const dir = mkdtempSync(join(root, 'gen-'));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The package slug of a service: its shape name, lower-cased. */
export function slugOf(serviceId: string): string {
  return serviceId.slice(serviceId.indexOf('#') + 1).toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Index the exported schemas of a generated schemas module by shape id.
 * @throws Error when the module has no `ServiceSchema` for `serviceId`
 */
async function importSchemas(file: string, serviceId: string): Promise<SchemaIndex> {
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  let service: ServiceSchema | undefined;
  const operations = new Map<string, OperationSchema>();
  const structures = new Map<string, StructureSchema>();
  for (const value of Object.values(module)) {
    if (!isRecord(value) || typeof value['id'] !== 'string') continue;
    if (typeof value['protocol'] === 'string') {
      if (value['id'] === serviceId) service = value as unknown as ServiceSchema;
    } else if ('input' in value && 'output' in value) {
      operations.set(value['id'], value as unknown as OperationSchema);
    } else if (value['type'] === 'structure') {
      structures.set(value['id'], value as unknown as StructureSchema);
    }
  }
  if (!service) throw new Error(`conformance: generated schemas of ${serviceId} (${file}) export no ServiceSchema with that id`);
  return { service, operationsById: operations, structures };
}

/**
 * Generate the types and client packages of one service and import their schemas.
 * @param models the Smithy JSON AST files holding the service (the corpus, plus the test services file)
 * @param serviceId the service shape id
 * @param workspace where to write (`<dir>/<slug>/types`)
 * @param operationOrder the service's operation shape ids in model order (`serviceClosure(...).operations`,
 *   the order of the generated `handlers`)
 * @throws Error when generation fails (a ModelError naming file, shape and JSON path), the generated
 *   module has no `ServiceSchema` for `serviceId`, or no schema for one of `operationOrder`
 */
export async function generateService(
  models: readonly string[],
  serviceId: string,
  workspace: Workspace,
  operationOrder: readonly string[],
): Promise<GeneratedService> {
  const slug = slugOf(serviceId);
  const out = join(workspace.dir, slug);
  generate({ models: [...models], out, service: serviceId, only: ['types', 'client'], name: slug });
  const full = await importSchemas(join(out, 'types', 'src', 'schemas.ts'), serviceId);
  const client = await importSchemas(join(out, 'client', 'src', 'schemas.ts'), serviceId);
  const ordered = operationOrder.map((id) => {
    const op = full.operationsById.get(id);
    if (!op || !client.operationsById.has(id)) throw new Error(`conformance: generated schemas of ${serviceId} (${out}) have no operation ${id}`);
    return op;
  });
  // the order of the generated createHandlers(): most specific @http route first, else closure order
  return { ...full, operations: byRouteSpecificity(ordered), client };
}
