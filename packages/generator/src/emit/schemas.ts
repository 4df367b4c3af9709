/**
 * Schemas emitter: the compact runtime schemas (`@anvil/runtime` schema.ts)
 * for every named shape, operation and the service. Simple shapes first, then
 * aggregates (whose targets are thunks, so recursion and order don't matter),
 * then operations, then the service.
 * @packageDocumentation
 */
import type { MemberShape, OperationShape, Shape, ShapeId, Traits } from '@anvil/smithy-model';
import { objectKey } from '../naming.js';
import { enumValues, isEventStream, isPrelude, T, trait, type ServiceView } from '../view.js';
import { SourceWriter } from './writer.js';
import { operationAuthLines, serviceAuthLines } from './client-auth.js';
import { endpointParamsLine } from './endpoint-params.js';

const SIMPLE_KINDS = new Set([
  'blob', 'boolean', 'string', 'byte', 'short', 'integer', 'long', 'float', 'double',
  'bigInteger', 'bigDecimal', 'timestamp', 'document', 'enum', 'intEnum',
]);

const AGGREGATE_KINDS = new Set(['list', 'map', 'structure', 'union']);

/** Schema type names (`StringSchema` …) per kind, for the `const X$: Kind = …` annotation. */
function schemaTypeName(shape: Shape): string {
  if (enumValues(shape) && shape.type === 'string') return 'EnumSchema';
  switch (shape.type) {
    case 'string': return 'StringSchema';
    case 'enum': return 'EnumSchema';
    case 'intEnum': return 'IntEnumSchema';
    case 'boolean': return 'BooleanSchema';
    case 'blob': return 'BlobSchema';
    case 'timestamp': return 'TimestampSchema';
    case 'document': return 'DocumentSchema';
    case 'list': return 'ListSchema';
    case 'map': return 'MapSchema';
    case 'structure': return 'StructureSchema';
    case 'union': return 'UnionSchema';
    default: return 'NumberSchema';
  }
}

/** A JS literal for a JSON value (JSON is valid JS; keys stay quoted). */
function lit(value: unknown): string {
  return JSON.stringify(value);
}

/** `length`/`range` trait → `{ min, max }` literal, keeping only numeric bounds. */
function bounds(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as { min?: unknown; max?: unknown };
  const parts: string[] = [];
  if (v.min !== undefined && v.min !== null) parts.push(`min: ${Number(v.min)}`);
  if (v.max !== undefined && v.max !== null) parts.push(`max: ${Number(v.max)}`);
  return `{ ${parts.join(', ')} }`;
}

/** Constraint and misc trait fields shared by shape and member schemas. */
function constraintFields(traits: Traits): string[] {
  const f: string[] = [];
  const length = bounds(traits[T.length]);
  if (length) f.push(`length: ${length}`);
  const range = bounds(traits[T.range]);
  if (range) f.push(`range: ${range}`);
  const pattern = trait<string>(traits, T.pattern);
  if (pattern !== undefined) f.push(`pattern: ${lit(pattern)}`);
  if (T.sensitive in traits) f.push('sensitive: true');
  return f;
}

/** The schema object literal for a simple shape (also used to inline prelude targets). */
function simpleLiteral(shape: Shape, withId: boolean): string {
  const f: string[] = [];
  const values = enumValues(shape);
  const kind = values && shape.type === 'string' ? 'enum' : shape.type;
  f.push(`type: ${lit(kind)}`);
  if (withId) f.push(`id: ${lit(shape.id)}`);
  if (values) f.push(`values: [${values.map((v) => lit(v.value)).join(', ')}]`);
  const internal = values?.filter((v) => v.internal);
  if (internal?.length) f.push(`internal: [${internal.map((v) => lit(v.value)).join(', ')}]`);
  if (kind !== 'intEnum') f.push(...constraintFields(shape.traits).filter((x) => kind !== 'enum' || !x.startsWith('range')));
  const media = trait<string>(shape.traits, T.mediaType);
  if (media !== undefined && (kind === 'string' || kind === 'blob')) f.push(`mediaType: ${lit(media)}`);
  if (kind === 'blob' && T.streaming in shape.traits) f.push('streaming: true');
  const format = trait<string>(shape.traits, T.timestampFormat);
  if (kind === 'timestamp' && format !== undefined) f.push(`format: ${lit(format)}`);
  return `{ ${f.join(', ')} }`;
}

/** How a member refers to its target: inline (prelude), direct (named simple) or thunk (aggregate). */
function targetRef(view: ServiceView, target: ShapeId): string {
  if (target === 'smithy.api#Unit') return 'Unit$';
  const shape = view.shape(target);
  if (isPrelude(target)) return simpleLiteral(shape, false);
  const name = view.namer.schemaName(target);
  return AGGREGATE_KINDS.has(shape.type) ? `() => ${name}` : name;
}

