/**
 * The loader's intermediate form: one parsed, syntax-checked shape definition
 * per JSON AST entry, still unresolved (mixins not flattened, `apply` not
 * applied, references not checked). Every node keeps its file and JSON path so
 * later stages can report precise errors.
 * @packageDocumentation
 */
import type { ShapeId, ShapeType } from '../ir.js';

/** The Smithy IDL/AST version a document was written in (after `"1"` → `"1.0"`, `"2"` → `"2.0"`). */
export type SmithyVersion = '1.0' | '2.0';

/** A mutable trait map while loading (absolute trait id → JSON value). */
export type MutableTraits = Record<string, unknown>;

/** A reference to another shape (`{ "target": "ns#X" }`), with the JSON path of its `target` value. */
export interface RawRef {
  readonly target: ShapeId;
  readonly path: string;
}

/** A member definition as written. For lists the only member is `member`; for maps `key` then `value`. */
export interface RawMember {
  readonly name: string;
  readonly target: ShapeId;
  /** Path of the `target` value. */
  readonly path: string;
  traits: MutableTraits;
}

/** Resource lifecycle operation property names (Smithy "Resource lifecycle operations"). */
export const LIFECYCLE = ['create', 'put', 'read', 'update', 'delete', 'list'] as const;
export type Lifecycle = (typeof LIFECYCLE)[number];

/** One shape definition (never `apply`, never `set`: sets are parsed as lists with `@uniqueItems`). */
export interface RawShape {
  readonly id: ShapeId;
  type: ShapeType;
  readonly file: string;
  readonly version: SmithyVersion;
  /** The definition exactly as written, used to accept identical duplicate definitions. */
  readonly json: unknown;
  traits: MutableTraits;
  readonly mixins: readonly RawRef[];
  /** Aggregate members in written order (list: `member`; map: `key`, `value`). */
  members: RawMember[];
  readonly input: RawRef | undefined;
  readonly output: RawRef | undefined;
  readonly errors: readonly RawRef[];
  readonly identifiers: Readonly<Record<string, RawRef>>;
  readonly properties: Readonly<Record<string, RawRef>>;
  readonly lifecycle: Readonly<Partial<Record<Lifecycle, RawRef>>>;
  readonly operations: readonly RawRef[];
  readonly collectionOperations: readonly RawRef[];
  readonly resources: readonly RawRef[];
  readonly serviceVersion: string | undefined;
  readonly rename: Readonly<Record<ShapeId, string>>;
}

/** An `apply` entry: traits to add to a shape or member (`ns#A$b`) defined anywhere in the model. */
export interface RawApply {
  readonly target: ShapeId;
  readonly traits: MutableTraits;
  readonly file: string;
  readonly path: string;
}

/** One parsed document. */
export interface RawDocument {
  readonly file: string;
  readonly version: SmithyVersion;
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly shapes: readonly RawShape[];
  readonly applies: readonly RawApply[];
}
