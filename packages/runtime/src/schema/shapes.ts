/**
 * Compact runtime schemas: the data that generated packages emit and that the
 * hand-written protocol codecs, fake-data generator and validator read.
 *
 * One schema object per named shape of the service closure. Aggregates point at
 * their members' targets directly or through a thunk (`() => Schema`), so
 * recursive shapes (A → B → A) are plain object graphs and every schema is a
 * separate `export const` that bundlers can tree-shake.
 *
 * Type mapping policy (the TypeScript value each schema kind stands for, used
 * the same way by types, client and mocks):
 *
 * | Smithy | TS value | wire (JSON protocols) |
 * |---|---|---|
 * | string, enum | `string` | string |
 * | byte, short, integer, long, float, double | `number` (long > 2^53 loses precision, as in aws-sdk-js-v3) | number; `"NaN"`, `"Infinity"`, `"-Infinity"` for float specials |
 * | intEnum | `number` | number |
 * | bigInteger | `bigint` | number literal |
 * | bigDecimal | `string` (decimal text; no precision lost) | number literal |
 * | boolean | `boolean` | boolean |
 * | blob | `Uint8Array` | base64 string (body), raw bytes (payload) |
 * | timestamp | `Date` | epoch-seconds number by default (restJson1/awsJson body), per `timestampFormat` |
 * | document | `DocumentType` (JSON value) | JSON |
 * | list / map | array / plain object; `null` entries only when `sparse` | array / object |
 * | structure | object with optional members unless `required` | object |
 * | union | object with exactly one member set (unknown members surface as `$unknown`) | object with one key |
 *
 * The XML and query protocols (restXml, awsQuery, ec2Query) write every scalar as text: `true`/`false`,
 * decimal numbers (exact for bigInteger/bigDecimal), `NaN`/`Infinity`/`-Infinity`, base64 blobs, and
 * timestamps as `date-time` unless `@timestampFormat` says otherwise; their XML traits are the optional
 * `xml*` / `ec2QueryName` fields below, emitted only for services of those protocols.
 *
 * Full schemas and wire schemas: a generated types package holds the **full** schemas (every field below;
 * the mock's validation and fake data read the constraints, enum values and shape ids). A generated client
 * package holds the **wire** view of the same shapes (`<client>/src/schemas.ts`): the same types with only
 * the fields the client-side codec paths read. Constraints (`length`, `range`, `pattern`), enum `values` /
 * `internal`, `uniqueItems` and the `id` of non-error shapes are left out; a simple shape with nothing else
 * is one of the shared plain schemas (`plain.ts`), an enum the plain string, an intEnum the plain integer
 * (the codecs read and write them alike). Every codec function therefore takes either view; a client given
 * a full schema behaves exactly as with its wire view.
 *
 * Spec: Smithy 2.0 "Simple types", "Aggregate types", "Constraint traits",
 * "Protocol traits", "HTTP binding traits", "XML bindings".
 * @packageDocumentation
 */
import type { Thunk } from './thunk.js';

/** `@length` (strings: UTF-16 code points counted as Smithy "characters"; blobs: bytes; lists/maps: entries). Inclusive. */
export interface LengthConstraint {
  readonly min?: number;
  readonly max?: number;
}

/** `@range` (numbers, inclusive). Kept as numbers; bigDecimal/bigInteger bounds are compared numerically. */
export interface RangeConstraint {
  readonly min?: number;
  readonly max?: number;
}

/**
 * `@xmlNamespace` (Smithy "XML bindings", "xmlNamespace trait"): the namespace an XML element is in.
 * Written as `xmlns="<uri>"`, or `xmlns:<prefix>="<uri>"` when the trait has a prefix.
 */
export interface XmlNamespace {
  /** Namespace URI. */
  readonly uri: string;
  /** Namespace prefix (an XML NCName), when the trait declares one. */
  readonly prefix?: string;
}

/** Timestamp wire formats (Smithy `@timestampFormat`). */
export type TimestampFormat = 'date-time' | 'http-date' | 'epoch-seconds';

/** Fields every schema may carry. */
interface SchemaBase {
  /** Absolute shape id of the named shape this schema was emitted for (absent for prelude/anonymous shapes). */
  readonly id?: string;
  /** `@sensitive`: never log the value. */
  readonly sensitive?: true;
}

