/**
 * A parsed IDL file before cross-file resolution: shape statements with their
 * relative shape ids still pending, because a relative id resolves against
 * every loaded file (Smithy 2.0 IDL "Relative shape ID resolution": a `use`d
 * shape, else a shape of the current namespace defined in any file, else the
 * prelude, else the current namespace).
 * @packageDocumentation
 */
import type { SmithyVersion } from '../load/raw.js';
import type { Offset } from './lexer.js';

/** A shape id as written; `resolved` is set by the resolver. */
export interface PendingRef {
  readonly raw: string;
  readonly at: Offset;
  resolved: string;
}

/** An unquoted shape id inside a node value: `holder[key]` becomes the resolved absolute id. */
export interface NodeRef {
  readonly holder: Record<string, unknown> | unknown[];
  readonly key: string | number;
  readonly raw: string;
  readonly at: Offset;
}

/** A trait application: `@name`, `@name(value)`, a doc comment, or a trait implied by the IDL (`@input`). */
export type PendingTrait = {
  readonly name: PendingRef;
  /** The node value; `null` for annotation traits until coerced to `{}` or `[]`. */
  value: unknown;
  /** Written without a value (`@name` / `@name()`). */
  readonly annotation: boolean;
  /** Comes from `///` lines (allowed, and ignored, before `apply`). */
  readonly docComment?: boolean;
};

/** A member; `target` is undefined while elided (`$name`). */
export interface PendingMember {
  readonly name: string;
  readonly at: Offset;
  /** Written `$name`: the target comes from the `for` resource or a mixin. */
  readonly elided: boolean;
  target: PendingRef | undefined;
  readonly traits: PendingTrait[];
}

/** Shape types the IDL can define (`set` only in 1.0 files). */
export type IdlShapeType =
  | 'blob' | 'boolean' | 'document' | 'string' | 'byte' | 'short' | 'integer' | 'long' | 'float' | 'double'
  | 'bigInteger' | 'bigDecimal' | 'timestamp' | 'enum' | 'intEnum' | 'list' | 'set' | 'map' | 'structure'
  | 'union' | 'service' | 'operation' | 'resource';

/** One shape statement (or an inline operation input/output). */
export interface PendingShape {
  readonly id: string;
  readonly type: IdlShapeType;
  readonly at: Offset;
  readonly traits: PendingTrait[];
  readonly mixins: PendingRef[];
  readonly members: PendingMember[];
  forResource: PendingRef | undefined;
  input: PendingRef | undefined;
  output: PendingRef | undefined;
  readonly errors: PendingRef[];
  readonly identifiers: Array<[string, PendingRef]>;
  /** Resource properties; undefined when the statement has no `properties` key. */
  properties: Array<[string, PendingRef]> | undefined;
  readonly lifecycle: Array<[string, PendingRef]>;
  readonly operations: PendingRef[];
  readonly collectionOperations: PendingRef[];
  readonly resources: PendingRef[];
  version: string | undefined;
  readonly rename: Array<[string, string, Offset]>;
}

/** An `apply` statement (single trait or block). */
export interface PendingApply {
  readonly target: PendingRef;
  readonly traits: PendingTrait[];
}

/** A `metadata key = value` statement (`value` may hold unquoted shape ids). */
export type PendingMetadata = {
  readonly key: string;
  value: unknown;
  readonly at: Offset;
};

/** One parsed IDL file. */
export interface IdlDocument {
  readonly file: string;
  readonly text: string;
  readonly version: SmithyVersion;
  readonly namespace: string | undefined;
  /** Short name → absolute id of each `use` statement. */
  readonly uses: ReadonlyMap<string, string>;
  readonly metadata: readonly PendingMetadata[];
  readonly shapes: readonly PendingShape[];
  readonly applies: readonly PendingApply[];
  /** Every shape reference of the file, to resolve. */
  readonly refs: readonly PendingRef[];
  /** Every unquoted shape id inside node values, to resolve. */
  readonly nodeRefs: readonly NodeRef[];
}

/** Shared by the binding lists of shapes that cannot have bindings (frozen: a push would be a bug). */
const NONE: never[] = [];
Object.freeze(NONE);

/** A fresh shape with every optional part empty (binding lists only for services, resources, operations). */
export function newShape(id: string, type: IdlShapeType, at: Offset): PendingShape {
  const binds = type === 'service' || type === 'resource' || type === 'operation';
  const list = <T>(): T[] => (binds ? [] : NONE);
  return {
    id, type, at, traits: [], mixins: [], members: [], forResource: undefined, input: undefined, output: undefined,
    errors: list(), identifiers: list(), properties: undefined, lifecycle: list(), operations: list(),
    collectionOperations: list(), resources: list(), version: undefined, rename: list(),
  };
}
