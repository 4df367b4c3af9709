/**
 * Resolved shape nodes: what the types and schemas emitters print for each
 * named shape, member and member target. Trait values are read, checked and
 * normalised here once (Smithy 2.0 "Shapes", "Constraint traits", "Type
 * refinement traits", "HTTP binding traits").
 * @packageDocumentation
 */
import type { ShapeId, SimpleType } from '@anvil/smithy-model';

/** `@deprecated` (Smithy "deprecated trait"). */
export interface Deprecation {
  readonly message?: string;
  readonly since?: string;
}

/** Documentation of a declaration. */
export interface Docs {
  /** `@documentation` (HTML or Markdown). */
  readonly documentation?: string;
  readonly deprecated?: Deprecation;
}

/** `@length` (characters / items / bytes) or `@range` bounds. */
export interface Bounds {
  readonly min?: number;
  readonly max?: number;
}

/** Constraint traits that become schema fields (those that apply to the shape's kind). */
export interface Constraints {
  readonly length?: Bounds;
  readonly range?: Bounds;
  readonly pattern?: string;
  readonly sensitive: boolean;
}

/**
 * How a TypeScript type refers to a member target. Lists and maps are written
 * inline (`Array<T>`, `Record<string, V>`); a collection that contains itself is
 * `recursive` (`unknown[]` / `Record<string, unknown>`).
 */
export type TypeRef =
  | { readonly kind: 'unit' }
  | { readonly kind: 'string' | 'number' | 'boolean' | 'bigint' | 'blob' | 'timestamp' | 'document' }
  | { readonly kind: 'named'; readonly name: string }
  | { readonly kind: 'list'; readonly item: TypeRef; readonly sparse: boolean }
  | { readonly kind: 'map'; readonly key: TypeRef; readonly value: TypeRef; readonly sparse: boolean }
  | { readonly kind: 'recursive'; readonly collection: 'list' | 'map' };

/**
 * How a member schema refers to its target: the runtime's `Unit$`, a prelude
 * shape written inline, or a named schema (through a thunk for aggregates, so
 * recursion and declaration order do not matter).
 */
export type SchemaRef =
  | { readonly kind: 'unit' }
  | { readonly kind: 'inline'; readonly shape: SimpleShapeData }
  | { readonly kind: 'named'; readonly name: string; readonly thunk: boolean };

/** `@xmlNamespace` (Smithy "xmlNamespace trait"). */
export interface XmlNamespaceNode {
  readonly uri: string;
  readonly prefix?: string;
}

/** A member's XML / query traits (Smithy "XML bindings", `aws.protocols#ec2QueryName`). */
export interface MemberXmlNode {
  /** `@xmlName`: element, attribute or query key name. */
  readonly name?: string;
  readonly attribute: boolean;
  readonly flattened: boolean;
  readonly namespace?: XmlNamespaceNode;
  /** `@ec2QueryName` (read for ec2Query services only). */
  readonly ec2QueryName?: string;
}

/** A structure's or union's `@xmlName` / `@xmlNamespace` (their element when written as a whole document). */
export interface ShapeXmlNode {
  readonly name?: string;
  readonly namespace?: XmlNamespaceNode;
}

/** A member with its resolved traits (Smithy "Member shapes"). */
export interface MemberNode extends Docs {
  /** Member name as the model writes it (also the wire name unless `jsonName` says otherwise). */
  readonly name: string;
  readonly id: ShapeId;
  readonly target: ShapeId;
  readonly type: TypeRef;
  readonly schema: SchemaRef;
  /** Required in the TypeScript type: `@required` and not `@clientOptional`. */
  readonly requiredInType: boolean;
  /** Targets a `@streaming` union (an event stream): typed `AsyncIterable` of its events. */
  readonly eventStream: boolean;
  /** `@eventHeader`: an event structure member sent as an event message header. */
  readonly eventHeader: boolean;
  /** `@eventPayload`: the event structure member that is the whole event message body. */
  readonly eventPayload: boolean;
  readonly required: boolean;
  /** `@default`, when present (its JSON value). */
  readonly default?: { readonly value: unknown };
  readonly clientOptional: boolean;
  readonly jsonName?: string;
  readonly timestampFormat?: string;
  readonly idempotencyToken: boolean;
  readonly httpLabel: boolean;
  readonly httpQuery?: string;
  readonly httpQueryParams: boolean;
  readonly httpHeader?: string;
  readonly httpPrefixHeaders?: string;
  readonly httpPayload: boolean;
  readonly httpResponseCode: boolean;
  readonly hostLabel: boolean;
  readonly constraints: Constraints;
  /** XML / query traits: only for services whose protocol reads them, and only when one is set. */
  readonly xml?: MemberXmlNode;
}