/** `string` (without enum values). */
export interface StringSchema extends SchemaBase {
  readonly type: 'string';
  readonly length?: LengthConstraint;
  /** ECMAScript regex source, unanchored unless the model anchors it (Smithy `@pattern` semantics: search, not full match). */
  readonly pattern?: string;
  /** `@mediaType` (e.g. `application/json`). */
  readonly mediaType?: string;
}

/** `enum`, or a Smithy 1.0 string with the `@enum` trait. */
export interface EnumSchema extends SchemaBase {
  readonly type: 'enum';
  /** The allowed values in model order. */
  readonly values: readonly string[];
  /**
   * Values marked `@internal` (2.0 enum members) or tagged `"internal"` (1.0 `@enum` trait entries), in model
   * order: still valid, but left out of the value list of validation messages. Absent when there are none.
   */
  readonly internal?: readonly string[];
  readonly length?: LengthConstraint;
  readonly pattern?: string;
}

/** `intEnum`. */
export interface IntEnumSchema extends SchemaBase {
  readonly type: 'intEnum';
  readonly values: readonly number[];
  /** Values whose member is marked `@internal`: valid, but left out of validation messages. Absent when none. */
  readonly internal?: readonly number[];
}

/** The numeric shape types (their TS mapping is in this module's header). */
export type NumberType = 'byte' | 'short' | 'integer' | 'long' | 'float' | 'double' | 'bigInteger' | 'bigDecimal';

/** A numeric shape with its `@range`. */
export interface NumberSchema extends SchemaBase {
  readonly type: NumberType;
  readonly range?: RangeConstraint;
}

/** `boolean`. */
export interface BooleanSchema extends SchemaBase {
  readonly type: 'boolean';
}

/** `blob` (a `Uint8Array` value). */
export interface BlobSchema extends SchemaBase {
  readonly type: 'blob';
  readonly length?: LengthConstraint;
  readonly mediaType?: string;
  /** `@streaming` */
  readonly streaming?: true;
}

/** `timestamp` (a `Date` value). */
export interface TimestampSchema extends SchemaBase {
  readonly type: 'timestamp';
  /** `@timestampFormat` on the shape; a member's own format wins. */
  readonly format?: TimestampFormat;
}

/** `document` (any JSON value). */
export interface DocumentSchema extends SchemaBase {
  readonly type: 'document';
}

/** `list` (and Smithy 1.0 `set`, with `uniqueItems`). */
export interface ListSchema extends SchemaBase {
  readonly type: 'list';
  readonly member: MemberSchema;
  readonly sparse?: true;
  readonly uniqueItems?: true;
  readonly length?: LengthConstraint;
}

/** `map`. */
export interface MapSchema extends SchemaBase {
  readonly type: 'map';
  readonly key: MemberSchema;
  readonly value: MemberSchema;
  readonly sparse?: true;
  readonly length?: LengthConstraint;
}

/** `@error` structures carry `error` and usually `httpError`. */
export interface StructureSchema extends SchemaBase {
  readonly type: 'structure';
  /** The shape's name within its service (after `rename`); for errors this is the wire error code. */
  readonly name: string;
  /** Members in model order, keyed by member name. */
  readonly members: Readonly<Record<string, MemberSchema>>;
  /** `@error`: who is at fault. */
  readonly error?: 'client' | 'server';
  /** `@httpError` status code. */
  readonly httpError?: number;
  /** `@retryable` (with `throttling`). */
  readonly retryable?: { readonly throttling?: boolean };
  /**
   * `aws.protocols#awsQueryError`: the error's awsQuery code and HTTP status. Services marked
   * `@awsQueryCompatible` send `x-amzn-query-error: <code>;<Sender|Receiver>` with this error.
   */
  readonly awsQueryError?: { readonly code: string; readonly httpResponseCode: number };
  /**
   * `@xmlName` on the structure: the element name when the structure is a whole XML document (a restXml body
   * or `@httpPayload`); otherwise the shape name is used. Emitted only for services of an XML protocol.
   */
  readonly xmlName?: string;
  /**
   * `@xmlNamespace` on the structure: the namespace of its element when it is a whole XML document
   * (restXml body or `@httpPayload`). Emitted only for services of an XML protocol.
   */
  readonly xmlNamespace?: XmlNamespace;
}