/** The member schema literal (`MemberSchema`). */
function memberLiteral(view: ServiceView, member: MemberShape): string {
  const t = member.traits;
  const f = [`target: ${targetRef(view, member.target)}`];
  if (T.required in t) f.push('required: true');
  if (T.default in t) f.push(`default: ${lit(t[T.default])}`);
  if (T.clientOptional in t) f.push('clientOptional: true');
  const str = (id: string, key: string) => {
    const v = trait<string>(t, id);
    if (typeof v === 'string') f.push(`${key}: ${lit(v)}`);
  };
  str(T.jsonName, 'jsonName');
  str(T.timestampFormat, 'timestampFormat');
  if (T.idempotencyToken in t) f.push('idempotencyToken: true');
  if (T.httpLabel in t) f.push('httpLabel: true');
  str(T.httpQuery, 'httpQuery');
  if (T.httpQueryParams in t) f.push('httpQueryParams: true');
  str(T.httpHeader, 'httpHeader');
  str(T.httpPrefixHeaders, 'httpPrefixHeaders');
  if (T.httpPayload in t) f.push('httpPayload: true');
  if (T.httpResponseCode in t) f.push('httpResponseCode: true');
  if (T.hostLabel in t) f.push('hostLabel: true');
  f.push(...constraintFields(t));
  return `{ ${f.join(', ')} }`;
}

function membersLiteral(view: ServiceView, members: readonly MemberShape[], w: SourceWriter): void {
  w.block('members:', () => {
    for (const m of members) {
      // Event streams have no codec yet: keeping them out of the schema keeps them out of every body.
      if (isEventStream(view, m)) w.line(`// ${m.name}: event stream (not framed by the runtime yet)`);
      else w.line(`${objectKey(m.name)}: ${memberLiteral(view, m)},`);
    }
  }, ',');
}

function emitAggregate(view: ServiceView, w: SourceWriter, shape: Shape): void {
  const name = view.namer.schemaName(shape.id);
  const annotation = shape.type === 'structure' && T.error in shape.traits ? `ErrorSchema<shapes.${view.namer.typeName(shape.id)}>` : schemaTypeName(shape);
  w.block(`export const ${name}: ${annotation} =`, () => {
    w.line(`type: ${lit(shape.type)},`);
    w.line(`id: ${lit(shape.id)},`);
    if (shape.type === 'list') {
      w.line(`member: ${memberLiteral(view, shape.member)},`);
      if (T.sparse in shape.traits) w.line('sparse: true,');
      if (T.uniqueItems in shape.traits) w.line('uniqueItems: true,');
    } else if (shape.type === 'map') {
      w.line(`key: ${memberLiteral(view, shape.key)},`);
      w.line(`value: ${memberLiteral(view, shape.value)},`);
      if (T.sparse in shape.traits) w.line('sparse: true,');
    } else if (shape.type === 'structure' || shape.type === 'union') {
      w.line(`name: ${lit(view.closure.nameOf(shape.id))},`);
      const error = trait<string>(shape.traits, T.error);
      if (error !== undefined) w.line(`error: ${lit(error)},`);
      const httpError = trait<number>(shape.traits, T.httpError);
      if (httpError !== undefined) w.line(`httpError: ${Number(httpError)},`);
      const retryable = trait<{ throttling?: boolean }>(shape.traits, T.retryable);
      if (retryable !== undefined) w.line(`retryable: { throttling: ${retryable.throttling === true} },`);
      const queryError = trait<{ code?: string; httpResponseCode?: number }>(shape.traits, T.awsQueryError);
      if (queryError?.code !== undefined) {
        w.line(`awsQueryError: { code: ${lit(queryError.code)}, httpResponseCode: ${Number(queryError.httpResponseCode ?? 400)} },`);
      }
      membersLiteral(view, shape.members, w);
    }
    for (const c of constraintFields(shape.traits)) {
      if (!c.startsWith('pattern') && !c.startsWith('range')) w.line(`${c},`);
    }
  }, ';');
}

/** The structure schema reference for an operation's input/output. */
function ioRef(view: ServiceView, id: ShapeId): string {
  return id === 'smithy.api#Unit' ? 'Unit$' : `() => ${view.namer.schemaName(id)}`;
}

/** Merge the service-level `@paginated` defaults into an operation's. */
function paginated(view: ServiceView, op: OperationShape): Record<string, string> | undefined {
  const own = trait<Record<string, string>>(op.traits, T.paginated);
  if (!own) return undefined;
  const base = trait<Record<string, string>>(view.closure.service.traits, T.paginated) ?? {};
  const merged: Record<string, string> = {};
  for (const k of ['inputToken', 'outputToken', 'items', 'pageSize']) {
    const v = own[k] ?? base[k];
    if (typeof v === 'string') merged[k] = v;
  }
  return merged;
}

/** The TypeScript type of an operation's input or output (`UnitShape` for `smithy.api#Unit`). */
function ioType(view: ServiceView, id: ShapeId): string {
  return id === 'smithy.api#Unit' ? 'UnitShape' : `shapes.${view.namer.typeName(id)}`;
}

