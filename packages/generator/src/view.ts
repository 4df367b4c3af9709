/**
 * The emitters' view of one service: the IR closure plus every name the
 * emitters need, resolved once. Emitters read only this (never raw JSON).
 * @packageDocumentation
 */
import type {
  MemberShape,
  Model,
  OperationShape,
  ServiceClosure,
  Shape,
  ShapeId,
  StructureShape,
  Traits,
} from '@anvil/smithy-model';
import { getShape, serviceClosure } from '@anvil/smithy-model';
import { emitterTypeNames, kebabCase, operationFunctionName, handlerName, serviceNames, ShapeNamer, type ServiceNames } from './naming.js';

/** Trait ids the emitters read. */
export const T = {
  documentation: 'smithy.api#documentation',
  deprecated: 'smithy.api#deprecated',
  required: 'smithy.api#required',
  clientOptional: 'smithy.api#clientOptional',
  default: 'smithy.api#default',
  error: 'smithy.api#error',
  httpError: 'smithy.api#httpError',
  retryable: 'smithy.api#retryable',
  http: 'smithy.api#http',
  enum: 'smithy.api#enum',
  enumValue: 'smithy.api#enumValue',
  length: 'smithy.api#length',
  range: 'smithy.api#range',
  pattern: 'smithy.api#pattern',
  sensitive: 'smithy.api#sensitive',
  sparse: 'smithy.api#sparse',
  uniqueItems: 'smithy.api#uniqueItems',
  mediaType: 'smithy.api#mediaType',
  streaming: 'smithy.api#streaming',
  timestampFormat: 'smithy.api#timestampFormat',
  jsonName: 'smithy.api#jsonName',
  idempotencyToken: 'smithy.api#idempotencyToken',
  idempotent: 'smithy.api#idempotent',
  readonly: 'smithy.api#readonly',
  httpLabel: 'smithy.api#httpLabel',
  httpQuery: 'smithy.api#httpQuery',
  httpQueryParams: 'smithy.api#httpQueryParams',
  httpHeader: 'smithy.api#httpHeader',
  httpPrefixHeaders: 'smithy.api#httpPrefixHeaders',
  httpPayload: 'smithy.api#httpPayload',
  httpResponseCode: 'smithy.api#httpResponseCode',
  hostLabel: 'smithy.api#hostLabel',
  endpoint: 'smithy.api#endpoint',
  paginated: 'smithy.api#paginated',
  title: 'smithy.api#title',
  internal: 'smithy.api#internal',
  requestCompression: 'smithy.api#requestCompression',
  httpChecksumRequired: 'smithy.api#httpChecksumRequired',
  awsQueryCompatible: 'aws.protocols#awsQueryCompatible',
  awsQueryError: 'aws.protocols#awsQueryError',
  awsService: 'aws.api#service',
  sigv4: 'aws.auth#sigv4',
  staticContextParams: 'smithy.rules#staticContextParams',
  contextParam: 'smithy.rules#contextParam',
  operationContextParams: 'smithy.rules#operationContextParams',
  clientContextParams: 'smithy.rules#clientContextParams',
} as const;

/** Protocol traits in order of preference when a service declares several. */
const PROTOCOLS: ReadonlyArray<readonly [string, string]> = [
  ['aws.protocols#restJson1', 'restJson1'],
  ['aws.protocols#awsJson1_1', 'awsJson1_1'],
  ['aws.protocols#awsJson1_0', 'awsJson1_0'],
  ['smithy.protocols#rpcv2Cbor', 'rpcv2Cbor'],
  ['aws.protocols#restXml', 'restXml'],
  ['aws.protocols#awsQuery', 'awsQuery'],
  ['aws.protocols#ec2Query', 'ec2Query'],
];

/** Protocols whose codec `@anvil/runtime` exports under the protocol's name (`import { restJson1 }`). */
const RUNTIME_CODECS: ReadonlySet<string> = new Set(['restJson1', 'awsJson1_0', 'awsJson1_1']);

/**
 * How generated clients reach the service's protocol codec in `@anvil/runtime`:
 * `import` is the name to import, `expr` the expression giving the codec. For a
 * protocol the runtime implements that is the codec's client half (`restJson1Client`:
 * bundles leave the other codecs and the mock direction out);
 * otherwise (`restXml`, `awsQuery`, `ec2Query`, `rpcv2Cbor`) it is
 * `getProtocol("restXml")`, which throws "protocol restXml is not supported"
 * when a client is constructed, never when the package is imported, so such
 * services still generate and type-check.
 */
export function codecRef(view: Pick<ServiceView, 'protocol'>): { readonly import: string; readonly expr: string } {
  if (RUNTIME_CODECS.has(view.protocol)) return { import: `${view.protocol}Client`, expr: `${view.protocol}Client` };
  return { import: 'getProtocol', expr: `getProtocol(${JSON.stringify(view.protocol)})` };
}

/** One operation as the emitters see it. */
export interface OperationView {
  readonly shape: OperationShape;
  /** Name within the service (`RetryDataReplication`). */
  readonly name: string;
  /** Function / method name (`retryDataReplication`). */
  readonly fn: string;
  /** MSW handler factory name (`retryDataReplicationHandler`). */
  readonly handler: string;
  /** Errors of the operation followed by the service's, without duplicates. */
  readonly errors: readonly ShapeId[];
}

