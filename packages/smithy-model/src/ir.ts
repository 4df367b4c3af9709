/**
 * The resolved semantic model (IR) that every Anvil emitter reads.
 *
 * The loader turns one or more Smithy JSON AST documents into a {@link Model}:
 * the prelude is merged in, mixins are flattened (members and traits, in
 * Smithy's member order, local definitions winning), `apply` blocks are
 * applied, Smithy 1.0 documents are normalised to 2.0 meaning (`set` → list
 * with `@uniqueItems`, string `@enum` → `enum` shape, `@box` and primitive
 * defaults → `@default`/`@clientOptional` semantics), and every trait id is
 * absolute (`smithy.api#required`, never `required`).
 *
 * Emitters never read raw JSON; they read only this.
 *
 * Spec: Smithy 2.0 "Shapes", "Mixins", "Applying traits", "Smithy JSON AST".
 * @packageDocumentation
 */

/** An absolute shape id: `namespace#Name`, or `namespace#Name$member` for a member. */
export type ShapeId = string;

/**
 * Trait values keyed by absolute trait shape id (e.g. `smithy.api#documentation`).
 * Values are the JSON AST node values exactly as written (annotation traits are `{}`).
 */
export type Traits = Readonly<Record<string, unknown>>;

/** Simple shape types (Smithy 2.0 "Simple types"). */
export type SimpleType =
  | 'blob'
  | 'boolean'
  | 'string'
  | 'byte'
  | 'short'
  | 'integer'
  | 'long'
  | 'float'
  | 'double'
  | 'bigInteger'
  | 'bigDecimal'
  | 'timestamp'
  | 'document';

/** Every shape type the IR holds. `set` never appears: it is normalised to `list`. */
export type ShapeType =
  | SimpleType
  | 'enum'
  | 'intEnum'
  | 'list'
  | 'map'
  | 'structure'
  | 'union'
  | 'operation'
  | 'resource'
  | 'service';

/**
 * A member of an aggregate shape (structure, union, list, map, enum, intEnum).
 * `traits` are the member's own traits after mixins and `apply`; use
 * {@link effectiveTraits}-style merging (target traits overlaid by member traits)
 * where the spec says member traits override target traits.
 */
export interface MemberShape {
  /** Member name as written in the model (`sourceServerID`, `member`, `key`, `value`). */
  readonly name: string;
  /** The member's id: `ns#Container$name`. */
  readonly id: ShapeId;
  /** The targeted shape id (prelude targets are `smithy.api#String` etc.). */
  readonly target: ShapeId;
  readonly traits: Traits;
}

interface ShapeBase<T extends ShapeType> {
  readonly type: T;
  readonly id: ShapeId;
  /** Traits on the shape after mixins and `apply` (mixin-only traits such as `smithy.api#mixin` removed). */
  readonly traits: Traits;
}

/** A simple shape (Smithy 2.0 "Simple types"): its constraints and formats are in `traits`. */
export interface SimpleShape extends ShapeBase<SimpleType> {}

/** `enum` (string values in `smithy.api#enumValue` member traits, defaulting to the member name) */
export interface EnumShape extends ShapeBase<'enum'> {
  readonly members: readonly MemberShape[];
}

/** `intEnum` (integer values in `smithy.api#enumValue` member traits) */
export interface IntEnumShape extends ShapeBase<'intEnum'> {
  readonly members: readonly MemberShape[];
}

/** A `list` (Smithy 1.0 `set` normalised to a list with `smithy.api#uniqueItems`). */
export interface ListShape extends ShapeBase<'list'> {
  readonly member: MemberShape;
}

/** A `map` with its `key` and `value` members. */
export interface MapShape extends ShapeBase<'map'> {
  readonly key: MemberShape;
  readonly value: MemberShape;
}

/** A `structure` (inputs, outputs, errors with `smithy.api#error`, nested data). */
export interface StructureShape extends ShapeBase<'structure'> {
  /** Members in Smithy order: mixin members first (in mixin order), then local ones. */
  readonly members: readonly MemberShape[];
}

/** A `union` (tagged union: exactly one member is set). */
export interface UnionShape extends ShapeBase<'union'> {
  readonly members: readonly MemberShape[];
}

/** An `operation` with its input, output and errors (Smithy 2.0 "Service types"). */
export interface OperationShape extends ShapeBase<'operation'> {
  /** Input structure id; `smithy.api#Unit` when the model has none. */
  readonly input: ShapeId;
  /** Output structure id; `smithy.api#Unit` when the model has none. */
  readonly output: ShapeId;
  readonly errors: readonly ShapeId[];
}

/** A `resource` with its identifiers, properties, lifecycle and bound operations (Smithy 2.0 "Resource types"). */
export interface ResourceShape extends ShapeBase<'resource'> {
  /** Identifier name → target shape id. */
  readonly identifiers: Readonly<Record<string, ShapeId>>;
  /** Property name → target shape id. */
  readonly properties: Readonly<Record<string, ShapeId>>;
  readonly create?: ShapeId;
  readonly put?: ShapeId;
  readonly read?: ShapeId;
  readonly update?: ShapeId;
  readonly delete?: ShapeId;
  readonly list?: ShapeId;
  readonly operations: readonly ShapeId[];
  readonly collectionOperations: readonly ShapeId[];
  readonly resources: readonly ShapeId[];
}

/** A `service`: the root of a closure (Smithy 2.0 "Service types"). */
export interface ServiceShape extends ShapeBase<'service'> {
  readonly version: string;
  readonly operations: readonly ShapeId[];
  readonly resources: readonly ShapeId[];
  /** Service-level errors: every operation of the service can return them. */
  readonly errors: readonly ShapeId[];
  /** Shape id → name used for it in this service (Smithy "service closure" `rename`). */
  readonly rename: Readonly<Record<ShapeId, string>>;
}

/** Any shape of the IR, discriminated by `type`. */
export type Shape =
  | SimpleShape
  | EnumShape
  | IntEnumShape
  | ListShape
  | MapShape
  | StructureShape
  | UnionShape
  | OperationShape
  | ResourceShape
  | ServiceShape;

/** A whole loaded model: every shape (prelude included), keyed by absolute id. */
export interface Model {
  /** Always `"2.0"` after normalisation. */
  readonly smithy: '2.0';
  readonly metadata: Readonly<Record<string, unknown>>;
  /** All shapes, in a stable order (sorted by shape id). Members are not entries here. */
  readonly shapes: ReadonlyMap<ShapeId, Shape>;
}

/**
 * A service together with its closure, as the Smithy spec defines it: every
 * operation bound to the service directly or through (nested) resources,
 * and every shape reachable from them, the service's errors included.
 */
export interface ServiceClosure {
  readonly service: ServiceShape;
  /** Operations of the closure, sorted by their (renamed) name. */
  readonly operations: readonly OperationShape[];
  /** Resources of the closure, sorted by shape id. */
  readonly resources: readonly ResourceShape[];
  /**
   * Every non-operation, non-resource, non-service shape reachable from the
   * service (inputs, outputs, errors, their members' targets, recursively),
   * prelude shapes included, sorted by shape id.
   */
  readonly shapes: readonly Shape[];
  /** The name of a shape within this service: its `rename` if any, else the part after `#`. */
  nameOf(id: ShapeId): string;
}