/** Identifiers of a named shape. */
export interface ShapeNames {
  readonly id: ShapeId;
  /** The shape's name within the service (after `rename`): its wire name. */
  readonly name: string;
  /** TypeScript type name (`SourceServer`). */
  readonly typeName: string;
  /** Schema constant (`SourceServer$`). */
  readonly schemaName: string;
}

/** What a simple shape's schema holds (also used inline for prelude targets). */
export interface SimpleShapeData {
  readonly id: ShapeId;
  readonly type: SimpleType;
  /** Constraints that apply (`@length`, `@range`, `@pattern`, `@sensitive`). */
  readonly constraints: Constraints;
  /** `@mediaType` of a string or blob. */
  readonly mediaType?: string;
  /** A `@streaming` blob. */
  readonly streaming: boolean;
  /** `@timestampFormat` of a timestamp. */
  readonly timestampFormat?: string;
}

/** A named simple shape. */
export interface SimpleShapeNode extends SimpleShapeData, ShapeNames, Docs {
  readonly kind: 'simple';
}

/** One enum value (Smithy "enum", "intEnum", and the 1.0 "enum trait"). */
export interface EnumValueNode {
  /** Member name (for an unnamed 1.0 value: the value). */
  readonly name: string;
  readonly value: string | number;
  readonly documentation?: string;
  /** `@internal` on a 2.0 enum member, or the `"internal"` tag on a 1.0 `@enum` entry. */
  readonly internal: boolean;
}

/** An `enum`, an `intEnum`, or a 1.0 string with the `@enum` trait (`type: 'enum'`). */
export interface EnumShapeNode extends ShapeNames, Docs {
  readonly kind: 'enum';
  readonly type: 'enum' | 'intEnum';
  readonly values: readonly EnumValueNode[];
  /** `@length`, `@pattern`, `@sensitive` of string enums; none for intEnums. */
  readonly constraints: Constraints;
}

/** Constraints of an aggregate shape that its schema carries (`@length`, `@sensitive`). */
interface AggregateNode extends ShapeNames, Docs {
  readonly constraints: Constraints;
}

/** A `list` (a 1.0 `set` is a list with `uniqueItems`). */
export interface ListShapeNode extends AggregateNode {
  readonly kind: 'list';
  readonly member: MemberNode;
  readonly sparse: boolean;
  readonly uniqueItems: boolean;
}

/** A `map` with its key and value members. */
export interface MapShapeNode extends AggregateNode {
  readonly kind: 'map';
  readonly key: MemberNode;
  readonly value: MemberNode;
  readonly sparse: boolean;
}

/**
 * A `structure`, with the error traits of error structures (Smithy "error trait", "httpError
 * trait", "retryable trait", `aws.protocols#awsQueryError`).
 */
export interface StructureShapeNode extends AggregateNode {
  readonly kind: 'structure';
  readonly members: readonly MemberNode[];
  /** `@error` value (`client` / `server`); present on error structures only. */
  readonly error?: string;
  readonly httpError?: number;
  readonly retryable?: { readonly throttling: boolean };
  readonly awsQueryError?: { readonly code: string; readonly httpResponseCode: number };
  /** `@xmlName` / `@xmlNamespace` (XML and query protocols only). */
  readonly xml?: ShapeXmlNode;
}

/** A `union`: exactly one member is set. */
export interface UnionShapeNode extends AggregateNode {
  readonly kind: 'union';
  readonly members: readonly MemberNode[];
  /** `@xmlName` / `@xmlNamespace` (XML and query protocols only). */
  readonly xml?: ShapeXmlNode;
  /** `@streaming`: an event stream (Smithy "Event streams"); each member is one event type. */
  readonly streaming: boolean;
}

/** Any named shape the generator emits. */
export type ShapeNode = SimpleShapeNode | EnumShapeNode | ListShapeNode | MapShapeNode | StructureShapeNode | UnionShapeNode;

/** A modeled error structure with its client-side fault. */
export interface ErrorShapeNode extends StructureShapeNode {
  readonly error: string;
  /** `$fault` of its error class: `server` for `@error("server")`, else `client`. */
  readonly fault: 'client' | 'server';
}
