/**
 * A service's stateful binding from `anvil.config.json` (`services[].stateful`): resources the
 * model does not declare (or declares without a usable lifecycle, as many AWS models do), bound
 * to operations by name. Validated against the model here, so a bad binding fails generation
 * with the config path and the shape it names.
 *
 * ```json
 * "stateful": { "resources": { "Job": {
 *   "identifiers": ["jobID"], "item": "Job",
 *   "operations": { "StartRecovery": { "kind": "create", "set": { "type": "LAUNCH" } }, "DescribeJobs": "list", "DeleteJob": "delete" },
 *   "transitions": [{ "member": "status", "states": ["PENDING", "STARTED", "COMPLETED"], "after": { "reads": 1 } }]
 * } } }
 * ```
 * @packageDocumentation
 */
import type { OperationShape, ShapeId } from '@anvil/smithy-model';
import type { IdentifierNode, LifecycleKindNode, ResourceNode, ResourceOperationNode, TransitionNode } from './resource-nodes.js';
import { conventionalFilters, namesOf, schemaRef, structureOf, type ResourceContext } from './resource-shapes.js';

/** `services[].stateful` of `anvil.config.json` (JSON data; checked by {@link configResources}). */
export interface StatefulBindingConfig {
  /** Where the binding was read, for error messages (e.g. `anvil.config.json: $.services[0].stateful`). */
  readonly source?: string;
  readonly resources?: unknown;
}

