/**
 * Shape questions the resource resolution asks of the IR: which structure an item of a resource
 * is stored as, how identifiers map onto operation inputs, what an identifier's schema is, and
 * which list-input members filter by identifier.
 * @packageDocumentation
 */
import type { ListShape, MemberShape, OperationShape, ShapeId, SimpleType, StructureShape } from '@anvil/smithy-model';
import type { ResolveContext } from './context.js';
import type { SchemaRefNode } from './resource-nodes.js';
import type { OperationNode } from './service-nodes.js';
import type { ShapeNames, ShapeNode } from './shape-nodes.js';
import { TRAIT_IDS, UNIT_ID } from './trait-ids.js';
import { has, stringValue } from './traits.js';

/** What resource resolution needs besides the IR: shape nodes and operation nodes by id. */
export interface ResourceContext {
  readonly ctx: ResolveContext;
  readonly shapes: ReadonlyMap<ShapeId, ShapeNode>;
  readonly operations: ReadonlyMap<ShapeId, OperationNode>;
}

/** The structure shape of an id, or `undefined` (Unit, missing, another type). */
export function structureOf(rc: ResourceContext, id: ShapeId | undefined): StructureShape | undefined {
  if (id === undefined || id === UNIT_ID) return undefined;
  try {
    const shape = rc.ctx.shape(id);
    return shape.type === 'structure' ? shape : undefined;
  } catch {
    return undefined;
  }
}

/** The names (type and schema constant) of a named structure. */
export function namesOf(rc: ResourceContext, id: ShapeId | undefined): ShapeNames | undefined {
  const node = id === undefined ? undefined : rc.shapes.get(id);
  return node && node.kind === 'structure' ? { id: node.id, name: node.name, typeName: node.typeName, schemaName: node.schemaName } : undefined;
}

/** The schema an identifier's values follow: the named shape's constant, or a prelude type inline. */
export function schemaRef(rc: ResourceContext, target: ShapeId): SchemaRefNode {
  const node = rc.shapes.get(target);
  if (node) return { schemaName: node.schemaName };
  const shape = rc.ctx.shape(target);
  return { inline: (['string', 'enum'].includes(shape.type) ? 'string' : shape.type) as SimpleType };
}

function hasAnyMember(shape: StructureShape, names: readonly string[]): boolean {
  return shape.members.some((m) => names.includes(m.name));
}

/** A structure member of `output` holding the item: `@nestedProperties`, else one whose target has an identifier member. */
function nestedItem(rc: ResourceContext, output: StructureShape, ids: readonly string[]): ShapeId | undefined {
  const nested = output.members.find((m) => has(m.traits, TRAIT_IDS.nestedProperties));
  if (nested) return nested.target;
  for (const member of output.members) {
    const target = structureOf(rc, member.target);
    if (target && hasAnyMember(target, ids)) return target.id;
  }
  return hasAnyMember(output, ids) ? output.id : undefined;
}

/** The element structure of a list member's target. */
function listElement(rc: ResourceContext, member: MemberShape | undefined): StructureShape | undefined {
  if (!member) return undefined;
  const list = rc.ctx.shape(member.target);
  return list.type === 'list' ? structureOf(rc, (list as ListShape).member.target) : undefined;
}

/** The member at a dot-separated path of a structure. */
function memberAt(rc: ResourceContext, root: StructureShape | undefined, path: string): MemberShape | undefined {
  let current = root;
  let member: MemberShape | undefined;
  for (const segment of path.split('.')) {
    member = current?.members.find((m) => m.name === segment);
    current = member ? structureOf(rc, member.target) : undefined;
  }
  return member;
}

/**
 * The structure items of a resource are stored as: the list operation's item shape (its
 * `@paginated` items, else an output list of structures with an identifier member), else the
 * read/create/put output's `@nestedProperties` member or a member whose structure holds an identifier.
 *
 * @param lifecycle the resource's lifecycle operations (shape ids)
 * @param ids the resource's identifier names
 */
export function itemShapeOf(rc: ResourceContext, lifecycle: { list?: ShapeId; read?: ShapeId; create?: ShapeId; put?: ShapeId }, ids: readonly string[]): ShapeId | undefined {
  if (lifecycle.list) {
    const list = rc.ctx.shape(lifecycle.list) as OperationShape;
    const output = structureOf(rc, list.output);
    const items = rc.operations.get(lifecycle.list)?.paginated?.items;
    const paged = items ? listElement(rc, memberAt(rc, output, items)) : undefined;
    if (paged) return paged.id;
    for (const member of output?.members ?? []) {
      const element = listElement(rc, member);
      if (element && hasAnyMember(element, ids)) return element.id;
    }
  }
  for (const op of [lifecycle.read, lifecycle.create, lifecycle.put]) {
    if (!op) continue;
    const output = structureOf(rc, (rc.ctx.shape(op) as OperationShape).output);
    const found = output ? nestedItem(rc, output, ids) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** Identifier name → input member name, from `@resourceIdentifier` members of the operation's input. */
export function identifierBindings(rc: ResourceContext, operation: ShapeId): Record<string, string> | undefined {
  const input = structureOf(rc, (rc.ctx.shape(operation) as OperationShape).input);
  const out: Record<string, string> = {};
  for (const member of input?.members ?? []) {
    const id = stringValue(member.traits, TRAIT_IDS.resourceIdentifier);
    if (id !== undefined && id !== member.name) out[id] = member.name;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * List filters by naming convention: an input list member (top level, or inside a structure member
 * such as `filters`) named `<identifier>s` or `<identifier>List` filters by that identifier.
 */
export function conventionalFilters(rc: ResourceContext, operation: ShapeId, ids: readonly string[]): Record<string, string> | undefined {
  const input = structureOf(rc, (rc.ctx.shape(operation) as OperationShape).input);
  const out: Record<string, string> = {};
  const visit = (shape: StructureShape | undefined, prefix: string, depth: number) => {
    for (const member of shape?.members ?? []) {
      const lower = member.name.toLowerCase();
      const id = ids.find((i) => lower === `${i.toLowerCase()}s` || lower === `${i.toLowerCase()}list`);
      if (id && rc.ctx.shape(member.target).type === 'list') out[`${prefix}${member.name}`] = id;
      else if (depth === 0) visit(structureOf(rc, member.target), `${prefix}${member.name}.`, 1);
    }
  };
  visit(input, '', 0);
  return Object.keys(out).length > 0 ? out : undefined;
}