/** Everything the emitters need for one service. */
export interface ServiceView {
  readonly model: Model;
  readonly closure: ServiceClosure;
  readonly names: ServiceNames;
  readonly namer: ShapeNamer;
  /** Protocol name as the runtime knows it (`restJson1`). */
  readonly protocol: string;
  readonly operations: readonly OperationView[];
  /** Named shapes to emit (closure minus prelude and mixins), sorted by id. */
  readonly shapes: readonly Shape[];
  /** Error structures of the closure, sorted by name. */
  readonly errors: readonly StructureShape[];
  /** Resolve any shape id. */
  shape(id: ShapeId): Shape;
}

/** A trait's value, or undefined. */
export function trait<V = unknown>(traits: Traits, id: string): V | undefined {
  return traits[id] as V | undefined;
}

/** Is this a prelude shape (`smithy.api#…`)? */
export function isPrelude(id: ShapeId): boolean {
  return id.startsWith('smithy.api#');
}

/**
 * Build the view of one service.
 * @param model the loaded model
 * @param options `serviceId` when the model has several services; `slug` overrides the derived short name
 * @throws ModelError (from the loader) when the service is ambiguous or unknown
 */
export function buildView(model: Model, options: { serviceId?: string; slug?: string; scope?: string } = {}): ServiceView {
  const closure = serviceClosure(model, options.serviceId);
  const service = closure.service;
  const awsService = trait<{ sdkId?: string }>(service.traits, T.awsService);
  const slug = options.slug ?? kebabCase(awsService?.sdkId ?? closure.nameOf(service.id));
  const names = serviceNames(slug, options.scope);
  const shapes = closure.shapes.filter((s) => !isPrelude(s.id));
  const namer = new ShapeNamer(
    [...shapes, ...closure.operations].map((s) => [s.id, closure.nameOf(s.id)] as const),
    emitterTypeNames(names),
  );
  const protocol = PROTOCOLS.find(([traitId]) => traitId in service.traits)?.[1] ?? 'restJson1';
  const usedFns = new Set<string>();
  const operations = closure.operations.map((op): OperationView => {
    const name = closure.nameOf(op.id);
    let fn = operationFunctionName(name);
    while (usedFns.has(fn.toLowerCase())) fn = `${fn}_`;
    usedFns.add(fn.toLowerCase());
    return {
      shape: op,
      name,
      fn,
      handler: handlerName(fn),
      errors: [...new Set([...op.errors, ...service.errors])],
    };
  });
  const errors = shapes
    .filter((s): s is StructureShape => s.type === 'structure' && T.error in s.traits)
    .sort((a, b) => (namer.typeName(a.id) < namer.typeName(b.id) ? -1 : 1));
  return {
    model,
    closure,
    names,
    namer,
    protocol,
    operations,
    shapes,
    errors,
    shape: (id) => getShape(model, id),
  };
}

/**
 * Is this member an event stream (Smithy "Event streams": it targets a union
 * marked `@streaming`)? Event streams are typed as `AsyncIterable<Union>` and
 * left out of the runtime schemas (no codec frames them yet), so protocols
 * never put them in a body.
 */
export function isEventStream(view: ServiceView, member: MemberShape): boolean {
  const target = view.shape(member.target);
  return target.type === 'union' && T.streaming in target.traits;
}

/** A member's documentation: its own, else its target's. */
export function memberDoc(view: ServiceView, member: MemberShape): string | undefined {
  return trait<string>(member.traits, T.documentation) ?? trait<string>(view.shape(member.target).traits, T.documentation);
}

/** One enum value as the emitters see it. */
export interface EnumValueView {
  readonly name: string;
  readonly value: string | number;
  readonly doc?: string;
  /** `@internal` on a 2.0 enum member, or the `"internal"` tag on a 1.0 `@enum` trait entry. */
  readonly internal?: true;
}

/**
 * Enum values of an `enum` / `intEnum` shape, or of a 1.0 string carrying the `@enum` trait; undefined otherwise.
 * Smithy "enum trait" (1.0 entries: `tags: ["internal"]` marks an internal value) and "internal trait".
 */
export function enumValues(shape: Shape): EnumValueView[] | undefined {
  if (shape.type === 'enum' || shape.type === 'intEnum') {
    return shape.members.map((m) => {
      const value = trait<string | number>(m.traits, T.enumValue) ?? m.name;
      const doc = trait<string>(m.traits, T.documentation);
      return { name: m.name, value, ...(doc === undefined ? {} : { doc }), ...(T.internal in m.traits ? { internal: true as const } : {}) };
    });
  }
  if (shape.type === 'string') {
    const entries = trait<Array<{ value: string; name?: string; documentation?: string; tags?: string[] }>>(shape.traits, T.enum);
    if (!entries) return undefined;
    return entries.map((e) => ({
      name: e.name ?? e.value,
      value: e.value,
      ...(e.documentation ? { doc: e.documentation } : {}),
      ...(Array.isArray(e.tags) && e.tags.includes('internal') ? { internal: true as const } : {}),
    }));
  }
  return undefined;
}