const KINDS: readonly LifecycleKindNode[] = ['create', 'put', 'read', 'update', 'delete', 'list', 'instance', 'collection'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringRecord(v: unknown, at: string): Record<string, string> | undefined {
  if (v === undefined) return undefined;
  if (!isRecord(v) || !Object.values(v).every((x) => typeof x === 'string')) throw new Error(`${at} must be an object of strings`);
  return v as Record<string, string>;
}

/** A shape of the closure by name (after `rename`) or absolute id. */
function findShape(rc: ResourceContext, ref: string): ShapeId | undefined {
  if (ref.includes('#')) return rc.shapes.has(ref) || rc.operations.has(ref) ? ref : undefined;
  for (const [id] of rc.operations) if (rc.ctx.closure.nameOf(id) === ref) return id;
  for (const [id, node] of rc.shapes) if (node.name === ref) return id;
  return undefined;
}

function operationBinding(rc: ResourceContext, name: string, raw: unknown, ids: readonly string[], at: string): ResourceOperationNode {
  const opId = findShape(rc, name);
  const node = opId ? rc.operations.get(opId) : undefined;
  if (!node) throw new Error(`${at}: the service has no operation "${name}"`);
  const o = typeof raw === 'string' ? { kind: raw } : raw;
  if (!isRecord(o)) throw new Error(`${at} must be a lifecycle kind or an object with "kind"`);
  const kind = KINDS.find((k) => k === o['kind']);
  if (!kind) throw new Error(`${at}.kind must be one of ${KINDS.join(', ')}`);
  const notFound = o['notFound'];
  if (notFound !== undefined && (typeof notFound !== 'string' || !node.errors.some((e) => e.name === notFound))) {
    throw new Error(`${at}.notFound: ${String(notFound)} is not an error of ${node.id} (${node.errors.map((e) => e.name).join(', ')})`);
  }
  if (o['set'] !== undefined && !isRecord(o['set'])) throw new Error(`${at}.set must be an object`);
  const identifiers = stringRecord(o['identifiers'], `${at}.identifiers`);
  const filters = stringRecord(o['filters'], `${at}.filters`) ?? (kind === 'list' && opId ? conventionalFilters(rc, opId, ids) : undefined);
  const copy = stringRecord(o['copy'], `${at}.copy`);
  return {
    operation: node,
    kind,
    ...(identifiers ? { identifiers } : {}),
    ...(typeof notFound === 'string' ? { notFound } : {}),
    ...(filters ? { filters } : {}),
    ...(isRecord(o['set']) ? { set: o['set'] } : {}),
    ...(copy ? { copy } : {}),
  };
}

function transitions(raw: unknown, at: string): TransitionNode[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw new Error(`${at} must be an array`);
  return raw.map((t: unknown, i) => {
    const here = `${at}[${i}]`;
    if (!isRecord(t) || typeof t['member'] !== 'string') throw new Error(`${here}.member must be a member path`);
    const states = t['states'];
    if (!Array.isArray(states) || states.length < 2 || !states.every((s) => typeof s === 'string')) throw new Error(`${here}.states must list at least two states`);
    const after = t['after'];
    if (after !== undefined && (!isRecord(after) || !Object.values(after).every((v) => typeof v === 'number' && v > 0))) {
      throw new Error(`${here}.after must be { "reads"?: number, "ms"?: number } with positive numbers`);
    }
    return { member: t['member'], states: states as string[], ...(after ? { after: after as TransitionNode['after'] & object } : {}) };
  });
}

/** The identifier's target: given as a shape, else the item's member of that name, else a bound input's. */
function identifierNode(rc: ResourceContext, name: string, shape: string | undefined, item: ShapeId | undefined, operations: readonly ResourceOperationNode[], at: string): IdentifierNode {
  if (shape !== undefined) {
    const id = findShape(rc, shape);
    if (!id) throw new Error(`${at}: no shape "${shape}" in the service closure`);
    return { name, schema: schemaRef(rc, id) };
  }
  const holders = [item, ...operations.map((o) => (rc.ctx.shape(o.operation.id) as OperationShape).input)];
  for (const holder of holders) {
    const member = structureOf(rc, holder)?.members.find((m) => m.name === name);
    if (member) return { name, schema: schemaRef(rc, member.target) };
  }
  throw new Error(`${at}: no member "${name}" in the item or the bound operations' inputs; give its shape ({ "${name}": "<shape>" })`);
}

/**
 * Resolve the binding's resources.
 *
 * @param rc shape and operation nodes by id
 * @param config `services[].stateful`
 * @returns one node per resource, in the binding's order
 * @throws Error naming `config.source` and the JSON path of anything malformed, and the operation
 *   or shape it names when the model lacks it
 */
export function configResources(rc: ResourceContext, config: StatefulBindingConfig): ResourceNode[] {
  const source = config.source ?? 'stateful binding';
  if (config.resources === undefined) return [];
  if (!isRecord(config.resources)) throw new Error(`${source}: $.resources must be an object`);
  return Object.entries(config.resources).map(([name, raw]) => {
    const at = `${source}: $.resources.${name}`;
    if (!isRecord(raw)) throw new Error(`${at} must be an object`);
    const ids = raw['identifiers'];
    const idShapes: Record<string, string | undefined> = Array.isArray(ids) && ids.every((i) => typeof i === 'string')
      ? Object.fromEntries(ids.map((i: string) => [i, undefined]))
      : (stringRecord(ids, `${at}.identifiers`) ?? {});
    if (Object.keys(idShapes).length === 0) throw new Error(`${at}.identifiers must name at least one identifier`);
    let item: ShapeId | undefined;
    if (raw['item'] !== undefined) {
      item = typeof raw['item'] === 'string' ? findShape(rc, raw['item']) : undefined;
      if (!item || !namesOf(rc, item)) throw new Error(`${at}.item: no structure "${String(raw['item'])}" in the service closure`);
    }
    if (!isRecord(raw['operations'])) throw new Error(`${at}.operations must be an object of operation name → kind`);
    const operations = Object.entries(raw['operations']).map(([op, b]) => operationBinding(rc, op, b, Object.keys(idShapes), `${at}.operations.${op}`));
    const names = item ? namesOf(rc, item) : undefined;
    const parent = raw['parent'];
    if (parent !== undefined && (typeof parent !== 'string' || !isRecord(config.resources) || !(parent in config.resources))) {
      throw new Error(`${at}.parent: no resource "${String(parent)}" in this binding`);
    }
    return {
      name,
      identifiers: Object.entries(idShapes).map(([id, shape]) => identifierNode(rc, id, shape, item, operations, `${at}.identifiers.${id}`)),
      ...(typeof parent === 'string' ? { parent } : {}),
      ...(names ? { item: names } : {}),
      operations,
      transitions: transitions(raw['transitions'], `${at}.transitions`),
    };
  });
}
