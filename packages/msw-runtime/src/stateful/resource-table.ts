/**
 * The resource table: which operations act on which resource of the mock store, and how.
 * Generated msw packages emit one (`resources`) from the model's resources (Smithy 2.0
 * "Resource types": identifiers, lifecycle operations, instance and collection operations,
 * nested resources) and from the service's binding in `anvil.config.json`; tests may add
 * bindings in code.
 * @packageDocumentation
 */
import type { OperationSchema, Schema, ServiceSchema, StructureSchema, Thunk } from '@anvil/runtime';

/**
 * What an operation does to its resource:
 * - `create`: store a new item (identifiers generated unless the input gives them);
 * - `put`: store the item under the identifiers the input gives (replacing one);
 * - `read`: answer the item, or the not-found error;
 * - `update`: merge the input's members into the item;
 * - `delete`: remove the item;
 * - `list`: answer a page of the items (filtered by parent identifiers and `filters`);
 * - `instance`: any other operation on one existing item (not-found when missing; `set`/`copy` apply);
 * - `collection`: an operation on the collection that changes nothing (answers the default).
 */
export type LifecycleKind = 'create' | 'put' | 'read' | 'update' | 'delete' | 'list' | 'instance' | 'collection';

/** How one operation acts on a resource. */
export interface OperationBinding {
  readonly operation: OperationSchema;
  readonly kind: LifecycleKind;
  /**
   * Identifier name → dot-separated input member path holding it. Identifiers not listed are
   * read from the input member of the identifier's own name (Smithy's implicit binding).
   */
  readonly identifiers?: Readonly<Record<string, string>>;
  /**
   * Name of the modeled error (among the operation's errors) answered when the item does not
   * exist. Default: the operation's error with `@httpError(404)`, else one named like
   * `…NotFound…`/`NoSuch…`, else a generic 404 `ResourceNotFoundException`.
   */
  readonly notFound?: string;
  /**
   * `list` only: input member path → item member path. An item matches when its value equals the
   * input's, or is one of the input's when the input value is a list. Absent inputs filter nothing.
   */
  readonly filters?: Readonly<Record<string, string>>;
  /** Item member path → value (a Smithy node value, converted by the item's schema) set by this operation. */
  readonly set?: Readonly<Record<string, unknown>>;
  /** Item member path → input member path copied into the item (structures keep the members the item's shape has). */
  readonly copy?: Readonly<Record<string, string>>;
}

/** A member that advances through states (moto's "state transitions"): on a schedule, or stepped by the test. */
export interface TransitionSpec {
  /** Dot-separated item member path holding the state (an enum member, usually). */
  readonly member: string;
  /** The states in order; new items start in the first unless the input sets the member. */
  readonly states: readonly string[];
  /**
   * When to advance one state: after the item was answered `reads` times in its current state,
   * and/or `ms` milliseconds after it entered it (`Date.now()`, so fake timers work). Without
   * `after` the state only moves through `store.advance(...)`.
   */
  readonly after?: { readonly reads?: number; readonly ms?: number };
}

/** One resource of the store. */
export interface ResourceSpec {
  /** Identifier name → schema of its values (the resource's own identifiers; the parent's are added). */
  readonly identifiers: Readonly<Record<string, Thunk<Schema>>>;
  /** Name of the parent resource (Smithy nested resources): its identifiers come first in every key. */
  readonly parent?: string;
  /**
   * The structure an item is stored as and listed with (e.g. the list operation's item shape).
   * Without it an item is the members the operations give (Smithy resource properties).
   */
  readonly item?: Thunk<StructureSchema>;
  readonly operations: readonly OperationBinding[];
  readonly transitions?: readonly TransitionSpec[];
}

/** Every resource of one service, keyed by resource name. */
export interface ResourceTable {
  readonly service: ServiceSchema;
  readonly resources: Readonly<Record<string, ResourceSpec>>;
}