/**
 * An `@error` structure whose members have the TypeScript type `E` (generated error schemas state it,
 * so `modeledError(schema, members)` checks `members` against the error's shape).
 */
export interface ErrorSchema<E = unknown> extends StructureSchema {
  readonly error: 'client' | 'server';
  /** Type-level only: carries `E` (never set at run time). */
  readonly '~type'?: E;
}

/** `union`: exactly one member is set. */
export interface UnionSchema extends SchemaBase {
  readonly type: 'union';
  readonly name: string;
  readonly members: Readonly<Record<string, MemberSchema>>;
  /** `@xmlName` on the union (see {@link StructureSchema.xmlName}). */
  readonly xmlName?: string;
  /** `@xmlNamespace` on the union (see {@link StructureSchema.xmlNamespace}). */
  readonly xmlNamespace?: XmlNamespace;
  /**
   * `@streaming`: an event stream (Smithy "Event streams"). Each member is one event type, its name the
   * `:event-type` header; members targeting `@error` structures are modeled exception events.
   */
  readonly streaming?: true;
}

/** Any runtime schema, discriminated by `type`. */
export type Schema =
  | StringSchema
  | EnumSchema
  | IntEnumSchema
  | NumberSchema
  | BooleanSchema
  | BlobSchema
  | TimestampSchema
  | DocumentSchema
  | ListSchema
  | MapSchema
  | StructureSchema
  | UnionSchema;

/**
 * A member: its target plus the member-level traits the runtimes need.
 * Member-level constraints (`length`, `range`, `pattern`) override the target's.
 */
export interface MemberSchema {
  readonly target: Thunk<Schema>;
  /** `@required` */
  readonly required?: true;
  /** `@default` value as a JSON AST node value (timestamps as epoch seconds or date-time text, blobs as base64). */
  readonly default?: unknown;
  /** `@clientOptional` */
  readonly clientOptional?: true;
  /** `@jsonName` */
  readonly jsonName?: string;
  /** `@timestampFormat` on the member. */
  readonly timestampFormat?: TimestampFormat;
  /** `@idempotencyToken` */
  readonly idempotencyToken?: true;
  /** `@httpLabel` */
  readonly httpLabel?: true;
  /** `@httpQuery` parameter name. */
  readonly httpQuery?: string;
  /** `@httpQueryParams` */
  readonly httpQueryParams?: true;
  /** `@httpHeader` header name (as written in the model). */
  readonly httpHeader?: string;
  /** `@httpPrefixHeaders` prefix (may be empty). */
  readonly httpPrefixHeaders?: string;
  /** `@httpPayload` */
  readonly httpPayload?: true;
  /** `@httpResponseCode` */
  readonly httpResponseCode?: true;
  /** `@hostLabel` */
  readonly hostLabel?: true;
  /**
   * `@xmlName`: the XML element (or attribute) name of the member, and its awsQuery / ec2Query key
   * (Smithy "XML bindings", "AWS query protocol"). On a list member: the item element name (default `member`);
   * on a map key / value: the key / value element name (default `key` / `value`). May carry a prefix (`xsi:type`).
   * Emitted only for services of an XML or query protocol.
   */
  readonly xmlName?: string;
  /** `@xmlAttribute`: the member is an attribute of its structure's element (a scalar), not a child element. */
  readonly xmlAttribute?: true;
  /**
   * `@xmlFlattened`: a list or map member without a wrapping element: each item (each entry) is an element
   * named after the member. awsQuery: `Key.N` instead of `Key.member.N` (`Key.N.key` instead of `Key.entry.N.key`).
   */
  readonly xmlFlattened?: true;
  /** `@xmlNamespace` on the member: an `xmlns` / `xmlns:<prefix>` attribute on the member's element(s). */
  readonly xmlNamespace?: XmlNamespace;
  /** `aws.protocols#ec2QueryName`: the member's ec2Query key (wins over the capitalised `@xmlName` / member name). */
  readonly ec2QueryName?: string;
  /** `@eventHeader`: a member of an event structure sent as an event message header (Smithy "Event streams"). */
  readonly eventHeader?: true;
  /** `@eventPayload`: the member of an event structure that is the whole event message body. */
  readonly eventPayload?: true;
  readonly length?: LengthConstraint;
  readonly range?: RangeConstraint;
  readonly pattern?: string;
  readonly sensitive?: true;
}

