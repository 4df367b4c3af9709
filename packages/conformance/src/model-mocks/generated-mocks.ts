/**
 * Corpus services generated at test time with their msw package: `generate(... only: ['types',
 * 'msw'])` into a temporary directory, the msw sources' import of the types package pointed at
 * the generated `types/src`, then imported. Used by the stateful-flow test and the examples replay.
 * @packageDocumentation
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate, type PackageKind } from '@anvil/generator';
import { ALL_BODY_ENCODERS, Client, ServiceException, eventStreaming, type ClientBinding } from '@anvil/client-runtime';
import type { ExampleTable, MockStore, ResourceTable, StatefulHandlersOptions } from '@anvil/msw-runtime';
import { awsJson1_0Client, awsJson1_1Client, getProtocol, restJson1Client, type ClientCodec, type OperationSchema, type ServiceSchema } from '@anvil/runtime';
import type { HttpHandler } from 'msw';
import { customizationsFor } from '../client-side.js';
import type { Workspace } from '../services.js';
import { loadGeneratedClient, type GeneratedClient } from './generated-client.js';

/** One generated service with its mocks. */
export interface GeneratedMocks {
  readonly service: ServiceSchema;
  /** Operation schemas by name. */
  readonly operations: ReadonlyMap<string, OperationSchema>;
  /** `stateful.ts` exports, when the service has resources. */
  readonly stateful?: {
    readonly resources: ResourceTable;
    readonly store: MockStore;
    createStatefulHandlers(options?: StatefulHandlersOptions): HttpHandler[];
  };
  /** `examples.ts` `examples`, when the model has some. */
  readonly examples?: ExampleTable;
  /** Every operation's default handler (`handlers.ts` `handlers`). */
  readonly handlers: readonly HttpHandler[];
  /** Every export of the generated msw package (handler factories such as `headObjectHandler`, `errors`). */
  readonly msw: Readonly<Record<string, unknown>>;
  /** The generated client package, when asked for (`{ client: true }`). */
  readonly client?: GeneratedClient;
}

class CorpusServiceException extends ServiceException {}

/**
 * The client halves generated clients bundle, for the protocols whose client halves read only the codec features
 * an operation schema lists (`OperationSchema.features`): corpus calls and examples then check the generator's
 * feature lists on every model, where the joined codec (every feature) would hide a missing one.
 */
const GATED_CLIENT_CODECS: Readonly<Record<string, ClientCodec>> = { restJson1: restJson1Client, awsJson1_0: awsJson1_0Client, awsJson1_1: awsJson1_1Client };

/**
 * Generate and import one service's types and msw packages.
 *
 * @param model the Smithy JSON AST file
 * @param slug the package slug (directory name)
 * @param workspace the temporary directory
 * @param options `client: true` also generates and loads the client package (see {@link loadGeneratedClient});
 *   `service`: the service shape id when the model file holds several (the protocol tests)
 * @throws Error (a ModelError naming file, shape and JSON path) when generation fails
 */
export async function generateMocks(model: string, slug: string, workspace: Workspace, options: { readonly client?: boolean; readonly service?: string } = {}): Promise<GeneratedMocks> {
  const out = join(workspace.dir, slug);
  const only: PackageKind[] = options.client ? ['types', 'client', 'msw'] : ['types', 'msw'];
  generate({ models: [model], out, only, name: slug, ...(options.service ? { service: options.service } : {}) });
  const mswSrc = join(out, 'msw', 'src');
  for (const file of readdirSync(mswSrc)) {
    const path = join(mswSrc, file);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll(`'@anvil-gen/${slug}-types'`, `'../../types/src/index.js'`));
  }
  const types = (await import(pathToFileURL(join(out, 'types', 'src', 'schemas.ts')).href)) as Record<string, unknown>;
  const msw = (await import(pathToFileURL(join(mswSrc, 'index.ts')).href)) as Record<string, unknown>;
  let service: ServiceSchema | undefined;
  const operations = new Map<string, OperationSchema>();
  for (const value of Object.values(types)) {
    if (typeof value !== 'object' || value === null) continue;
    const v = value as Record<string, unknown>;
    if (typeof v['protocol'] === 'string' && typeof v['id'] === 'string') service = v as unknown as ServiceSchema;
    else if ('input' in v && 'output' in v && typeof v['name'] === 'string') operations.set(v['name'], v as unknown as OperationSchema);
  }
  if (!service) throw new Error(`${model}: the generated schemas export no ServiceSchema`);
  return {
    service,
    operations,
    handlers: msw['handlers'] as HttpHandler[],
    msw,
    ...(msw['resources'] ? { stateful: msw as unknown as NonNullable<GeneratedMocks['stateful']> } : {}),
    ...(msw['examples'] ? { examples: msw['examples'] as ExampleTable } : {}),
    ...(options.client ? { client: await loadGeneratedClient(out, slug) } : {}),
  };
}

/**
 * A `Client` for a generated service (no modeled error classes: errors arrive as
 * `ServiceException`s named by their code).
 * @param endpoint where requests go (msw intercepts them)
 */
export function clientFor(service: ServiceSchema, endpoint = 'https://mock.example.com'): Client {
  const customizations = customizationsFor(service);
  const binding: ClientBinding = {
    service,
    errors: {},
    baseException: CorpusServiceException,
    codec: GATED_CLIENT_CODECS[service.protocol] ?? getProtocol(service.protocol),
    bodyEncoders: ALL_BODY_ENCODERS,
    // what generated streaming operations pass in their OperationBinding (`@streaming` blobs and event streams), bound once here for all
    streaming: eventStreaming,
    ...(customizations.length ? { customizations } : {}),
  };
  return new Client(binding, {
    region: 'us-east-1',
    endpoint,
    credentials: { accessKeyId: 'AKIDCORPUS', secretAccessKey: 'corpus-secret' },
    maxAttempts: 1,
    deprecationWarnings: false,
    logger: { warn: () => {} },
  });
}
