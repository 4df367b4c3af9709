/**
 * Object literals of the runtime schemas (`@anvil/runtime` schema types):
 * simple shapes, member schemas and constraint fields. Values are written as
 * JSON (valid JavaScript; every model string is escaped).
 * @packageDocumentation
 */
import type { GeneratedFile } from '../../files/index.js';
import { RUNTIME } from '../../manifest.js';
import type { Bounds, Constraints, EnumShapeNode, MemberNode, MemberXmlNode, SchemaRef, ShapeNode, ShapeXmlNode, SimpleShapeData, XmlNamespaceNode } from '../../resolve/index.js';

/** The types module, relative to `schemas.ts` (`import type * as shapes`). */
export const TYPES_MODULE = './types.js';

/** A JS literal for a JSON value (JSON is valid JS; keys stay quoted). */
export function lit(value: unknown): string {
  return JSON.stringify(value);
}

function boundsLiteral(b: Bounds): string {
  const parts = [...(b.min !== undefined ? [`min: ${b.min}`] : []), ...(b.max !== undefined ? [`max: ${b.max}`] : [])];
  return `{ ${parts.join(', ')} }`;
}

/** `length`, `range`, `pattern`, `sensitive` fields, in that order, for those present. */
export function constraintFields(c: Constraints): string[] {
  return [
    ...(c.length ? [`length: ${boundsLiteral(c.length)}`] : []),
    ...(c.range ? [`range: ${boundsLiteral(c.range)}`] : []),
    ...(c.pattern !== undefined ? [`pattern: ${lit(c.pattern)}`] : []),
    ...(c.sensitive ? ['sensitive: true'] : []),
  ];
}

/** The schema literal of a simple shape; `withId` false for prelude targets written inline. */
export function simpleLiteral(shape: SimpleShapeData, withId: boolean): string {
  return `{ ${[
    `type: ${lit(shape.type)}`,
    ...(withId ? [`id: ${lit(shape.id)}`] : []),
    ...constraintFields(shape.constraints),
    ...(shape.mediaType !== undefined ? [`mediaType: ${lit(shape.mediaType)}`] : []),
    ...(shape.streaming ? ['streaming: true'] : []),
    ...(shape.timestampFormat !== undefined ? [`format: ${lit(shape.timestampFormat)}`] : []),
  ].join(', ')} }`;
}

/** The schema literal of an enum shape. */
export function enumLiteral(shape: EnumShapeNode): string {
  const internal = shape.values.filter((v) => v.internal);
  return `{ ${[
    `type: ${lit(shape.type)}`,
    `id: ${lit(shape.id)}`,
    `values: [${shape.values.map((v) => lit(v.value)).join(', ')}]`,
    ...(internal.length ? [`internal: [${internal.map((v) => lit(v.value)).join(', ')}]`] : []),
    ...constraintFields(shape.constraints),
  ].join(', ')} }`;
}

/** How a member schema refers to its target (`Unit$`, an inline literal, `Name$` or `() => Name$`). */
export function targetRef(file: GeneratedFile, ref: SchemaRef): string {
  switch (ref.kind) {
    case 'unit':
      return file.ref(RUNTIME.Unit$);
    case 'inline':
      return simpleLiteral(ref.shape, false);
    case 'named':
      return ref.thunk ? `() => ${ref.name}` : ref.name;
  }
}

/** The runtime `XmlNamespace` literal. */
export function xmlNamespaceLiteral(ns: XmlNamespaceNode): string {
  return ns.prefix === undefined ? `{ uri: ${lit(ns.uri)} }` : `{ uri: ${lit(ns.uri)}, prefix: ${lit(ns.prefix)} }`;
}

/** `xmlName`, `xmlAttribute`, `xmlFlattened`, `xmlNamespace`, `ec2QueryName` member fields, for those set. */
export function memberXmlFields(x: MemberXmlNode | undefined): string[] {
  if (!x) return [];
  return [
    ...(x.name !== undefined ? [`xmlName: ${lit(x.name)}`] : []),
    ...(x.attribute ? ['xmlAttribute: true'] : []),
    ...(x.flattened ? ['xmlFlattened: true'] : []),
    ...(x.namespace ? [`xmlNamespace: ${xmlNamespaceLiteral(x.namespace)}`] : []),
    ...(x.ec2QueryName !== undefined ? [`ec2QueryName: ${lit(x.ec2QueryName)}`] : []),
  ];
}

/** `xmlName`, `xmlNamespace` fields of a structure or union schema, for those set. */
export function shapeXmlFields(x: ShapeXmlNode | undefined): string[] {
  if (!x) return [];
  return [...(x.name !== undefined ? [`xmlName: ${lit(x.name)}`] : []), ...(x.namespace ? [`xmlNamespace: ${xmlNamespaceLiteral(x.namespace)}`] : [])];
}

/** The member schema literal (`MemberSchema`) of the full schemas. */
export function memberLiteral(file: GeneratedFile, m: MemberNode): string {
  return memberFields(targetRef(file, m.schema), m, constraintFields(m.constraints));
}

/**
 * A member schema literal: its target reference, its binding fields and `constraints` (the full schemas'
 * `length`/`range`/`pattern`/`sensitive`, or what of them a wire view keeps).
 */
export function memberFields(target: string, m: MemberNode, constraints: readonly string[]): string {
  const str = (key: string, v: string | undefined) => (v === undefined ? [] : [`${key}: ${lit(v)}`]);
  const flag = (key: string, on: boolean) => (on ? [`${key}: true`] : []);
  return `{ ${[
    `target: ${target}`,
    ...flag('required', m.required),
    ...(m.default ? [`default: ${lit(m.default.value)}`] : []),
    ...flag('clientOptional', m.clientOptional),
    ...str('jsonName', m.jsonName),
    ...str('timestampFormat', m.timestampFormat),
    ...flag('idempotencyToken', m.idempotencyToken),
    ...flag('httpLabel', m.httpLabel),
    ...str('httpQuery', m.httpQuery),
    ...flag('httpQueryParams', m.httpQueryParams),
    ...str('httpHeader', m.httpHeader),
    ...str('httpPrefixHeaders', m.httpPrefixHeaders),
    ...flag('httpPayload', m.httpPayload),
    ...flag('httpResponseCode', m.httpResponseCode),
    ...flag('hostLabel', m.hostLabel),
    ...flag('eventHeader', m.eventHeader),
    ...flag('eventPayload', m.eventPayload),
    ...constraints,
    ...memberXmlFields(m.xml),
  ].join(', ')} }`;
}

const SCHEMA_TYPES = {
  string: RUNTIME.StringSchema,
  enum: RUNTIME.EnumSchema,
  intEnum: RUNTIME.IntEnumSchema,
  boolean: RUNTIME.BooleanSchema,
  blob: RUNTIME.BlobSchema,
  timestamp: RUNTIME.TimestampSchema,
  document: RUNTIME.DocumentSchema,
  list: RUNTIME.ListSchema,
  map: RUNTIME.MapSchema,
  structure: RUNTIME.StructureSchema,
  union: RUNTIME.UnionSchema,
} as const;

/** The schema type of a shape's `const X$: <Type>` annotation (`NumberSchema` for every number type). */
export function schemaType(file: GeneratedFile, shape: ShapeNode): string {
  const key = shape.kind === 'simple' || shape.kind === 'enum' ? shape.type : shape.kind;
  return file.ref(Object.hasOwn(SCHEMA_TYPES, key) ? SCHEMA_TYPES[key as keyof typeof SCHEMA_TYPES] : RUNTIME.NumberSchema);
}
