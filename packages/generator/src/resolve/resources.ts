/**
 * The model's resources (Smithy 2.0 "Resource types") → {@link ResourceNode}s: identifiers,
 * lifecycle operations (create, put, read, update, delete, list), instance operations, collection
 * operations and nested resources, with the item structure and list filters worked out.
 * @packageDocumentation
 */
import type { ResourceShape, ShapeId } from '@anvil/smithy-model';
import type { LifecycleKindNode, ResourceNode, ResourceOperationNode } from './resource-nodes.js';
import { conventionalFilters, identifierBindings, itemShapeOf, namesOf, schemaRef, type ResourceContext } from './resource-shapes.js';

const LIFECYCLE = ['create', 'put', 'read', 'update', 'delete', 'list'] as const;

function binding(rc: ResourceContext, operation: ShapeId, kind: LifecycleKindNode, ids: readonly string[]): ResourceOperationNode | undefined {
  const node = rc.operations.get(operation);
  if (!node) return undefined;
  const identifiers = identifierBindings(rc, operation);
  const filters = kind === 'list' ? conventionalFilters(rc, operation, ids) : undefined;
  return { operation: node, kind, ...(identifiers ? { identifiers } : {}), ...(filters ? { filters } : {}) };
}

/**
 * Resolve every resource of the service closure.
 *
 * @param rc shape and operation nodes by id
 * @param resources the closure's resources
 * @returns one node per resource (named by its shape name), parents before children
 */
export function modelResources(rc: ResourceContext, resources: readonly ResourceShape[]): ResourceNode[] {
  const parentOf = new Map<ShapeId, ShapeId>();
  for (const r of resources) for (const child of r.resources) parentOf.set(child, r.id);
  const name = (id: ShapeId) => rc.ctx.closure.nameOf(id);
  const nodes = resources.map((r): ResourceNode => {
    const own = Object.keys(r.identifiers);
    const parent = parentOf.get(r.id);
    const parentIds = parent ? Object.keys((rc.ctx.shape(parent) as ResourceShape).identifiers) : [];
    const ownIds = own.filter((id) => !parentIds.includes(id));
    const idsForShapes = ownIds.length > 0 ? ownIds : own;
    const item = namesOf(rc, itemShapeOf(rc, r, idsForShapes));
    const operations: ResourceOperationNode[] = [];
    for (const kind of LIFECYCLE) {
      const op = r[kind];
      const node = op ? binding(rc, op, kind, idsForShapes) : undefined;
      if (node) operations.push(node);
    }
    for (const op of r.operations) {
      const node = binding(rc, op, 'instance', idsForShapes);
      if (node) operations.push(node);
    }
    for (const op of r.collectionOperations) {
      const node = binding(rc, op, 'collection', idsForShapes);
      if (node) operations.push(node);
    }
    return {
      name: name(r.id),
      id: r.id,
      identifiers: ownIds.map((id) => ({ name: id, schema: schemaRef(rc, r.identifiers[id] ?? '') })),
      ...(parent ? { parent: name(parent) } : {}),
      ...(item ? { item } : {}),
      operations,
      transitions: [],
    };
  });
  return sortParentsFirst(nodes);
}

/**
 * Order resources so that parents come before their children (then by name).
 * @param nodes resources naming their parents by name
 */
export function sortParentsFirst(nodes: readonly ResourceNode[]): ResourceNode[] {
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const depth = (node: ResourceNode, seen: number): number => {
    const parent = node.parent === undefined ? undefined : byName.get(node.parent);
    return parent && seen < nodes.length ? 1 + depth(parent, seen + 1) : 0;
  };
  return [...nodes].sort((a, b) => depth(a, 0) - depth(b, 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
