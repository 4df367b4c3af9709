/**
 * The resolve stage's entry point: one service of a model → a {@link ServiceNode}
 * holding every name, binding and shape node the emitters print.
 * @packageDocumentation
 */
import type { Model, ServiceClosure, ShapeId } from '@anvil/smithy-model';
import { serviceClosure } from '@anvil/smithy-model';
import { BODY_ENCODERS, CLIENT_CODECS, CLIENT_RUNTIME, RUNTIME, serviceCustomizations, type RuntimeExport } from '../manifest.js';
import { emitterDeclaredNames, kebabCase, OperationNamer, serviceNames, ShapeNamer, type ServiceNames } from '../naming/index.js';
import { serviceAuth, sigv4Name } from './auth.js';
import { isPrelude, resolveContext } from './context.js';
import { clientContextParams } from './endpoint-params.js';
import { endpointBasePaths } from './endpoint-paths.js';
import { compileRuleSet } from './endpoint-rules-compile.js';
import { errorRef, operationNode } from './operations.js';
import type { ServiceNode } from './service-nodes.js';
import type { ErrorShapeNode, ShapeNode } from './shape-nodes.js';
import { isErrorShape, shapeNode } from './shapes.js';
import { PROTOCOL_TRAITS, TRAIT_IDS } from './trait-ids.js';
import { operationExamples } from './examples.js';
import { configResources, type StatefulBindingConfig } from './resource-bindings.js';
import { modelResources, sortParentsFirst } from './resources.js';
import { documentation, has, objectValue } from './traits.js';
import { xmlNamespace, xmlTraitSet } from './xml-traits.js';

/** Which service to resolve and how to name its packages. */
export interface ResolveOptions {
  /** Service shape id, when the model has several services. */
  readonly serviceId?: string;
  /** Short kebab-case name (default: the `aws.api#service` sdkId, else the service shape name). */
  readonly slug?: string;
  /** npm scope of generated packages, without `@` (default `anvil-gen`). */
  readonly scope?: string;
  /** The service's stateful binding (`anvil.config.json` `services[].stateful`): resources beyond the model's. */
  readonly stateful?: StatefulBindingConfig;
}

/** The service's package and declaration names, from its closure. */
function namesOf(closure: ServiceClosure, options: ResolveOptions): ServiceNames {
  const sdkId = objectValue(closure.service.traits, TRAIT_IDS.awsService)?.sdkId;
  const slug = options.slug ?? kebabCase(typeof sdkId === 'string' ? sdkId : closure.nameOf(closure.service.id));
  return serviceNames(slug, options.scope);
}

/**
 * Only the names of a service's generated packages (no shape resolution).
 * @throws ModelError (from the loader) when the service is ambiguous or unknown
 */
export function resolveServiceNames(model: Model, options: ResolveOptions = {}): ServiceNames {
  return namesOf(serviceClosure(model, options.serviceId), options);
}

/**
 * Resolve one service of a model.
 * @throws ModelError (from the loader) when the service is ambiguous or unknown; Error naming the
 *   shape or operation for trait values the generator cannot use
 */
export function resolveService(model: Model, options: ResolveOptions = {}): ServiceNode {
  const closure = serviceClosure(model, options.serviceId);
  const service = closure.service;
  const st = service.traits;
  const names = namesOf(closure, options);
  const named = closure.shapes.filter((s) => !isPrelude(s.id));
  const namer = new ShapeNamer(
    [...named, ...closure.operations].map((s) => [s.id, closure.nameOf(s.id)] as const),
    emitterDeclaredNames(names),
  );
  const protocols = PROTOCOL_TRAITS.filter(([traitId]) => traitId in st).map(([, name]) => name);
  const protocol = protocols[0] ?? 'restJson1';
  const xml = xmlTraitSet(protocols);
  const ctx = resolveContext(model, closure, namer, xml);
  const byId = new Map<ShapeId, ShapeNode>();
  for (const s of named) {
    const node = shapeNode(ctx, s);
    if (node) byId.set(s.id, node);
  }
  const shapes = [...byId.values()];
  const operationNamer = new OperationNamer();
  const operations = closure.operations.map((op) => operationNode(ctx, op, service, byId, operationNamer));
  const rc = { ctx, shapes: byId, operations: new Map(operations.map((op) => [op.id, op])) };
  const bound = options.stateful ? configResources(rc, options.stateful) : [];
  const resources = sortParentsFirst([...modelResources(rc, closure.resources).filter((r) => !bound.some((b) => b.name === r.name)), ...bound]);
  const codec = CLIENT_CODECS[protocol];
  const namespace = xml.xml ? xmlNamespace(st, service.id) : undefined;
  const aws = objectValue(st, TRAIT_IDS.awsService);
  const doc = documentation(st);
  const sigv4 = sigv4Name(st);
  const auth = serviceAuth(st);
  const endpointPaths = has(st, TRAIT_IDS.endpointRuleSet) ? endpointBasePaths(st[TRAIT_IDS.endpointRuleSet]) : [];
  return {
    id: service.id,
    name: closure.nameOf(service.id),
    names,
    ...(doc === undefined ? {} : { documentation: doc }),
    sdkId: typeof aws?.sdkId === 'string' ? aws.sdkId : closure.nameOf(service.id),
    version: service.version,
    protocol,
    protocols: protocols.length > 0 ? protocols : [protocol],
    codec: codec ? { export: codec } : { export: RUNTIME.getProtocol, protocolArgument: protocol },
    ...(sigv4 ? { sigv4Name: sigv4 } : {}),
    ...(typeof aws?.endpointPrefix === 'string' && aws.endpointPrefix ? { endpointPrefix: aws.endpointPrefix } : {}),
    ...(auth ? { auth } : {}),
    errors: service.errors.map((id) => errorRef(ctx, id)),
    awsQueryCompatible: has(st, TRAIT_IDS.awsQueryCompatible),
    ...(namespace ? { xmlNamespace: namespace } : {}),
    restXmlNoErrorWrapping: protocol === 'restXml' && objectValue(st, TRAIT_IDS.restXml)?.noErrorWrapping === true,
    ...(has(st, TRAIT_IDS.endpointRuleSet) ? { endpointRules: compileRuleSet(st[TRAIT_IDS.endpointRuleSet], service.id) } : {}),
    ...(endpointPaths.length > 0 ? { endpointPaths } : {}),
    clientContextParams: clientContextParams(st),
    customizations: serviceCustomizations(service.id),
    bodyEncoders: [
      ...(operations.some((op) => op.requestCompression) ? [BODY_ENCODERS.requestCompression] : []),
      ...(operations.some((op) => op.httpChecksumRequired) ? [BODY_ENCODERS.httpChecksumRequired] : []),
      ...(operations.some((op) => op.httpChecksum) ? [BODY_ENCODERS.httpChecksum] : []),
    ],
    operations,
    shapes,
    errorShapes: shapes
      .filter((s): s is ErrorShapeNode => s.kind === 'structure' && isErrorShape(s))
      .sort((a, b) => (a.typeName < b.typeName ? -1 : a.typeName > b.typeName ? 1 : 0)),
    paginators: operations.flatMap((operation) => (operation.paginator ? [{ operation, paginator: operation.paginator }] : [])),
    waiters: operations.flatMap((operation) => operation.waiters.map((waiter) => ({ operation, waiter }))),
    resources,
    examples: operationExamples(closure.operations, operations),
  };
}