function emitOperation(view: ServiceView, w: SourceWriter, op: ServiceView['operations'][number]): void {
  const s = op.shape;
  w.block(`export const ${view.namer.schemaName(s.id)}: OperationSchema<${ioType(view, s.input)}, ${ioType(view, s.output)}> =`, () => {
    w.line(`id: ${lit(s.id)},`);
    w.line(`name: ${lit(op.name)},`);
    w.line(`input: ${ioRef(view, s.input)},`);
    w.line(`output: ${ioRef(view, s.output)},`);
    w.line(`errors: [${op.errors.map((e) => `() => ${view.namer.schemaName(e)}`).join(', ')}],`);
    const http = trait<{ method: string; uri: string; code?: number }>(s.traits, T.http);
    if (http) w.line(`http: { method: ${lit(http.method)}, uri: ${lit(http.uri)}, code: ${Number(http.code ?? 200)} },`);
    const dep = trait<{ message?: string; since?: string }>(s.traits, T.deprecated);
    if (dep) w.line(`deprecated: ${lit(dep)},`);
    const pag = paginated(view, s);
    if (pag) w.line(`paginated: ${lit(pag)},`);
    if (T.idempotent in s.traits) w.line('idempotent: true,');
    if (T.readonly in s.traits) w.line('readonly: true,');
    const endpoint = trait<{ hostPrefix?: string }>(s.traits, T.endpoint);
    if (endpoint?.hostPrefix) w.line(`hostPrefix: ${lit(endpoint.hostPrefix)},`);
    for (const l of operationAuthLines(view, s.traits)) w.line(l);
    const compression = trait<{ encodings?: string[] }>(s.traits, T.requestCompression);
    if (compression) w.line(`requestCompression: { encodings: ${lit(compression.encodings ?? [])} },`);
    if (T.httpChecksumRequired in s.traits) w.line('httpChecksumRequired: true,');
    const endpointParams = endpointParamsLine(view, s);
    if (endpointParams) w.line(endpointParams);
  }, ';');
}

function emitService(view: ServiceView, w: SourceWriter): void {
  const svc = view.closure.service;
  const aws = trait<{ sdkId?: string; endpointPrefix?: string }>(svc.traits, T.awsService);
  const sigv4 = trait<{ name?: string }>(svc.traits, T.sigv4);
  w.block(`export const ${serviceSchemaName(view)}: ServiceSchema =`, () => {
    w.line(`id: ${lit(svc.id)},`);
    w.line(`name: ${lit(view.closure.nameOf(svc.id))},`);
    w.line(`sdkId: ${lit(aws?.sdkId ?? view.closure.nameOf(svc.id))},`);
    w.line(`version: ${lit(svc.version)},`);
    w.line(`protocol: ${lit(view.protocol)},`);
    if (sigv4?.name) w.line(`sigv4: { name: ${lit(sigv4.name)} },`);
    if (aws?.endpointPrefix) w.line(`endpointPrefix: ${lit(aws.endpointPrefix)},`);
    w.line(`errors: [${svc.errors.map((e) => `() => ${view.namer.schemaName(e)}`).join(', ')}],`);
    for (const l of serviceAuthLines(view)) w.line(l);
    if (T.awsQueryCompatible in svc.traits) w.line('awsQueryCompatible: true,');
  }, ';');
}

/** The exported name of the service schema (`ElasticDisasterRecoveryService$`). */
export function serviceSchemaName(view: ServiceView): string {
  return `${view.names.prefix}Service$`;
}

/**
 * Emit `src/schemas.ts` of the types package.
 * @returns the file's text
 */
export function emitSchemas(view: ServiceView): string {
  const w = new SourceWriter();
  for (const shape of view.shapes) {
    if (!SIMPLE_KINDS.has(shape.type)) continue;
    w.line();
    w.line(`export const ${view.namer.schemaName(shape.id)}: ${schemaTypeName(shape)} = ${simpleLiteral(shape, true)};`);
  }
  for (const shape of view.shapes) {
    if (!AGGREGATE_KINDS.has(shape.type)) continue;
    w.line();
    emitAggregate(view, w, shape);
  }
  for (const op of view.operations) {
    w.line();
    emitOperation(view, w, op);
  }
  w.line();
  emitService(view, w);
  const body = w.toString();
  const types = [...new Set([...body.matchAll(/^export const \S+: (\w+)[<\s]/gm)].map((m) => m[1]!))];
  if (/\bUnitShape\b/.test(body)) types.push('UnitShape');
  const head = new SourceWriter();
  head.line('/* Generated by Anvil from the Smithy model. Do not edit. */');
  head.line(`import type { ${types.sort().join(', ')} } from '@anvil/runtime';`);
  if (/\bshapes\./.test(body)) head.line("import type * as shapes from './types.js';");
  if (/\bUnit\$/.test(body)) head.line("import { Unit$ } from '@anvil/runtime';");
  return head.toString() + body;
}
