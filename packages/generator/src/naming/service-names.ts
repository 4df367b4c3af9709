/**
 * Names of one service's generated artefacts: package names and the
 * identifiers the emitters declare per service (classes, config types, the
 * service schema), plus the module-level locals generated modules share.
 * @packageDocumentation
 */
import { pascalCase, safeIdentifier } from './identifiers.js';

/** Which generated package. */
export type PackageKind = 'types' | 'client' | 'msw';

/**
 * Module-level names generated modules declare or import next to operation
 * functions and handler factories: the types namespace import (`shapes`), the
 * error tables (`errors`), the msw exports. Operation-derived names avoid them.
 */
export const MODULE_LOCALS = {
  /** `import type * as shapes from '<types package>'` */
  shapes: 'shapes',
  /** The client's code → class table and the mocks' answer builders. */
  errors: 'errors',
  handlers: 'handlers',
  scenarios: 'scenarios',
  createHandlers: 'createHandlers',
  /** The msw package's route table (`@http` method and URI of every operation, for route precedence). */
  routes: 'routes',
  /** The msw package's model examples (`examples.ts`). */
  examples: 'examples',
  /** The msw package's resource table, default store, its item types and the stateful handler factory (`stateful.ts`). */
  resources: 'resources',
  store: 'store',
  storeItems: 'StoreItems',
  createStatefulHandlers: 'createStatefulHandlers',
  /** Operation name → schema, for the stateful handler factory. */
  operations: 'operations',
  /** The endpoint rule set data export of `endpoint-rules.ts`. */
  endpointRuleSet: 'endpointRuleSet',
  /** The lite client's module-level rule-set resolver. */
  endpointResolver: 'endpointResolver',
  /** An operation module's `OperationBinding` (its error classes, the JMESPath evaluator when needed). */
  operationBinding: 'operationBinding',
} as const;

/** Names for one service's generated artefacts. */
export interface ServiceNames {
  /** Short kebab-case service name used in package names and paths (`drs`). */
  readonly slug: string;
  /** PascalCase prefix for classes (`Drs` → `DrsClient`). */
  readonly prefix: string;
  /** Package name for a kind (`@anvil-gen/drs-types`). */
  packageName(kind: PackageKind): string;
  /** The service schema constant (`DrsService$`). */
  readonly serviceSchema: string;
  /** The full client class (`DrsClient`). */
  readonly client: string;
  /** The client without operation methods (`DrsLiteClient`). */
  readonly liteClient: string;
  /** The client configuration type (`DrsClientConfig`). */
  readonly clientConfig: string;
  /** The typed `clientContextParams` type (`DrsClientContextParams`). */
  readonly clientContextParams: string;
  /** The base class of the service's errors (`DrsServiceException`). */
  readonly baseException: string;
}

/**
 * Derive the service's names.
 * @param slug kebab-case short name (from `--name`, or the `aws.api#service` sdkId, or the service shape name)
 * @param scope npm scope for generated packages, without `@` (default `anvil-gen`)
 */
export function serviceNames(slug: string, scope = 'anvil-gen'): ServiceNames {
  const prefix = safeIdentifier(pascalCase(slug) || 'Service');
  return {
    slug,
    prefix,
    packageName: (kind) => `@${scope}/${slug}-${kind}`,
    serviceSchema: `${prefix}Service$`,
    client: `${prefix}Client`,
    liteClient: `${prefix}LiteClient`,
    clientConfig: `${prefix}ClientConfig`,
    clientContextParams: `${prefix}ClientContextParams`,
    baseException: `${prefix}ServiceException`,
  };
}

/**
 * Identifiers the emitters declare themselves for one service, which a shape
 * may not take or generated modules would declare the same name twice:
 * `DrsService` (its schema is the service schema `DrsService$`),
 * `DrsServiceException`, `DrsClient`, `DrsLiteClient`, `DrsClientConfig`, and
 * the module-level `shapes` / `errors` (they share modules with error classes) and
 * `routes` (beside the imported types of the handlers module).
 */
export function emitterDeclaredNames(names: ServiceNames): string[] {
  return [
    names.serviceSchema.slice(0, -1),
    names.baseException,
    names.client,
    names.liteClient,
    names.clientConfig,
    MODULE_LOCALS.shapes,
    MODULE_LOCALS.errors,
    MODULE_LOCALS.routes,
  ];
}

/** Names of the SDK-shaped surface (the client package's `./sdk` entry), as `@aws-sdk/client-*` spells them. */
export interface SdkNames {
  /** `DynamoDBClient` (from the sdkId `DynamoDB`; the SDK's client class). */
  readonly client: string;
  /** `DynamoDBClientConfig` */
  readonly clientConfig: string;
  /** `DynamoDBServiceException` */
  readonly baseException: string;
}

/** @param sdkId the `aws.api#service` sdkId (else the service name), e.g. `DynamoDB`, `Secrets Manager` */
export function sdkNames(sdkId: string): SdkNames {
  const prefix = safeIdentifier(pascalCase(sdkId) || 'Service');
  return { client: `${prefix}Client`, clientConfig: `${prefix}ClientConfig`, baseException: `${prefix}ServiceException` };
}
