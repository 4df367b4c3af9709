/**
 * Resolve-stage nodes of the mock store: resources (from the model's `resource` shapes and the
 * service's binding in `anvil.config.json`) and the model's operation examples. The msw emitter
 * prints them as the generated `resources` table and `examples`.
 * @packageDocumentation
 */
import type { ShapeId, SimpleType } from '@anvil/smithy-model';
import type { OperationNode } from './service-nodes.js';
import type { ShapeNames } from './shape-nodes.js';

/** What an operation does to its resource (the runtime's `LifecycleKind`). */
export type LifecycleKindNode = 'create' | 'put' | 'read' | 'update' | 'delete' | 'list' | 'instance' | 'collection';

/** A schema an identifier refers to: a named shape's schema constant, or a prelude type printed inline. */
export type SchemaRefNode = { readonly schemaName: string } | { readonly inline: SimpleType };

/** One identifier of a resource. */
export interface IdentifierNode {
  readonly name: string;
  readonly schema: SchemaRefNode;
}

/** How one operation acts on a resource (the runtime's `OperationBinding`). */
export interface ResourceOperationNode {
  readonly operation: OperationNode;
  readonly kind: LifecycleKindNode;
  /** Identifier name → input member path, where not the member of the identifier's name. */
  readonly identifiers?: Readonly<Record<string, string>>;
  readonly notFound?: string;
  readonly filters?: Readonly<Record<string, string>>;
  readonly set?: Readonly<Record<string, unknown>>;
  readonly copy?: Readonly<Record<string, string>>;
}

/** A state transition of a resource's items. */
export interface TransitionNode {
  readonly member: string;
  readonly states: readonly string[];
  readonly after?: { readonly reads?: number; readonly ms?: number };
}

/** One resource of the mock store. */
export interface ResourceNode {
  /** Table key: the resource shape's name, or the binding's name. */
  readonly name: string;
  /** The `resource` shape, when the model declares it. */
  readonly id?: ShapeId;
  /** The resource's own identifiers (a parent's are added at run time). */
  readonly identifiers: readonly IdentifierNode[];
  readonly parent?: string;
  /** The structure items are stored and listed as. */
  readonly item?: ShapeNames;
  readonly operations: readonly ResourceOperationNode[];
  readonly transitions: readonly TransitionNode[];
}

/** One `smithy.api#examples` entry (node values as written in the model). */
export interface ExampleNode {
  readonly title: string;
  readonly documentation?: string;
  readonly input?: Readonly<Record<string, unknown>>;
  readonly output?: Readonly<Record<string, unknown>>;
  readonly error?: { readonly shapeId: string; readonly content?: Readonly<Record<string, unknown>> };
  readonly allowConstraintErrors?: boolean;
}

/** The examples of one operation. */
export interface OperationExamplesNode {
  readonly operation: OperationNode;
  readonly examples: readonly ExampleNode[];
}
