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
 * Spec: Smithy 2.0 "Simple types", "Aggregate types", "Constraint traits",
 * "Protocol traits", "HTTP binding traits".
 * @packageDocumentation
 */

/** A value or a function returning it (used for forward and recursive references). */
export type Thunk<T> = T | (() => T);

/** Resolve a {@link Thunk}. */
export function deref<T>(value: Thunk<T>): T {
  return typeof value === 'function' ? (value as () => T)() : value;
}

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
}

/** `union`: exactly one member is set. */
export interface UnionSchema extends SchemaBase {
  readonly type: 'union';
  readonly name: string;
  readonly members: Readonly<Record<string, MemberSchema>>;
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
  readonly length?: LengthConstraint;
  readonly range?: RangeConstraint;
  readonly pattern?: string;
  readonly sensitive?: true;
}

/** `@http` binding of an operation (Smithy "HTTP binding traits"). */
export interface HttpBinding {
  readonly method: string;
  /** URI pattern with `{label}` / `{label+}` segments and optional literal query (`/path?x=y`). */
  readonly uri: string;
  /** Success status code (default 200). */
  readonly code: number;
}

/** `@paginated` after merging the service's defaults. Values are member paths (dot-separated). */
export interface PaginatedInfo {
  readonly inputToken?: string;
  readonly outputToken?: string;
  readonly items?: string;
  readonly pageSize?: string;
}

/** An operation: its input, output, errors, HTTP binding and operation-level traits. */
export interface OperationSchema {
  /** Absolute operation shape id. */
  readonly id: string;
  /** Operation name within the service (after `rename`), e.g. `RetryDataReplication`. */
  readonly name: string;
  /** Input structure; an empty structure named `Unit` when the model says `smithy.api#Unit`. */
  readonly input: Thunk<StructureSchema>;
  readonly output: Thunk<StructureSchema>;
  /** Modeled errors of the operation, service-level errors included. */
  readonly errors: readonly Thunk<StructureSchema>[];
  readonly http?: HttpBinding;
  /** `@deprecated` */
  readonly deprecated?: { readonly message?: string; readonly since?: string };
  readonly paginated?: PaginatedInfo;
  /** `@idempotent` */
  readonly idempotent?: true;
  /** `@readonly` */
  readonly readonly?: true;
  /** `@endpoint` host prefix pattern. */
  readonly hostPrefix?: string;
  /**
   * `@auth` on the operation: the schemes it accepts, in order (overrides the service's {@link ServiceSchema.auth});
   * an empty list means the operation is sent without authentication.
   */
  readonly auth?: readonly AuthScheme[];
  /** `@optionalAuth`: send the request unauthenticated when no identity (credentials, token, key) is available. */
  readonly optionalAuth?: true;
  /**
   * `@requestCompression`: content codings the service accepts for the request body, in preference order
   * (e.g. `['gzip']`). Clients compress the body with the first one they support (Smithy "requestCompression trait").
   */
  readonly requestCompression?: { readonly encodings: readonly string[] };
  /** `@httpChecksumRequired`: clients send `Content-MD5` (base64 MD5 of the body). */
  readonly httpChecksumRequired?: true;
  /** Endpoint rule-set parameters this operation binds (Smithy "Endpoint rules": context parameter traits). */
  readonly endpointParams?: EndpointParamBindings;
}

/**
 * Where an operation's endpoint rule-set parameters come from (Smithy "Endpoint rules", "Parameter binding"
 * traits), by parameter name. When several bind the same parameter, `static` wins over `members` over `paths`.
 */
export interface EndpointParamBindings {
  /** `smithy.rules#staticContextParams`: fixed values (`{ UseObjectLambdaEndpoint: true }`). */
  readonly static?: Readonly<Record<string, unknown>>;
  /** `smithy.rules#contextParam` on input members: parameter name → input member name. */
  readonly members?: Readonly<Record<string, string>>;
  /** `smithy.rules#operationContextParams`: parameter name → JMESPath expression over the input. */
  readonly paths?: Readonly<Record<string, string>>;
}

/**
 * One authentication scheme (Smithy "Authentication traits"): `aws.auth#sigv4`,
 * `smithy.api#httpBearerAuth`, `smithy.api#httpApiKeyAuth`.
 */
export type AuthScheme =
  | { readonly type: 'sigv4'; /** signing name */ readonly name: string }
  | { readonly type: 'bearer' }
  | {
      readonly type: 'apiKey';
      /** header or query parameter name */
      readonly name: string;
      readonly in: 'header' | 'query';
      /** header value prefix (`Authorization: <scheme> <key>`), when the trait has one */
      readonly scheme?: string;
    };

/** Protocols the runtime knows; the first JSON ones are implemented. */
export type ProtocolName = 'restJson1' | 'awsJson1_0' | 'awsJson1_1' | 'restXml' | 'awsQuery' | 'ec2Query' | 'rpcv2Cbor';

/** A service: name, protocol, signing and service-level errors. */
export interface ServiceSchema {
  /** Absolute service shape id, e.g. `com.amazonaws.drs#ElasticDisasterRecoveryService`. */
  readonly id: string;
  /** Service shape name, e.g. `ElasticDisasterRecoveryService` (awsJson `X-Amz-Target` prefix). */
  readonly name: string;
  /** `aws.api#service` sdkId, or the service name. */
  readonly sdkId: string;
  readonly version: string;
  readonly protocol: ProtocolName;
  /** `aws.auth#sigv4` signing name, when the service uses SigV4. */
  readonly sigv4?: { readonly name: string };
  /** `aws.api#service` endpointPrefix (host part before the region), when known. */
  readonly endpointPrefix?: string;
  /** restJson1/awsJson: errors the service may return on any operation. */
  readonly errors: readonly Thunk<StructureSchema>[];
  /**
   * Effective auth schemes in priority order (`@auth` order, else every applied auth trait sorted by shape id).
   * Absent: only `sigv4` (when set) applies, as before this field existed. Empty: no authentication.
   */
  readonly auth?: readonly AuthScheme[];
  /**
   * `aws.protocols#awsQueryCompatible`: clients send `x-amzn-query-mode: true` and read the awsQuery error
   * code from the `x-amzn-query-error` response header; mocks send that header for errors with
   * {@link StructureSchema.awsQueryError}.
   */
  readonly awsQueryCompatible?: true;
}

/** A Smithy `document` value: any JSON value (Smithy "Document types"). */
export type DocumentType = null | boolean | number | string | DocumentType[] | { [key: string]: DocumentType };

/** The input or output of an operation that has none (`smithy.api#Unit`). */
export type UnitShape = Record<string, never>;

/** Schema of `smithy.api#Unit`: an empty structure. */
export const Unit$: StructureSchema = { type: 'structure', id: 'smithy.api#Unit', name: 'Unit', members: {} };
